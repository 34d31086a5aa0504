/** Turns validated rules into matchers. Errors name the rule's file, line and id. */
import { RuleError } from '../errors.js';
import type { Allowlist, CompiledAllowlist, CompiledRule, Rule, RuleSet } from '../types.js';
import { compilePattern, PatternError, type CompiledPattern } from './regex/matcher.js';

function compileOrThrow(rule: Pick<Rule, 'id' | 'source'>, what: string, pattern: string): CompiledPattern {
  try {
    return compilePattern(pattern);
  } catch (e) {
    if (e instanceof PatternError) {
      throw new RuleError(rule.source.file, rule.source.line, rule.id, `${what} ${e.message}`,
        'Fix the pattern: leakward reads RE2 syntax (as gitleaks does).');
    }
    throw e;
  }
}

export function compileAllowlist(owner: Pick<Rule, 'id' | 'source'>, a: Allowlist): CompiledAllowlist {
  return {
    condition: a.condition,
    regexTarget: a.regexTarget,
    regexes: a.regexes.map((r) => compileOrThrow(owner, 'allowlist regex', r).matcher),
    paths: a.paths.map((p) => compileOrThrow(owner, 'allowlist path', p).matcher),
    stopwords: a.stopwords.map((s) => s.toLowerCase()),
    commits: new Set(a.commits),
    ...(a.description ? { description: a.description } : {}),
  };
}

export function compileRule(rule: Rule): CompiledRule {
  const compiled: CompiledRule = { rule, allowlists: rule.allowlists.map((a) => compileAllowlist(rule, a)) };
  if (rule.regex !== undefined) {
    const p = compileOrThrow(rule, 'regex', rule.regex);
    compiled.matcher = p.matcher;
    if (p.matcher.engine === 'backtracking' && p.analysis) compiled.backtrackBound = p.analysis.ways;
    const groups = p.analysis?.captureGroups;
    if (rule.secretGroup !== undefined && groups !== undefined && rule.secretGroup > groups) {
      throw new RuleError(rule.source.file, rule.source.line, rule.id,
        `secretGroup = ${rule.secretGroup} but the regex has ${groups} capture group(s)`);
    }
  }
  if (rule.path !== undefined) compiled.pathMatcher = compileOrThrow(rule, 'path', rule.path).matcher;
  return compiled;
}

export function compileRuleSet(rules: Rule[], allowlists: Allowlist[] = [], allowlistSource = 'allowlist'): RuleSet {
  const owner = { id: 'global allowlist', source: { file: allowlistSource } };
  return { rules: rules.map(compileRule), allowlists: allowlists.map((a) => compileAllowlist(owner, a)) };
}
