import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readRootBaseline,
  readStaged,
  scanStaged,
  scanStagedIn
} from "./chunk-H4R2IOPB.js";
import "./chunk-CVNNUKMO.js";
import "./chunk-UQUNRHV6.js";
import "./chunk-5BQX5P33.js";
import "./chunk-GKJACAZQ.js";
import "./chunk-ZZYX7JUX.js";
import "./chunk-LKNJEVTM.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-WS7ZD4CQ.js";
import "./chunk-OU6W5R2H.js";
import "./chunk-YNC63ACA.js";
import "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readRootBaseline,
  readStaged,
  scanStaged,
  scanStagedIn
};
