/**
 * The rule checker: one implementation for the test suite and `leakward rules check`.
 * Every example must be found by its rule with exactly the marked secret (through the whole pipeline:
 * prefilter, regex, entropy, checksum, allowlists); no negative may produce any finding at all.
 */
import { compileRule } from '../engine/compile.js';
import { createDetector } from '../engine/detect.js';
import { LeakwardError } from '../errors.js';
import type { CompiledRule, Rule, RuleSet } from '../types.js';
import { expandExample, expandTemplates } from './templates.js';

export interface RuleProblem {
  ruleId: string;
  file: string;
  line?: number;
  problem: string;
}

export interface RuleCheckReport {
  rules: number;
  examples: number;
  negatives: number;
  problems: RuleProblem[];
  /** Per rule: which engine runs it and the backtracking bound when V8 runs it. */
  engines: Array<{ ruleId: string; engine: string; bound?: number; why?: string }>;
}

const EXAMPLE_PATH = 'example/config.txt';

export function checkRules(
  rules: Rule[],
  options: { rounds?: number; allowlistsSet?: RuleSet['allowlists']; builtin?: boolean } = {},
): RuleCheckReport {
  const rounds = options.rounds ?? 3;
  const problems: RuleProblem[] = [];
  const report = (r: Rule, problem: string): void => {
    problems.push({ ruleId: r.id, file: r.source.file, ...(r.source.line ? { line: r.source.line } : {}), problem });
  };
  const compiled: CompiledRule[] = [];
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) report(r, 'duplicate rule id');
    ids.add(r.id);
    if (r.examples.length === 0) report(r, 'no examples: every rule needs at least one');
    try {
      // Examples are checked regardless of the path a rule is limited to.
      const { pathMatcher: _ignored, ...cr } = compileRule(r, { builtin: options.builtin ?? true });
      compiled.push(cr);
    } catch (e) {
      report(r, e instanceof LeakwardError ? e.message.replace(/^[^:]*:\d*:? ?(\(rule "[^"]*"\): )?/, '') : String(e));
    }
  }
  const ruleSet: RuleSet = { rules: compiled, allowlists: options.allowlistsSet ?? [] };
  const detector = createDetector(ruleSet);
  let examples = 0;
  let negatives = 0;
  for (const cr of compiled) {
    const r = cr.rule;
    for (const ex of r.examples) {
      for (let round = 0; round < rounds; round++) {
        let e;
        try {
          e = expandExample(ex);
        } catch (err) {
          report(r, `example ${JSON.stringify(ex)}: ${(err as Error).message}`);
          break;
        }
        examples++;
        const { findings, suppressed } = detector.detect({ text: e.text, path: EXAMPLE_PATH, startLine: 1 });
        const mine = findings.filter((f) => f.ruleId === r.id);
        if (mine.some((f) => f.secret === e.secret)) {
          const f = mine.find((x) => x.secret === e.secret)!;
          if (r.keywords.length > 0 && !r.keywords.some((k) => f.match.toLowerCase().includes(k))) {
            report(r, `example ${JSON.stringify(ex)}: the match contains none of the keywords, so the prefilter cannot be trusted to run the rule`);
            break;
          }
          continue;
        }
        const why = suppressed.find((s) => s.finding.ruleId === r.id);
        const got = mine.length > 0
          ? `captured ${JSON.stringify(mine[0]!.secret)} instead of ${JSON.stringify(e.secret)}`
          : why
            ? `match dropped: ${why.reason}`
            : 'no match';
        report(r, `example ${JSON.stringify(ex)} expanded to ${JSON.stringify(e.text)}: ${got}`);
        break;
      }
    }
    for (const neg of r.negatives) {
      let text: string;
      try {
        text = expandTemplates(neg);
      } catch (err) {
        report(r, `negative ${JSON.stringify(neg)}: ${(err as Error).message}`);
        continue;
      }
      negatives++;
      const { findings } = detector.detect({ text, path: EXAMPLE_PATH, startLine: 1 });
      for (const f of findings) {
        report(r, f.ruleId === r.id
          ? `negative ${JSON.stringify(neg)} matches (secret ${JSON.stringify(f.secret)})`
          : `negative ${JSON.stringify(neg)} is reported by rule "${f.ruleId}": negatives must not look like any secret`);
      }
    }
  }
  return {
    rules: rules.length,
    examples,
    negatives,
    problems,
    engines: compiled.map((c) => ({
      ruleId: c.rule.id,
      engine: c.matcher?.engine ?? 'path',
      ...(c.backtrackBound !== undefined ? { bound: c.backtrackBound } : {}),
      ...(c.linearReason ? { why: c.linearReason } : {}),
    })),
  };
}
