import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  confirmFindings
} from "./chunk-JKDDOXYS.js";
import "./chunk-PMNM7MDM.js";
import "./chunk-RWG24MB4.js";
import "./chunk-LJG64S4L.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  confirmFindings
};
