import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readStaged,
  scanStaged
} from "./chunk-UYA6URAV.js";
import "./chunk-CVNNUKMO.js";
import "./chunk-J4SUCEQK.js";
import "./chunk-BVLN2WAQ.js";
import "./chunk-LNJNSTEC.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-TQFX5WXU.js";
import "./chunk-2T3MYWK7.js";
export {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readStaged,
  scanStaged
};
