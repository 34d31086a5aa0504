/**
 * The pre-commit section of `npm run bench`: how much does the hook add to a commit?
 *
 * A generated repository (bench/.work/precommit, built once, then reused) of 10,000 small committed
 * files with a 5-file change staged — one of the staged lines holds a freshly generated token, so the
 * scan has something to find. Medians of interleaved runs of:
 *   - `node -e 0`                      Node's own start-up: the floor of any hook written in JS
 *   - `git diff --cached …`           what leakward asks git (the same arguments)
 *   - `leakward --version`            the CLI's start-up without a scan
 *   - `leakward scan --staged`        exactly what hooks/pre-commit runs (two arguments, pretty report):
 *                                     the hook's fast path, so this is the row the target is about (the
 *                                     warm-up run writes the hook's code cache in ~/.cache/leakward), and
 *                                     the same without a cache directory (the first run after an install)
 *   - `leakward scan --staged --format json`  the same scan through the argument parser (for its stats)
 * Target: leakward scan --staged ≤ 1.5 × node -e 0 at the median.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 1;
const FILES = 10_000;
const STAGED = 5;

function makeRepo(dir, lib) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  git('init', '-q', '-b', 'main');
  for (let i = 0; i < FILES; i++) {
    const d = join(dir, 'src', `mod${i % 100}`);
    if (i < 100) mkdirSync(d, { recursive: true });
    const lines = [`// module ${i}`, `export function handler${i}(input) {`];
    for (let j = 0; j < 8 + (i % 13); j++) lines.push(`  const value${j} = input.items[${j}] ?? ${i * 31 + j};`);
    lines.push('  return value0;', '}', '');
    writeFileSync(join(d, `file${i}.js`), lines.join('\n'));
  }
  git('add', '-A');
  git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench repo');
  // The change being committed: 5 files edited, one of them adding a token.
  const token = lib.expandTemplates('{{github:ghp}}');
  for (let k = 0; k < STAGED; k++) {
    const p = join(dir, 'src', `mod${k}`, `file${k * 100 + k}.js`);
    const extra = k === 0 ? `export const GITHUB_TOKEN = "${token}";\n` : `export const feature${k} = ${k};\n`;
    writeFileSync(p, readFileSync(p, 'utf8') + extra);
  }
  git('add', '-A');
  return { file: `src/mod0/file0.js` };
}

export async function precommitBench({ WORK, CLI, lib, opts, median, printTable }) {
  const dir = join(WORK, 'precommit');
  const markerFile = join(WORK, 'precommit.json');
  let marker;
  try {
    marker = JSON.parse(readFileSync(markerFile, 'utf8'));
  } catch {
    marker = undefined;
  }
  console.log('');
  console.log('== pre-commit: leakward scan --staged ==');
  if (!opts.regen && marker?.version === VERSION && existsSync(join(dir, '.git'))) {
    console.log(`repo: reusing ${FILES} files with ${STAGED} staged (bench/.work/precommit; --regen to rebuild)`);
  } else {
    const t0 = performance.now();
    rmSync(markerFile, { force: true });
    marker = { version: VERSION, ...makeRepo(dir, lib) };
    writeFileSync(markerFile, JSON.stringify(marker) + '\n');
    console.log(`repo: generated ${FILES} files, ${STAGED} staged, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const node = process.execPath;
  const { STAGED_DIFF_ARGS } = lib;
  const cases = [
    { key: 'node', label: 'node -e 0', cmd: node, args: ['-e', '0'] },
    { key: 'git', label: 'git diff --cached (what leakward reads)', cmd: 'git', args: ['-c', 'core.quotePath=off', ...STAGED_DIFF_ARGS] },
    { key: 'version', label: 'leakward --version (start-up, no scan)', cmd: node, args: [CLI, '--version'] },
    // Exactly the hook's command line: any other argument takes the argument parser's path instead.
    { key: 'staged', label: 'leakward scan --staged (the hook)', cmd: node, args: [CLI, 'scan', '--staged'], ok: [1] },
    // The same without the hook bundle's code cache (the first commit after an install): the cache
    // directory is made unusable by putting it under a file.
    { key: 'nocache', label: '  … without its code cache', cmd: node, args: [CLI, 'scan', '--staged'], ok: [1], env: { XDG_CACHE_HOME: markerFile } },
    { key: 'json', label: 'leakward scan --staged --format json', cmd: node, args: [CLI, 'scan', '--staged', '--format', 'json'], ok: [1] },
  ];
  const runs = Math.max(15, opts.runs * 3);
  const times = Object.fromEntries(cases.map((c) => [c.key, []]));
  let report;
  let hookOutput = '';
  const once = (c) => {
    const t0 = performance.now();
    const r = spawnSync(c.cmd, c.args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...(c.env ? { env: { ...process.env, ...c.env } } : {}) });
    const s = (performance.now() - t0) / 1000;
    if (r.error) throw r.error;
    if (!(c.ok ?? [0]).includes(r.status)) throw new Error(`${c.label} exited ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`);
    if (c.key === 'json') report = JSON.parse(r.stdout);
    if (c.key === 'staged') hookOutput = r.stdout + r.stderr;
    return s;
  };
  process.stdout.write(`measuring: ${runs} run(s) each, interleaved, after a warm-up `);
  for (const c of cases) once(c);
  for (let i = 0; i < runs; i++) {
    for (const c of cases) times[c.key].push(once(c));
    if (i % 5 === 4) process.stdout.write('.');
  }
  console.log('\n');
  const med = Object.fromEntries(cases.map((c) => [c.key, median(times[c.key])]));
  printTable(['', 'median', 'range (s)', '× node -e 0'], cases.map((c) => [
    c.label,
    `${(med[c.key] * 1000).toFixed(1)} ms`,
    `${Math.min(...times[c.key]).toFixed(3)}–${Math.max(...times[c.key]).toFixed(3)}`,
    `${(med[c.key] / med.node).toFixed(2)}×`,
  ]));
  // The hook's pretty report is redacted: the planted token shows as its file:line and rule id.
  const foundByHook = hookOutput.split('\n').some((l) => l.startsWith(`${marker.file}:`) && /\sgithub-pat\s/.test(l));
  const foundInJson = report.findings.some((f) => f.file === marker.file && f.ruleId === 'github-pat');
  const found = foundByHook && foundInJson;
  const ratio = med.staged / med.node;
  console.log('');
  console.log(`leakward scan --staged ${(med.staged * 1000).toFixed(0)} ms (${report.stats.files} files, ${report.stats.rules} rules, in-process ${report.stats.durationMs} ms) | ` +
    `node -e 0 ${(med.node * 1000).toFixed(0)} ms | ratio ${ratio.toFixed(2)}× | staged token found: ` +
    `${foundByHook ? 'yes' : 'NO'} (hook), ${foundInJson ? 'yes' : 'NO'} (json)`);
  console.log(`target (p50 ≤ 1.5× node -e 0): ${ratio <= 1.5 ? 'yes' : 'NO'}`);
  return found;
}
