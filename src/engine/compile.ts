/** Turns validated rules into matchers. Errors name the rule's file, line and id. */
import { RuleError } from '../errors.js';
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
      throw new RuleError(rule.source.file, rule.source.line, rule.id, `${what} ${e.message}`,
        'Fix the pattern: leakward reads RE2 syntax (as gitleaks does).');
    }
    throw e;
  }
}

export function compileAllowlist(owner: Pick<Rule, 'id' | 'source'>, a: Allowlist, plans?: PlanCache): CompiledAllowlist {
  return {
    condition: a.condition,
    regexTarget: a.regexTarget,
    regexes: a.regexes.map((r) => compileOrThrow(owner, 'allowlist regex', r, plans).matcher),
    paths: a.paths.map((p) => compileOrThrow(owner, 'allowlist path', p, plans).matcher),
    stopwords: a.stopwords.map((s) => s.toLowerCase()),
    commits: new Set(a.commits),
    ...(a.description ? { description: a.description } : {}),
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
  return {
    rules: rules.map((r) => compileRule(r, options)),
    allowlists: allowlists.map((a) => compileAllowlist(owner, a, options.plans)),
  };
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
