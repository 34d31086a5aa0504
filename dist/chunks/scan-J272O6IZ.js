import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  prepareEngines,
  readScanConfig,
  resolveMaxFileSize,
  resolveRuleSet,
  scan,
  scanFragments
} from "./chunk-NVDFBLZF.js";
import "./chunk-ZAHQBK63.js";
import "./chunk-VIGNQHKA.js";
import "./chunk-RJHKLLNC.js";
import "./chunk-OSSUDABC.js";
import "./chunk-YNC63ACA.js";
import "./chunk-SYIQJMG7.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  DEFAULT_MAX_FILE_SIZE,
  prepareEngines,
  readScanConfig,
  resolveMaxFileSize,
  resolveRuleSet,
  scan,
  scanFragments
};
