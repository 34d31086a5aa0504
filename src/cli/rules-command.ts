/** `leakward rules list|check`. */
import { checkRules } from '../rules/check.js';
import { builtinRulesDir, loadRulesDir } from '../rules/load.js';
import type { Io } from './io.js';

export function rulesList(io: Io, opts: { json?: boolean; dir?: string }): number {
  const { rules } = loadRulesDir(opts.dir ?? builtinRulesDir());
  if (opts.json) {
    io.out(JSON.stringify(rules.map(({ examples: _e, negatives: _n, ...r }) => r), null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.out(`${r.id.padEnd(width)}  ${r.confidence.padEnd(6)}  ${r.tags.join(',').padEnd(16)}  ${r.description}\n`);
  }
  io.out(`${rules.length} rules\n`);
  return 0;
}

export function rulesCheck(io: Io, opts: { dir?: string; rounds?: number; verbose?: boolean }): number {
  const { rules } = loadRulesDir(opts.dir ?? builtinRulesDir());
  // Rules from --dir are a user's: they get the user limits (see src/engine/regex/matcher.ts).
  const report = checkRules(rules, { rounds: opts.rounds ?? 3, builtin: opts.dir === undefined });
  for (const p of report.problems) io.err(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.ruleId}: ${p.problem}\n`);
  if (opts.verbose) {
    for (const e of report.engines) {
      const note = e.bound !== undefined ? ` (≤ ${e.bound} backtracking steps per input character)` : e.why ? ` (${e.why})` : '';
      io.out(`${e.ruleId}: ${e.engine}${note}\n`);
    }
  }
  const linear = report.engines.filter((e) => e.engine === 'linear').length;
  io.out(
    `${report.rules} rules, ${report.examples} example expansions, ${report.negatives} negatives checked; ` +
      `${report.engines.length - linear} on V8 (bounded backtracking), ${linear} on the linear engine; ` +
      `${report.problems.length} problem(s)\n`,
  );
  return report.problems.length === 0 ? 0 : 1;
}
