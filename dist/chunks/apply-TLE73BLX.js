import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyConfig
} from "./chunk-WRFMSZFA.js";
import "./chunk-OW2UMAW5.js";
import "./chunk-SWPDL5AM.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-GIO35MQL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  applyConfig
};
