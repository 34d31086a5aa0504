/**
 * Prints leakward's detection quality on the generated corpus.
 *
 *   npx tsx test/quality/report.ts            # seeds 1, 2, 3
 *   npx tsx test/quality/report.ts 7 8 9 10   # other seeds
 *   npx tsx test/quality/report.ts --holdout  # also the held-out contexts (not asserted by the test)
 *   npx tsx test/quality/report.ts --dump 1 github/ghp#0   # print one case's text and what the engine says
 */
import { decoyCases, informationalCases } from './decoys.js';
import { DEFAULT_SEEDS, detector, evaluateSeed, formatReport } from './evaluate.js';
import { positiveCases } from './positives.js';

const holdout = process.argv.includes('--holdout');
const args = process.argv.slice(2).filter((a) => a !== '--holdout');
if (args[0] === '--dump') {
  const seed = Number(args[1]);
  const id = args[2] ?? '';
  const all = [...positiveCases(seed, holdout ? 'holdout' : 'main'), ...decoyCases(seed, holdout ? 'holdout' : 'main'), ...informationalCases(seed)];
  const c = all.find((x) => x.id === id);
  if (!c) {
    console.error(`no case ${id} for seed ${seed}`);
    process.exit(1);
  }
  console.log(`# ${c.path} (${c.context})\n${c.text}`);
  console.log(JSON.stringify(detector().detect({ text: c.text, path: c.path, startLine: 1 }), (k, v) => (k === 'lineText' || k === 'match' ? undefined : v), 2));
} else {
  const seeds = args.length ? args.map(Number) : DEFAULT_SEEDS;
  const started = performance.now();
  const results = seeds.map((s) => evaluateSeed(s));
  console.log(formatReport(results));
  if (holdout) {
    const held = seeds.map((s) => evaluateSeed(s, detector(), 'holdout'));
    console.log(`\n${'='.repeat(100)}\n`);
    console.log(formatReport(held, 'HELD-OUT contexts (not asserted; same kinds, contexts the main corpus never uses)'));
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
