/**
 * Turns validated rules into matchers, given where each pattern's plan comes from (see compile.ts for
 * the planning one). Errors name the rule's file, line and id. Apart from the planner so that the
 * built-in rules, which ship their plans, compile without the regex parser (the pre-commit hook's bundle).
 */
import { RuleError } from '../errors.js';
import { globMatcher } from './glob.js';
import type { Allowlist, CompiledAllowlist, CompiledRule, Matcher, Rule, RuleSet } from '../types.js';
import { matcherFromPlan, MAX_BACKTRACK_WAYS_BUILTIN, PatternError, type PatternPlan } from './regex/plan-matcher.js';

/** A pattern's plan (`maxSteps`: the backtracking bound it must meet); throws PatternError when none can run it. */
export type Planner = (pattern: string, maxSteps?: number) => PatternPlan;

function compileOrThrow(
  rule: Pick<Rule, 'id' | 'source'>,
  what: string,
  pattern: string,
  plan: Planner,
  maxSteps?: number,
): { matcher: Matcher; plan: PatternPlan } {
  try {
    const p = plan(pattern, maxSteps);
    return { matcher: matcherFromPlan(p), plan: p };
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

export function compileAllowlist(owner: Pick<Rule, 'id' | 'source'>, a: Allowlist, plan: Planner): CompiledAllowlist {
  // Errors point at the allowlist's own table when its line is known.
  const at = a.source?.line !== undefined ? { ...owner, source: a.source } : owner;
  const label = allowlistLabel(a);
  return {
    condition: a.condition,
    regexTarget: a.regexTarget,
    regexes: a.regexes.map((r) => compileOrThrow(at, 'allowlist regex', r, plan).matcher),
    paths: [
      ...a.paths.map((p) => compileOrThrow(at, 'allowlist path', p, plan).matcher),
      ...(a.globs ?? []).map(globMatcher),
    ],
    stopwords: a.stopwords.map((s) => s.toLowerCase()),
    commits: new Set(a.commits),
    ...(label ? { description: label } : {}),
    ...(a.targetRules ? { targetRules: a.targetRules } : {}),
  };
}

export interface CompileOptions {
  /** Where each pattern's plan comes from. */
  plan: Planner;
  /**
   * Built-in rules: they promise every match contains a keyword (`rules check` enforces it), and each
   * is measured on adversarial input by the ReDoS test, so a looser backtracking bound applies.
   */
  builtin?: boolean;
}

export function compileRule(rule: Rule, options: CompileOptions): CompiledRule {
  const { plan } = options;
  const compiled: CompiledRule = { rule, allowlists: rule.allowlists.map((a) => compileAllowlist(rule, a, plan)) };
  if (rule.regex !== undefined) {
    const p = compileOrThrow(rule, 'regex', rule.regex, plan, options.builtin ? MAX_BACKTRACK_WAYS_BUILTIN : undefined);
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
  if (rule.path !== undefined) compiled.pathMatcher = compileOrThrow(rule, 'path', rule.path, plan).matcher;
  return compiled;
}

export function compileRuleSet(
  rules: Rule[],
  allowlists: Allowlist[] = [],
  allowlistSource: string,
  options: CompileOptions,
): RuleSet {
  const owner = { id: 'global allowlist', source: { file: allowlistSource } };
  const compiled = rules.map((r) => compileRule(r, options));
  const global: CompiledAllowlist[] = [];
  for (const a of allowlists) {
    const ca = compileAllowlist(owner, a, options.plan);
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

