import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  prepareEngines,
  readScanConfig,
  resolveMaxFileSize,
  resolveRuleSet,
  scan
} from "./chunk-FALOFEHF.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  scanFragments
} from "./chunk-L6AHGWDV.mjs";
import "./chunk-ERP3P3EG.mjs";
import "./chunk-SXKJ3UXY.mjs";
import "./chunk-OT7G4SDH.mjs";
import "./chunk-34FTEJ42.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-ZOOBUDFR.mjs";
import "./chunk-VLZRHYIA.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-SCGYERDS.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-5CMBDCFE.mjs";
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
