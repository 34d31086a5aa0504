/**
 * Builds the rule set a config asks for, as gitleaks' `[extend]` does: start from the built-in rules
 * (or from the config at `[extend] path`, or from nothing), drop disabled rules, then merge this file's
 * rules — a rule with an id that is already there changes it (fields written win; keywords, tags and
 * allowlists are added), any other rule is added — and its allowlists.
 */
import { attachToRules, compileAllowlist, compileRule } from '../engine/compile.js';
import { RuleError } from '../errors.js';
import { checkRules } from '../rules/check.js';
import type { CompiledRule, Confidence, Rule, RuleSet } from '../types.js';
import type { ConfigFile } from './load.js';

const LEVELS: Confidence[] = ['low', 'medium', 'high'];

/** Fields a rule takes over from what it writes; the rest stay the base rule's. */
const OVERRIDES = ['description', 'regex', 'secretGroup', 'entropy', 'path', 'provider', 'confidence', 'checksum', 'structure', 'required', 'skipReport',
  'remediation', 'verify', 'revoke'] as const;

export interface AppliedConfig {
  ruleSet: RuleSet;
  /** Things to tell the user (gitleaks configs that name rules leakward does not have). */
  notes: string[];
}

export function applyConfig(builtin: RuleSet, config: ConfigFile): AppliedConfig {
  const notes: string[] = [];
  const ruleSet = build(builtin, config, notes);
  checkExamples(config, ruleSet);
  return { ruleSet, notes };
}

function build(builtin: RuleSet, config: ConfigFile, notes: string[]): RuleSet {
  const { extend } = config.header;
  const fail = (key: string | undefined, line: number | undefined, id: string | undefined, problem: string, hint?: string): never => {
    throw new RuleError(config.file, line ?? (key ? config.find(key) : undefined), id, problem, hint, 'CONFIG_INVALID');
  };
  const base: RuleSet = config.base
    ? build(builtin, config.base, notes)
    : extend.useDefault
      ? builtin
      : { rules: [], allowlists: extend.useDefaultAllowlists ? builtin.allowlists : [] };
  const baseAllowlists = extend.useDefaultAllowlists || config.base ? base.allowlists : base.allowlists.filter((a) => !builtin.allowlists.includes(a));

  const known = new Set(base.rules.map((r) => r.rule.id));
  for (const id of extend.disabledRules) {
    if (known.has(id)) continue;
    if (config.dialect === 'gitleaks') notes.push(`${config.file}: disabledRules names "${id}", which leakward has no rule for: nothing to disable.`);
    else fail('disabledRules', undefined, undefined, `disabledRules names "${id}", which is not a rule of the config this one extends`,
      'Check the id with `leakward rules list`.');
  }
  const disabled = (r: Rule): boolean => extend.disabledRules.includes(r.id) || r.tags.some((t) => extend.disabledTags.includes(t));
  // Copies: merging must not change the compiled rules the caller passed in. Without the default
  // allowlists, the built-in ones written for some rules (targetRules) go too.
  const dropTargeted = !config.base && extend.useDefault && !extend.useDefaultAllowlists;
  const rules: CompiledRule[] = base.rules
    .filter((r) => !disabled(r.rule))
    .map((r) => (dropTargeted ? { ...r, allowlists: r.allowlists.filter((a) => !a.targetRules) } : { ...r }));
  const index = new Map(rules.map((r, i) => [r.rule.id, i]));

  const seen = new Set<string>();
  config.rules.forEach((own, i) => {
    const line = own.source.line;
    if (seen.has(own.id)) fail(undefined, line, own.id, 'duplicate rule id in this file', 'Rule ids must be unique; merge the two tables.');
    seen.add(own.id);
    const at = index.get(own.id);
    if (at !== undefined) {
      rules[at] = mergeRule(rules[at]!, own, config.given[i]!);
      return;
    }
    if (own.regex === undefined && own.path === undefined) {
      if (config.dialect === 'gitleaks') {
        notes.push(`${config.file}:${line ?? '?'}: rule "${own.id}" changes a gitleaks default rule leakward does not have: skipped.`);
        return;
      }
      fail(undefined, line, own.id, 'a rule needs a "regex", a "path", or both (no rule of the config this one extends has this id)',
        'Add a regex, or use the id of a rule you mean to change (`leakward rules list`).');
    }
    index.set(own.id, rules.length);
    rules.push(compileRule(own));
  });

  const allowlists = [...baseAllowlists];
  // A global allowlist belongs to no rule: its errors name the file and line only.
  const owner = { id: '', source: { file: config.file } };
  for (const a of config.allowlists) {
    const ca = compileAllowlist(owner, a);
    if (a.targetRules) attachToRules(rules, a, ca);
    else allowlists.push(ca);
  }

  const min = extend.minConfidence;
  const kept = min ? rules.filter((r) => LEVELS.indexOf(r.rule.confidence) >= LEVELS.indexOf(min)) : rules;
  const ids = new Set(kept.map((r) => r.rule.id));
  for (const r of config.rules) {
    for (const req of r.required ?? []) {
      if (!ids.has(req.id)) {
        fail(undefined, r.source.line, r.id, `[[rules.required]] names "${req.id}", which is not a rule here`,
          'A composite rule needs each rule it requires: define it (skipReport = true keeps it from being reported on its own).');
      }
    }
  }
  // The keyword automaton shipped with the built-in rules still serves when the keywords are unchanged.
  return { rules: kept, allowlists, ...(base.prefilter ? { prefilter: base.prefilter } : {}) };
}

/** A rule changed by a config: fields written win, keywords, tags and allowlists are added. */
function mergeRule(base: CompiledRule, own: Rule, given: Set<string>): CompiledRule {
  const rule: Rule = { ...base.rule, source: own.source, examples: own.examples, negatives: own.negatives };
  for (const k of OVERRIDES) {
    if (given.has(k) && own[k] !== undefined) (rule as unknown as Record<string, unknown>)[k] = own[k];
  }
  rule.keywords = [...new Set([...base.rule.keywords, ...own.keywords])];
  rule.tags = [...new Set([...base.rule.tags, ...own.tags])];
  rule.allowlists = [...base.rule.allowlists, ...own.allowlists];
  const ownAllowlists = own.allowlists.map((a) => compileAllowlist(own, a));
  if (rule.regex === base.rule.regex && rule.path === base.rule.path && rule.secretGroup === base.rule.secretGroup) {
    // Same patterns: keep the compiled matchers (built-in rules are planned with their measured limits).
    // Added keywords only widen where the rule runs, so its window still holds.
    return { ...base, rule, allowlists: [...base.allowlists, ...ownAllowlists] };
  }
  const compiled = compileRule({ ...rule, allowlists: own.allowlists });
  return { ...compiled, allowlists: [...base.allowlists, ...compiled.allowlists] };
}

/** Examples are optional in a config; when a rule has them they must hold, as `rules check` demands of built-in rules. */
function checkExamples(config: ConfigFile, ruleSet: RuleSet): void {
  const mine = new Set(config.rules.filter((r) => r.examples.length + r.negatives.length > 0).map((r) => r.id));
  if (mine.size === 0) return;
  const rules = ruleSet.rules.map((r) => r.rule).filter((r) => mine.has(r.id));
  const report = checkRules(rules, { rounds: 1, builtin: false });
  const problem = report.problems.find((p) => !p.problem.startsWith('no examples'));
  if (problem) {
    throw new RuleError(problem.file, problem.line, problem.ruleId, problem.problem,
      'Fix the example or the regex (`leakward config check` runs this check on its own).', 'CONFIG_INVALID');
  }
}
