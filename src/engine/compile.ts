/** Turns validated rules into matchers, planning each pattern (or taking its plan from `plans`). */
import * as planned from './compile-planned.js';
import type { Allowlist, CompiledAllowlist, CompiledRule, Rule, RuleSet } from '../types.js';
import { MAX_BACKTRACK_WAYS_BUILTIN, planPattern, type PatternPlan } from './regex/matcher.js';

export { attachToRules, type Planner } from './compile-planned.js';

/** Precomputed plans by pattern (built-in rules ship them), so start-up skips regex analysis. */
export type PlanCache = ReadonlyMap<string, PatternPlan>;

export interface CompileOptions {
  plans?: PlanCache;
  /**
   * Built-in rules: they promise every match contains a keyword (`rules check` enforces it), and each
   * is measured on adversarial input by the ReDoS test, so a looser backtracking bound applies.
   */
  builtin?: boolean;
}

/** Plans from the cache, the rest analysed here. */
function planner(plans: PlanCache | undefined): planned.Planner {
  return (pattern, maxSteps) => plans?.get(pattern) ?? planPattern(pattern, '', maxSteps);
}

export function compileAllowlist(owner: Pick<Rule, 'id' | 'source'>, a: Allowlist, plans?: PlanCache): CompiledAllowlist {
  return planned.compileAllowlist(owner, a, planner(plans));
}

export function compileRule(rule: Rule, options: CompileOptions = {}): CompiledRule {
  return planned.compileRule(rule, { plan: planner(options.plans), ...(options.builtin ? { builtin: true } : {}) });
}

export function compileRuleSet(
  rules: Rule[],
  allowlists: Allowlist[] = [],
  allowlistSource = 'allowlist',
  options: CompileOptions = {},
): RuleSet {
  return planned.compileRuleSet(rules, allowlists, allowlistSource, { plan: planner(options.plans), ...(options.builtin ? { builtin: true } : {}) });
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
