import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  prepareEngines,
  readScanConfig,
  resolveMaxFileSize,
  resolveRuleSet,
  scan
} from "./chunk-X6LCVEHX.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  scanFragments
} from "./chunk-KYW7TU4C.mjs";
import "./chunk-WJIJQGAM.mjs";
import "./chunk-YZBMBJWR.mjs";
import "./chunk-YAV3TE62.mjs";
import "./chunk-N5HQ6HQ5.mjs";
import "./chunk-Z66QYUJO.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-P7L454IC.mjs";
import "./chunk-MCDJBE3I.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  DEFAULT_MAX_FILE_SIZE,
  prepareEngines,
  readScanConfig,
  resolveMaxFileSize,
  resolveRuleSet,
  scan,
  scanFragments
};
