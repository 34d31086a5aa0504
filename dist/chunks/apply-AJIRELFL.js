import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyConfig
} from "./chunk-Q2NACEQL.js";
import "./chunk-EISTE6TU.js";
import "./chunk-LKNJEVTM.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-WS7ZD4CQ.js";
import "./chunk-OU6W5R2H.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  applyConfig
};
