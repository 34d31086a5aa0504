import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  reportError,
  runScan,
  runStagedHook
} from "./chunk-V5HJFAYL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  reportError,
  runScan,
  runStagedHook
};
