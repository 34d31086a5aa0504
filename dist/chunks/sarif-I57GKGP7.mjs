import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  formatSarif
} from "./chunk-MTKTULEB.mjs";
import "./chunk-2JVXM2LA.mjs";
import "./chunk-FYLKBVUQ.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  TOOL_VERSION,
  formatSarif
};
