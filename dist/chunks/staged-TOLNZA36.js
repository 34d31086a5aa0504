import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readStaged,
  scanStaged
} from "./chunk-3VNPC3FX.js";
import "./chunk-CVNNUKMO.js";
import "./chunk-J4SUCEQK.js";
import "./chunk-CMTE77GO.js";
import "./chunk-2CKPSRI2.js";
import "./chunk-JJWGCYOS.js";
import "./chunk-LSBLCSUR.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-GIO35MQL.js";
import "./chunk-YNC63ACA.js";
import "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readStaged,
  scanStaged
};
