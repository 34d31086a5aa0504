import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  hookText,
  initHook
} from "./chunk-Z6EZ2HXD.mjs";
import "./chunk-NB52SWSL.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  CHAINED_NAME,
  HOOK_MARKER,
  addToShellHook,
  hookText,
  initHook
};
