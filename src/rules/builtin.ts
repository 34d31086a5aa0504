/**
 * The built-in rules. From a build (dist/) they come precompiled (rules.json and its table, see
 * shipped.ts) — validated, with each regex's engine plan — so start-up parses no TOML and analyses no
 * regex. From source they are loaded from `rules/*.toml` directly.
 */
import { compileRuleSet, planAll } from '../engine/compile.js';
import { indexKeywords } from '../engine/detect.js';
import { compilePrefilter } from '../engine/prefilter.js';
import type { RuleSet } from '../types.js';
import { builtinRulesDir, loadRulesDir } from './load.js';
import { loadShippedRuleSet, RULES_VERSION, type RulesBundle } from './shipped.js';

export { serializeRulesBundle, type RulesBundle } from './shipped.js';

/** Built from `rules/` at build time; examples and negatives are left out (tests read the TOML). */
export function makeRulesBundle(): RulesBundle {
  const { rules, allowlists } = loadRulesDir(builtinRulesDir());
  const slim = rules.map(({ examples: _e, negatives: _n, ...r }) => ({ ...r, examples: [], negatives: [] }));
  const plans = planAll(rules, allowlists);
  const compiled = compileRuleSet(slim, allowlists, 'rules/', { plans: new Map(Object.entries(plans)), builtin: true });
  return { version: RULES_VERSION, rules: slim, allowlists, plans, prefilter: compilePrefilter(indexKeywords(compiled.rules).keywords) };
}

export function loadBuiltinRuleSet(): RuleSet {
  const shipped = loadShippedRuleSet();
  if (shipped) return shipped;
  const { rules, allowlists } = loadRulesDir(builtinRulesDir());
  return compileRuleSet(rules, allowlists, 'rules/', { builtin: true });
}
