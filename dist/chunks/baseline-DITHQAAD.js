import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyBaseline,
  formatBaseline,
  parseBaseline
} from "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  applyBaseline,
  formatBaseline,
  parseBaseline
};
