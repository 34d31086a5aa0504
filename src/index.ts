/** leakward's public library API: the CLI and the Action use only this. */
// Library callers may compile any regex, so the linear engine is loaded up front (the CLI loads it lazily).
import './engine/regex/linear.js';
import './engine/glob-eager.js';
export { scan, DEFAULT_MAX_FILE_SIZE } from './scan.js';
export { loadBuiltinRuleSet, makeRulesBundle } from './rules/builtin.js';
export type { ScanOptions, ScanResult } from './scan.js';
export { scanStaged, STAGED_DIFF_ARGS } from './sources/staged.js';
export type { StagedOptions, StagedResult } from './sources/staged.js';
export { DiffParser, LineSplitter, parseDiff } from './sources/diff-parse.js';
export type { DiffFile, DiffSink, DiffParserOptions } from './sources/diff-parse.js';
export { initHook } from './hooks/init.js';
export type { InitResult, InitOptions } from './hooks/init.js';
export { compileRuleSet, compileRule } from './engine/compile.js';
export { createDetector } from './engine/detect.js';
export type { Detector, DetectOptions } from './engine/detect.js';
export { loadRulesDir, builtinRulesDir, parseRulesDocument } from './rules/load.js';
export { checkRules } from './rules/check.js';
export type { RuleCheckReport, RuleProblem } from './rules/check.js';
export { expandExample, expandTemplates } from './rules/templates.js';
export { formatBaseline, parseBaseline } from './filters/baseline.js';
export { LeakwardError, RuleError } from './errors.js';
export type * from './types.js';
export { loadLinearEngine } from './engine/regex/matcher.js';
