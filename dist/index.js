import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  checkRules,
  expandExample,
  expandTemplates
} from "./chunks/chunk-3OPJDU7I.js";
import {
  STAGED_DIFF_ARGS,
  scanStaged
} from "./chunks/chunk-UYA6URAV.js";
import {
  initHook
} from "./chunks/chunk-B7AAXIPC.js";
import {
  DiffParser,
  LineSplitter,
  parseDiff
} from "./chunks/chunk-CVNNUKMO.js";
import {
  REVOKERS,
  confirmFindings
} from "./chunks/chunk-JKDDOXYS.js";
import {
  checkChain
} from "./chunks/chunk-PMNM7MDM.js";
import "./chunks/chunk-RWG24MB4.js";
import {
  VERIFIERS
} from "./chunks/chunk-LJG64S4L.js";
import {
  formatSarif
} from "./chunks/chunk-32IXGL2P.js";
import "./chunks/chunk-M4OBUNO6.js";
import "./chunks/chunk-J4SUCEQK.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  loadBuiltinRuleSet,
  makeRulesBundle,
  scan
} from "./chunks/chunk-BVLN2WAQ.js";
import {
  builtinRulesDir,
  compileRule,
  compileRuleSet,
  createDetector,
  loadRulesDir,
  parseRulesDocument
} from "./chunks/chunk-LNJNSTEC.js";
import "./chunks/chunk-OVZ6N6FJ.js";
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
  REVOKERS,
  RuleError,
  STAGED_DIFF_ARGS,
  VERIFIERS,
  builtinRulesDir,
  checkChain,
  checkRules,
  compileRule,
  compileRuleSet,
  confirmFindings,
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
