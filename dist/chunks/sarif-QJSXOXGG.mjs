import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-I75RAHFX.mjs";
import "./chunk-QOGFKD45.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  TOOL_VERSION,
  formatSarif
};
