import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyConfig
} from "./chunk-UKNT4OU5.js";
import "./chunk-O4UJSTJQ.js";
import "./chunk-RJHKLLNC.js";
import "./chunk-OSSUDABC.js";
import "./chunk-SYIQJMG7.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  applyConfig
};
