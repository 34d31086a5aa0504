/**
 * The built-in rules. From a build (dist/) they come precompiled in `rules.json` — validated, with each
 * regex's engine plan — so start-up parses no TOML and analyses no regex. From source they are loaded
 * from `rules/*.toml` directly.
 */
import { readFileSync } from 'node:fs';
import { buildFile } from '../build-file.js';
import { compileRuleSet, planAll } from '../engine/compile.js';
import { indexKeywords } from '../engine/detect.js';
import { compilePrefilter, type PrefilterData } from '../engine/prefilter.js';
import type { PatternPlan } from '../engine/regex/matcher.js';
import type { Allowlist, Rule, RuleSet } from '../types.js';
import { builtinRulesDir, loadRulesDir } from './load.js';

export interface RulesBundle {
  version: 1;
  rules: Rule[];
  allowlists: Allowlist[];
  plans: Record<string, PatternPlan>;
  prefilter: PrefilterData;
}

export const BUNDLE_NAME = 'rules.json';

/** Built from `rules/` at build time; examples and negatives are left out (tests read the TOML). */
export function makeRulesBundle(): RulesBundle {
  const { rules, allowlists } = loadRulesDir(builtinRulesDir());
  const slim = rules.map(({ examples: _e, negatives: _n, ...r }) => ({ ...r, examples: [], negatives: [] }));
  const plans = planAll(rules, allowlists);
  const compiled = compileRuleSet(slim, allowlists, 'rules/', { plans: new Map(Object.entries(plans)), builtin: true });
  return { version: 1, rules: slim, allowlists, plans, prefilter: compilePrefilter(indexKeywords(compiled.rules).keywords) };
}

export function loadBuiltinRuleSet(): RuleSet {
  const bundlePath = buildFile(BUNDLE_NAME);
  if (bundlePath) {
    const b = JSON.parse(readFileSync(bundlePath, 'utf8')) as RulesBundle;
    const ruleSet = compileRuleSet(b.rules, b.allowlists, 'rules/', { plans: new Map(Object.entries(b.plans)), builtin: true });
    return { ...ruleSet, prefilter: b.prefilter };
  }
  const { rules, allowlists } = loadRulesDir(builtinRulesDir());
  return compileRuleSet(rules, allowlists, 'rules/', { builtin: true });
}
