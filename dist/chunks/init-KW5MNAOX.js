import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  hookText,
  initHook
} from "./chunk-KOTQLAXL.js";
import "./chunk-7WU3HMRQ.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  hookText,
  initHook
};
