import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readStaged,
  scanStaged
} from "./chunk-JO5QHM6U.js";
import "./chunk-CVNNUKMO.js";
import "./chunk-6LR553HE.js";
import "./chunk-OIENZNRA.js";
import "./chunk-YJAA5EGI.js";
import "./chunk-JJWGCYOS.js";
import "./chunk-RUKRRTUV.js";
import "./chunk-GIO35MQL.js";
import "./chunk-YNC63ACA.js";
import "./chunk-5JESPZIG.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readStaged,
  scanStaged
};
