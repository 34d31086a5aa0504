import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  prepareEngines,
  resolveRuleSet,
  scan,
  scanFragments
} from "./chunk-BVLN2WAQ.js";
import "./chunk-LNJNSTEC.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-TQFX5WXU.js";
import "./chunk-2T3MYWK7.js";
export {
  DEFAULT_MAX_FILE_SIZE,
  prepareEngines,
  resolveRuleSet,
  scan,
  scanFragments
};
