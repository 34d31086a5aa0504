import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyConfig
} from "./chunk-M22FY34Q.js";
import "./chunk-FN6JZVWD.js";
import "./chunk-ZGTW63MS.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-GIO35MQL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  applyConfig
};
