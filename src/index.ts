/**
 * leakward's public library API. (The Action imports module by module instead, so that it loads the
 * verification code exported here only when `verify: true`.)
 */
// Library callers may compile any regex, so the linear engine is loaded up front (the CLI loads it lazily).
import './engine/regex/linear.js';
import './engine/glob-eager.js';
export { scan, DEFAULT_MAX_FILE_SIZE } from './scan.js';
export { loadBuiltinRuleSet, makeRulesBundle, serializeRulesBundle } from './rules/builtin.js';
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
export { formatSarif } from './report/sarif.js';
export { applyIgnore, parseGitleaksIgnore, parseLeakwardIgnore } from './filters/ignore.js';
export type { IgnoreEntry } from './filters/ignore.js';
export { findConfig, loadConfig } from './config/load.js';
export type { ConfigFile } from './config/load.js';
export { applyConfig } from './config/apply.js';
export { migrateGitleaks } from './config/migrate.js';
export { LeakwardError, RuleError } from './errors.js';
export type * from './types.js';
export { loadLinearEngine } from './engine/regex/matcher.js';
export { confirmFindings } from './verify/confirm.js';
export type { ConfirmOptions, ConfirmResult, ConfirmStats } from './verify/confirm.js';
export { VERIFIERS } from './verify/registry.js';
export { REVOKERS } from './revoke/providers.js';
export { checkChain } from './audit/chain.js';
export type { AuditEntry, AuditRecord, ChainCheck } from './audit/chain.js';
