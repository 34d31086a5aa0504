import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import "./chunks/chunk-LDQABHDQ.js";
import {
  initHook
} from "./chunks/chunk-OTIELGSY.js";
import {
  checkRules,
  expandExample,
  expandTemplates
} from "./chunks/chunk-IMMQIS7G.js";
import {
  formatSarif
} from "./chunks/chunk-A4NL3USP.js";
import "./chunks/chunk-LEHYWB62.js";
import {
  STAGED_DIFF_ARGS,
  scanStaged
} from "./chunks/chunk-HALOPJHP.js";
import {
  DiffParser,
  LineSplitter,
  parseDiff
} from "./chunks/chunk-CVNNUKMO.js";
import "./chunks/chunk-PJKMYOJV.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  loadBuiltinRuleSet,
  makeRulesBundle,
  scan
} from "./chunks/chunk-I5MIVCUI.js";
import {
  builtinRulesDir,
  compileRule,
  compileRuleSet,
  createDetector,
  loadRulesDir,
  parseRulesDocument
} from "./chunks/chunk-QAUIWGYC.js";
import {
  formatBaseline,
  parseBaseline
} from "./chunks/chunk-D7JTSMUL.js";
import {
  LeakwardError,
  RuleError
} from "./chunks/chunk-BVVL3BHR.js";
import "./chunks/chunk-BEJKLTQP.js";
import {
  loadLinearEngine
} from "./chunks/chunk-TQFX5WXU.js";
import "./chunks/chunk-2T3MYWK7.js";
export {
  DEFAULT_MAX_FILE_SIZE,
  DiffParser,
  LeakwardError,
  LineSplitter,
  RuleError,
  STAGED_DIFF_ARGS,
  builtinRulesDir,
  checkRules,
  compileRule,
  compileRuleSet,
  createDetector,
  expandExample,
  expandTemplates,
  formatBaseline,
  formatSarif,
  initHook,
  loadBuiltinRuleSet,
  loadLinearEngine,
  loadRulesDir,
  makeRulesBundle,
  parseBaseline,
  parseDiff,
  parseRulesDocument,
  scan,
  scanStaged
};
