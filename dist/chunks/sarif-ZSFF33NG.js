import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-32IXGL2P.js";
import "./chunk-M4OBUNO6.js";
import "./chunk-2T3MYWK7.js";
export {
  TOOL_VERSION,
  formatSarif
};
