/** leakward's public library API: the CLI and the Action use only this. */
export { scan, DEFAULT_MAX_FILE_SIZE } from './scan.js';
export { loadBuiltinRuleSet, makeRulesBundle } from './rules/builtin.js';
export type { ScanOptions, ScanResult } from './scan.js';
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
