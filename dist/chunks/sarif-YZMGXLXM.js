import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-6A7EVL6E.js";
import "./chunk-QYVYC5XF.js";
import "./chunk-2T3MYWK7.js";
export {
  TOOL_VERSION,
  formatSarif
};
