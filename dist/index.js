import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  initHook
} from "./chunks/chunk-KOTQLAXL.js";
import {
  migrateGitleaks
} from "./chunks/chunk-H3JMRNGW.js";
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
  STAGED_DIFF_ARGS,
  scanStaged
} from "./chunks/chunk-T7KV4TZD.js";
import "./chunks/chunk-NZ7TPMH3.js";
import {
  applyConfig
} from "./chunks/chunk-UKNT4OU5.js";
import {
  checkRules,
  expandExample,
  expandTemplates
} from "./chunks/chunk-O4UJSTJQ.js";
import {
  DiffParser,
  LineSplitter,
  parseDiff
} from "./chunks/chunk-CVNNUKMO.js";
import {
  formatSarif
} from "./chunks/chunk-6A7EVL6E.js";
import "./chunks/chunk-QYVYC5XF.js";
import "./chunks/chunk-7WU3HMRQ.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  applyIgnore,
  parseGitleaksIgnore,
  parseLeakwardIgnore,
  scan
} from "./chunks/chunk-NVDFBLZF.js";
import {
  findConfig,
  loadBuiltinRuleSet,
  loadConfig,
  makeRulesBundle
} from "./chunks/chunk-ZAHQBK63.js";
import {
  builtinRulesDir,
  loadRulesDir,
  parseRulesDocument
} from "./chunks/chunk-VIGNQHKA.js";
import {
  compileRule,
  compileRuleSet
} from "./chunks/chunk-RJHKLLNC.js";
import {
  loadLinearEngine,
  registerGlobEngine
} from "./chunks/chunk-OSSUDABC.js";
import "./chunks/chunk-YNC63ACA.js";
import {
  createDetector
} from "./chunks/chunk-SYIQJMG7.js";
import "./chunks/chunk-OVZ6N6FJ.js";
import {
  formatBaseline,
  parseBaseline
} from "./chunks/chunk-D7JTSMUL.js";
import {
  LeakwardError,
  RuleError
} from "./chunks/chunk-BVVL3BHR.js";
import {
  require_picomatch
} from "./chunks/chunk-XSWLI6WA.js";
import {
  __toESM
} from "./chunks/chunk-2T3MYWK7.js";

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
  scanStaged
};
