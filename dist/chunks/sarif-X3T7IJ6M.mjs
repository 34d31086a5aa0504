import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-CDPBDTCL.mjs";
import "./chunk-PBG3NNNJ.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  TOOL_VERSION,
  formatSarif
};
