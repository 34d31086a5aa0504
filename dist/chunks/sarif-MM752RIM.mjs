import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-PLKV6F2C.mjs";
import "./chunk-XKF4YWO6.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  TOOL_VERSION,
  formatSarif
};
