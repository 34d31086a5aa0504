import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  STAGED_DIFF_ARGS,
  scanStaged
} from "./chunks/chunk-REGEACW5.mjs";
import {
  initHook
} from "./chunks/chunk-UMZRKETT.mjs";
import {
  migrateGitleaks
} from "./chunks/chunk-BQZ57YHY.mjs";
import {
  REVOKERS,
  confirmFindings
} from "./chunks/chunk-BHWILBTS.mjs";
import {
  checkChain
} from "./chunks/chunk-S5RDDSFS.mjs";
import "./chunks/chunk-OTVOBSTV.mjs";
import {
  VERIFIERS
} from "./chunks/chunk-UJ7VG7A6.mjs";
import {
  applyConfig
} from "./chunks/chunk-YKC2IKON.mjs";
import {
  checkRules,
  expandExample,
  expandTemplates
} from "./chunks/chunk-4PT276W4.mjs";
import {
  DiffParser,
  LineSplitter,
  parseDiff
} from "./chunks/chunk-5JWPLCYZ.mjs";
import {
  formatSarif
} from "./chunks/chunk-CDPBDTCL.mjs";
import "./chunks/chunk-PBG3NNNJ.mjs";
import {
  scan
} from "./chunks/chunk-X6LCVEHX.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  applyIgnore,
  parseGitleaksIgnore,
  parseLeakwardIgnore
} from "./chunks/chunk-KYW7TU4C.mjs";
import "./chunks/chunk-WJIJQGAM.mjs";
import {
  findConfig,
  loadConfig
} from "./chunks/chunk-YZBMBJWR.mjs";
import {
  loadBuiltinRuleSet,
  makeRulesBundle,
  serializeRulesBundle
} from "./chunks/chunk-YAV3TE62.mjs";
import {
  builtinRulesDir,
  loadRulesDir,
  parseRulesDocument
} from "./chunks/chunk-N5HQ6HQ5.mjs";
import {
  formatBaseline,
  parseBaseline
} from "./chunks/chunk-Z66QYUJO.mjs";
import "./chunks/chunk-KWRTRRCW.mjs";
import {
  compileRule,
  compileRuleSet2 as compileRuleSet
} from "./chunks/chunk-P7L454IC.mjs";
import {
  loadLinearEngine,
  registerGlobEngine
} from "./chunks/chunk-MCDJBE3I.mjs";
import {
  LeakwardError,
  RuleError
} from "./chunks/chunk-4UU6KND7.mjs";
import {
  createDetector
} from "./chunks/chunk-RBX45IUS.mjs";
import "./chunks/chunk-ALVH6ZA4.mjs";
import {
  require_picomatch
} from "./chunks/chunk-SQNRKERU.mjs";
import "./chunks/chunk-ZROLPZ6K.mjs";
import "./chunks/chunk-7CBM26Y7.mjs";
import {
  __toESM
} from "./chunks/chunk-CCGIFMQI.mjs";

// src/engine/glob-eager.ts
var import_picomatch = __toESM(require_picomatch(), 1);
registerGlobEngine(import_picomatch.default);
export {
  DEFAULT_MAX_FILE_SIZE,
  DiffParser,
  LeakwardError,
  LineSplitter,
  REVOKERS,
  RuleError,
  STAGED_DIFF_ARGS,
  VERIFIERS,
  applyConfig,
  applyIgnore,
  builtinRulesDir,
  checkChain,
  checkRules,
  compileRule,
  compileRuleSet,
  confirmFindings,
  createDetector,
  expandExample,
  expandTemplates,
  findConfig,
  formatBaseline,
  formatSarif,
  initHook,
  loadBuiltinRuleSet,
  loadConfig,
  loadLinearEngine,
  loadRulesDir,
  makeRulesBundle,
  migrateGitleaks,
  parseBaseline,
  parseDiff,
  parseGitleaksIgnore,
  parseLeakwardIgnore,
  parseRulesDocument,
  scan,
  scanStaged,
  serializeRulesBundle
};
