import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  reportError,
  runScan,
  runStagedHook
} from "./chunk-P4HSD2AA.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  reportError,
  runScan,
  runStagedHook
};
