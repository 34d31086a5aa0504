import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  hookText,
  initHook
} from "./chunk-VMS47KZA.mjs";
import "./chunk-SAOHYP6P.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  hookText,
  initHook
};
