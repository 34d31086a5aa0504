import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-A4NL3USP.js";
import "./chunk-LEHYWB62.js";
import "./chunk-2T3MYWK7.js";
export {
  TOOL_VERSION,
  formatSarif
};
