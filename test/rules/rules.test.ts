import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/rules/check.js';
import { builtinRulesDir, loadRulesDir } from '../../src/rules/load.js';

describe('built-in rules', () => {
  const { rules } = loadRulesDir(builtinRulesDir());

  it('has at least 150 rules with unique ids', () => {
    expect(rules.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('passes the rule checker: examples match exactly, negatives never, regexes compile', () => {
    const report = checkRules(rules, { rounds: 5 });
    expect(report.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.ruleId}: ${p.problem}`)).toEqual([]);
    expect(report.examples).toBeGreaterThan(rules.length);
  });

  it('every rule has examples, keywords and a remediation hint where it has a provider', () => {
    for (const r of rules) {
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      expect(r.keywords.length, r.id).toBeGreaterThan(0);
    }
  });
});
