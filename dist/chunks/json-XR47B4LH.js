import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  sortFindings,
  viewFinding
} from "./chunk-M4OBUNO6.js";
import "./chunk-2T3MYWK7.js";

// src/report/json.ts
function formatJson(result, opts) {
  return JSON.stringify(
    {
      version: 1,
      findings: sortFindings(result.findings).map((f) => viewFinding(f, opts.noRedact)),
      stats: { ...result.stats, mode: result.mode },
      skipped: result.skipped
    },
    null,
    2
  ) + "\n";
}
export {
  formatJson
};
