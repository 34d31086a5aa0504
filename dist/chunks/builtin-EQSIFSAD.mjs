import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  loadBuiltinRuleSet,
  makeRulesBundle,
  serializeRulesBundle
} from "./chunk-SXKJ3UXY.mjs";
import "./chunk-OT7G4SDH.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-ZOOBUDFR.mjs";
import "./chunk-VLZRHYIA.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-SCGYERDS.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-5CMBDCFE.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  loadBuiltinRuleSet,
  makeRulesBundle,
  serializeRulesBundle
};
