import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-3BOPD7PK.mjs";
import "./chunk-7KIPLWYL.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  TOOL_VERSION,
  formatSarif
};
