import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyConfig
} from "./chunk-PDSZJ65O.js";
import "./chunk-SK2F74HW.js";
import "./chunk-RUKRRTUV.js";
import "./chunk-GIO35MQL.js";
import "./chunk-5JESPZIG.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  applyConfig
};
