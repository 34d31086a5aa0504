import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  forProject,
  hookText,
  initHook
} from "./chunk-UMZRKETT.mjs";
import "./chunk-WJIJQGAM.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  forProject,
  hookText,
  initHook
};
