/** Turns validated rules into matchers. Errors name the rule's file, line and id. */
import { RuleError } from '../errors.js';
import { globMatcher } from './glob.js';
import type { Allowlist, CompiledAllowlist, CompiledRule, Matcher, Rule, RuleSet } from '../types.js';
import { matcherFromPlan, MAX_BACKTRACK_WAYS_BUILTIN, PatternError, planPattern, type PatternPlan } from './regex/matcher.js';

/** Precomputed plans by pattern (built-in rules ship them), so start-up skips regex analysis. */
export type PlanCache = ReadonlyMap<string, PatternPlan>;

function compileOrThrow(
  rule: Pick<Rule, 'id' | 'source'>,
  what: string,
  pattern: string,
  plans?: PlanCache,
  maxSteps?: number,
): { matcher: Matcher; plan: PatternPlan } {
  try {
    const plan = plans?.get(pattern) ?? planPattern(pattern, '', maxSteps);
    return { matcher: matcherFromPlan(plan), plan };
  } catch (e) {
    if (e instanceof PatternError) {
      throw new RuleError(rule.source.file, rule.source.line, rule.id || undefined, `${what} ${e.message}`,
        'Fix the pattern: leakward reads RE2 syntax (as gitleaks does).');
    }
    throw e;
  }
}

/** How an allowlist is named in `--show-suppressed`: its description, else where it is written. */
function allowlistLabel(a: Allowlist): string | undefined {
  if (a.description) return a.description;
  if (a.source && a.source.file !== 'rules/') return `${a.source.file}${a.source.line ? `:${a.source.line}` : ''}`;
  return undefined;
}

export function compileAllowlist(owner: Pick<Rule, 'id' | 'source'>, a: Allowlist, plans?: PlanCache): CompiledAllowlist {
  // Errors point at the allowlist's own table when its line is known.
  const at = a.source?.line !== undefined ? { ...owner, source: a.source } : owner;
  const label = allowlistLabel(a);
  return {
    condition: a.condition,
    regexTarget: a.regexTarget,
    regexes: a.regexes.map((r) => compileOrThrow(at, 'allowlist regex', r, plans).matcher),
    paths: [
      ...a.paths.map((p) => compileOrThrow(at, 'allowlist path', p, plans).matcher),
      ...(a.globs ?? []).map(globMatcher),
    ],
    stopwords: a.stopwords.map((s) => s.toLowerCase()),
    commits: new Set(a.commits),
    ...(label ? { description: label } : {}),
    ...(a.targetRules ? { targetRules: a.targetRules } : {}),
  };
}

export interface CompileOptions {
  plans?: PlanCache;
  /**
   * Built-in rules: they promise every match contains a keyword (`rules check` enforces it), and each
   * is measured on adversarial input by the ReDoS test, so a looser backtracking bound applies.
   */
  builtin?: boolean;
}

export function compileRule(rule: Rule, options: CompileOptions = {}): CompiledRule {
  const { plans } = options;
  const compiled: CompiledRule = { rule, allowlists: rule.allowlists.map((a) => compileAllowlist(rule, a, plans)) };
  if (rule.regex !== undefined) {
    const p = compileOrThrow(rule, 'regex', rule.regex, plans, options.builtin ? MAX_BACKTRACK_WAYS_BUILTIN : undefined);
    compiled.matcher = p.matcher;
    if (p.plan.engine === 'backtracking' && p.plan.ways !== undefined) compiled.backtrackBound = p.plan.ways;
    if (p.plan.linearReason) compiled.linearReason = p.plan.linearReason;
    if (options.builtin && rule.keywords.length > 0 && p.plan.maxLength !== undefined) compiled.window = p.plan.maxLength;
    const groups = p.plan.captureGroups;
    if (rule.secretGroup !== undefined && groups !== undefined && rule.secretGroup > groups) {
      throw new RuleError(rule.source.file, rule.source.line, rule.id,
        `secretGroup = ${rule.secretGroup} but the regex has ${groups} capture group(s)`);
    }
  }
  if (rule.path !== undefined) compiled.pathMatcher = compileOrThrow(rule, 'path', rule.path, plans).matcher;
  return compiled;
}

export function compileRuleSet(
  rules: Rule[],
  allowlists: Allowlist[] = [],
  allowlistSource = 'allowlist',
  options: CompileOptions = {},
): RuleSet {
  const owner = { id: 'global allowlist', source: { file: allowlistSource } };
  const compiled = rules.map((r) => compileRule(r, options));
  const global: CompiledAllowlist[] = [];
  for (const a of allowlists) {
    const ca = compileAllowlist(owner, a, options.plans);
    if (a.targetRules) attachToRules(compiled, a, ca);
    else global.push(ca);
  }
  return { rules: compiled, allowlists: global };
}

/**
 * gitleaks `targetRules`: a global allowlist written once for several rules runs as each one's own
 * allowlist. A target that names no rule is an error — a typo must not silently allow nothing.
 */
export function attachToRules(rules: CompiledRule[], a: Allowlist, ca: CompiledAllowlist): void {
  const byId = new Map(rules.map((r) => [r.rule.id, r]));
  for (const id of a.targetRules ?? []) {
    const r = byId.get(id);
    if (!r) {
      throw new RuleError(a.source?.file ?? 'allowlist', a.source?.line, undefined, `targetRules names "${id}", which is not a rule here`,
        'Check the rule id (`leakward rules list`), or remove it from targetRules.');
    }
    r.allowlists = [...r.allowlists, ca];
  }
}

/** Every pattern's plan, for shipping with built-in rules. */
export function planAll(rules: Rule[], allowlists: Allowlist[]): Record<string, PatternPlan> {
  const out: Record<string, PatternPlan> = {};
  const add = (p: string | undefined): void => {
    if (p !== undefined && !(p in out)) out[p] = planPattern(p);
  };
  for (const a of [...allowlists, ...rules.flatMap((r) => r.allowlists)]) [...a.regexes, ...a.paths].forEach(add);
  for (const r of rules) {
    if (r.regex !== undefined && !(r.regex in out)) out[r.regex] = planPattern(r.regex, '', MAX_BACKTRACK_WAYS_BUILTIN);
    add(r.path);
  }
  return out;
}
