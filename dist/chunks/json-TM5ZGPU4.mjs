import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  redactorFor,
  sortFindings,
  sortSuppressed,
  viewFinding
} from "./chunk-PBG3NNNJ.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/report/json.ts
function formatJson(result, opts) {
  const hide = redactorFor(result.findings, result.suppressed.map((s) => s.finding));
  return JSON.stringify(
    {
      version: 1,
      findings: sortFindings(result.findings).map((f) => viewFinding(f, opts.noRedact, hide)),
      stats: { ...result.stats, mode: result.mode },
      skipped: result.skipped,
      // --show-suppressed: what was dropped, each with the kind of filter and the reason (redacted like findings).
      ...opts.showSuppressed ? { suppressed: sortSuppressed(result.suppressed).map((s) => ({ ...viewFinding(s.finding, opts.noRedact, hide), kind: s.kind, reason: s.reason })) } : {},
      ...result.staleIgnores && result.staleIgnores.length > 0 ? { staleIgnores: result.staleIgnores.map((e) => ({ file: e.file, line: e.line, entry: e.text })) } : {}
    },
    null,
    2
  ) + "\n";
}
export {
  formatJson
};
