import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  checkRules
} from "./chunk-4PT276W4.mjs";
import {
  builtinRulesDir,
  loadRulesDir
} from "./chunk-N5HQ6HQ5.mjs";
import "./chunk-P7L454IC.mjs";
import "./chunk-MCDJBE3I.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/cli/rules-command.ts
function rulesList(io, opts) {
  const { rules } = loadRulesDir(opts.dir ?? builtinRulesDir());
  if (opts.json) {
    io.out(JSON.stringify(rules.map(({ examples: _e, negatives: _n, ...r }) => r), null, 2) + "\n");
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.out(`${r.id.padEnd(width)}  ${r.confidence.padEnd(6)}  ${r.tags.join(",").padEnd(16)}  ${r.description}
`);
  }
  io.out(`${rules.length} rules
`);
  return 0;
}
function rulesCheck(io, opts) {
  const { rules } = loadRulesDir(opts.dir ?? builtinRulesDir());
  const report = checkRules(rules, { rounds: opts.rounds ?? 3, builtin: opts.dir === void 0 });
  for (const p of report.problems) io.err(`${p.file}${p.line ? `:${p.line}` : ""}: ${p.ruleId}: ${p.problem}
`);
  if (opts.verbose) {
    for (const e of report.engines) {
      const note = e.bound !== void 0 ? ` (\u2264 ${e.bound} backtracking steps per input character)` : e.why ? ` (${e.why})` : "";
      io.out(`${e.ruleId}: ${e.engine}${note}
`);
    }
  }
  const linear = report.engines.filter((e) => e.engine === "linear").length;
  io.out(
    `${report.rules} rules, ${report.examples} example expansions, ${report.negatives} negatives checked; ${report.engines.length - linear} on V8 (bounded backtracking), ${linear} on the linear engine; ${report.problems.length} problem(s)
`
  );
  return report.problems.length === 0 ? 0 : 1;
}
export {
  rulesCheck,
  rulesList
};
