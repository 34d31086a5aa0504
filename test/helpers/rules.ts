import { compileRuleSet } from '../../src/engine/compile.js';
import { parseRulesDocument } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/types.js';

/** A rule set from inline TOML, as a user's config would give it. */
export function ruleSetFromToml(toml: string, file = 'test.toml'): RuleSet {
  const { rules, allowlists } = parseRulesDocument(toml, file, false);
  return compileRuleSet(rules, allowlists, file);
}
