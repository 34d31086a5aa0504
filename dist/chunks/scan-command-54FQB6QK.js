import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE_FLAG,
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  reportError,
  runScan,
  runStagedHook
} from "./chunk-4LTHSWMO.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  DEFAULT_MAX_FILE_SIZE_FLAG,
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  reportError,
  runScan,
  runStagedHook
};
