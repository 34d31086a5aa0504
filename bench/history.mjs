/**
 * The history section of `npm run bench` (called from bench/run.mjs, which lends its content generator).
 *
 * Generates (once, then reuses) a repository of a few thousand commits with `git fast-import`: a few
 * hundred source-like files on main, feature branches forked and merged, a branch never merged, a tag on
 * a commit no branch reaches, and secrets planted in the scenarios `--history` must get right (added then
 * removed, the same secret on two branches, a file renamed after, a secret only a merge brings in,
 * base64-wrapped, re-added after removal). Then, as medians of interleaved runs:
 *   - leakward scan --history: wall time, the node process's peak RSS and (Linux) its CPU by thread
 *   - git log -p --all > /dev/null: the floor of any patch-based history scan (ratio: target ≤ 1.0×)
 *   - git log -p -U0 --all (what leakward runs, near enough), and git cat-file --batch-all-objects --batch
 *     (the floor of a blob-based scan, which leakward measured and rejected: see src/sources/history.ts)
 * and checks every planted secret is reported once, at the commit that introduced it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const HISTORY_VERSION = 1;

/**
 * A preloaded script that writes, at exit, the process's peak RSS (KB) and, on Linux, its CPU by thread
 * (ms, from /proc: the main thread; the other threads still alive, i.e. V8's compiler and GC helpers; the
 * rest of the process, i.e. the engine thread, which has exited by then; and its children, git) to
 * $LEAKWARD_BENCH_RSS as JSON. /proc counts in clock ticks, 100 per second on Linux.
 */
const RSS_PRELOAD = `process.on('exit', () => { try {
  const fs = require('node:fs');
  const out = { maxRSS: process.resourceUsage().maxRSS };
  try {
    const ms = (stat) => { const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); return { self: (+f[11] + +f[12]) * 10, kids: (+f[13] + +f[14]) * 10 }; };
    const all = ms(fs.readFileSync('/proc/self/stat', 'utf8'));
    const main = ms(fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8')).self;
    let helpers = 0;
    for (const t of fs.readdirSync('/proc/self/task')) if (+t !== process.pid) helpers += ms(fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8')).self;
    out.cpu = { main, helpers, engine: all.self - main - helpers, git: all.kids };
  } catch {}
  fs.writeFileSync(process.env.LEAKWARD_BENCH_RSS, JSON.stringify(out));
} catch {} });\n`;

export async function historyBench(ctx) {
  const { WORK, CLI, lib, opts, makeRng, makeVocab, RENDER, median, printTable } = ctx;
  // The generated history's size: --history-commits, or the caller's (the run at scale).
  const commits = ctx.commits ?? opts.historyCommits;
  console.log('\n== history ==');
  let repo = opts.historyRepo;
  let expected = [];
  if (repo === undefined) {
    const name = ctx.commits === undefined ? 'history' : `history-${commits}`;
    repo = join(WORK, name);
    const markerFile = join(WORK, `${name}.json`);
    let marker;
    try {
      marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    } catch {
      marker = undefined;
    }
    const version = `${HISTORY_VERSION}-${createHash('sha256').update(String(generateHistory) + String(planScenarios)).digest('hex').slice(0, 12)}`;
    if (!opts.regen && marker && marker.version === version && marker.seed === opts.seed && marker.asked === commits && existsSync(join(repo, 'HEAD'))) {
      console.log(`history: reusing ${repo} (${marker.commits} commits, ${marker.files} files, ${marker.refs} refs; --regen to rebuild)`);
    } else {
      rmSync(markerFile, { force: true });
      process.stdout.write(`history: generating ${repo} (seed ${opts.seed}) with git fast-import … `);
      const g = await generateHistory(repo, opts.seed, lib, { makeRng, makeVocab, RENDER, commits });
      marker = { version, seed: opts.seed, asked: commits, ...g };
      writeFileSync(markerFile, JSON.stringify(marker, null, 2) + '\n');
      console.log(`${g.commits} commits, ${g.files} files, ${g.refs} refs, ${g.expected.length} secrets planted, in ${g.seconds.toFixed(1)} s`);
    }
    expected = marker.expected;
  } else {
    console.log(`history: ${repo} (no planted secrets to check: speed only)`);
  }
  const count = spawnSync('git', ['rev-list', '--all', '--count'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
  const objects = spawnSync('git', ['count-objects', '-v'], { cwd: repo, encoding: 'utf8' }).stdout;
  const packKb = Number(/size-pack: (\d+)/.exec(objects)?.[1] ?? 0) + Number(/^size: (\d+)/m.exec(objects)?.[1] ?? 0);
  console.log(`repository: ${count} commits, ${(packKb / 1024).toFixed(1)} MB of objects`);

  const preload = join(WORK, 'maxrss.cjs');
  writeFileSync(preload, RSS_PRELOAD);
  const rssFile = join(WORK, 'maxrss.out');
  const node = process.execPath;
  const cases = [
    { key: 'lw', label: 'leakward scan --history', cmd: node, args: ['-r', preload, CLI, 'scan', '--history', repo, '--format', 'json'], okCodes: [0, 1], rss: true },
    { key: 'logp', label: 'git log -p --all > /dev/null', cmd: 'git', args: ['log', '-p', '--all'] },
    { key: 'logU0', label: 'git log -p -U0 --all > /dev/null', cmd: 'git', args: ['log', '-p', '-U0', '--all'] },
    { key: 'catAll', label: 'git cat-file --batch-all-objects --batch', cmd: 'git', args: ['cat-file', '--batch-all-objects', '--batch', '--unordered'] },
  ];
  const times = Object.fromEntries(cases.map((c) => [c.key, []]));
  const rss = [];
  const cpu = [];
  let report;
  const runOnce = async (c) => {
    rmSync(rssFile, { force: true });
    const t0 = performance.now();
    const res = await runTo(c.cmd, c.args, repo, c.key === 'lw', { ...process.env, LEAKWARD_BENCH_RSS: rssFile });
    const seconds = (performance.now() - t0) / 1000;
    if (!(c.okCodes ?? [0]).includes(res.code)) throw new Error(`${c.label} exited ${res.code}: ${res.stderr.slice(0, 500)}`);
    if (c.key === 'lw') {
      report = JSON.parse(res.stdout);
      if (existsSync(rssFile)) {
        const m = JSON.parse(readFileSync(rssFile, 'utf8'));
        rss.push(m.maxRSS);
        if (m.cpu) cpu.push(m.cpu);
      }
    }
    return seconds;
  };
  process.stdout.write(`measuring: ${opts.runs} run(s) each, interleaved, after a warm-up `);
  for (const c of cases) await runOnce(c);
  for (let i = 0; i < opts.runs; i++) {
    for (const c of cases) times[c.key].push(await runOnce(c));
    process.stdout.write('.');
  }
  console.log('\n');
  const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  printTable(['', 'median', 'range (s)', 'vs git log -p'], cases.map((c) => [
    c.label,
    `${med[c.key].toFixed(3)} s`,
    `${Math.min(...times[c.key]).toFixed(3)}–${Math.max(...times[c.key]).toFixed(3)}`,
    `${(med[c.key] / med.logp).toFixed(2)}×`,
  ]));
  const peak = rss.length ? median(rss) / 1024 : undefined;
  const s = report.stats;
  console.log('');
  console.log(`leakward: ${s.commits} commits from ${s.refs} refs, ${s.files} file versions read (${(s.bytes / 1e6).toFixed(1)} MB, only their new lines scanned), ` +
    `${s.skipped} skipped; stats.durationMs ${s.durationMs} ms; ${report.findings.length} finding(s)`);
  console.log(`peak RSS of the leakward process: ${peak === undefined ? 'not measured' : `${peak.toFixed(0)} MB`} (target < 300 MB)`);
  if (cpu.length) {
    // Where the time goes: with two cores, wall time cannot fall below the total over two.
    const m = (k) => median(cpu.map((c) => c[k]));
    const total = m('main') + m('engine') + m('helpers') + m('git');
    console.log(`CPU of the leakward scan (medians, ms): main thread ${m('main')}, engine thread ${m('engine')}, ` +
      `V8 compiler and GC threads ${m('helpers')}, git ${m('git')}; total ${total} on ${availableParallelism()} CPU(s)`);
  }

  let ok = true;
  let secrets = 'n/a';
  if (expected.length) {
    const found = expected.filter((e) => {
      const hits = report.findings.filter((f) => f.ruleId === e.ruleId && f.fingerprint === e.fingerprint);
      return hits.length === 1 && hits[0].commit === e.commit && hits[0].file === e.file && hits[0].line === e.line;
    });
    secrets = `${found.length}/${expected.length}`;
    console.log(`planted secrets reported once at the introducing commit, path and line: ${secrets}`);
    for (const e of expected) {
      if (found.includes(e)) continue;
      ok = false;
      const hits = report.findings.filter((f) => f.fingerprint === e.fingerprint);
      console.log(`  WRONG ${e.scenario}: expected ${e.ruleId} at ${e.commit.slice(0, 10)} ${e.file}:${e.line}; got ` +
        (hits.length ? hits.map((f) => `${f.commit?.slice(0, 10)} ${f.file}:${f.line}`).join(', ') : 'nothing'));
    }
    const other = report.findings.filter((f) => !expected.some((e) => e.fingerprint === f.fingerprint));
    if (other.length) console.log(`other findings (generic-rule hits on generated values): ${other.length}`);
  }
  console.log('');
  console.log(`history: leakward ${med.lw.toFixed(2)} s | git log -p --all ${med.logp.toFixed(2)} s | ratio ${(med.lw / med.logp).toFixed(2)}× ` +
    `(target ≤ 1.0×: ${med.lw <= med.logp ? 'yes' : 'NO'}) | peak RSS ${peak === undefined ? '?' : `${peak.toFixed(0)} MB`} | secrets ${secrets}`);
  return ok;
}

/** Runs a command; stdout is kept only when asked (else it goes nowhere, like > /dev/null). */
function runTo(cmd, args, cwd, keep, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', keep ? 'pipe' : 'ignore', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout?.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

// ---------------------------------------------------------------------------------------------------
// The generated repository
// ---------------------------------------------------------------------------------------------------

/**
 * Where the secrets go: at which commit (as a fraction of the history), on which branch, how. Each
 * scenario is something `--history` must get right; `expect` says which commit must be reported.
 */
function planScenarios(n) {
  const at = (f) => Math.max(2, Math.floor(n * f));
  return [
    { scenario: 'added on main, removed later', kind: 'env', line: 'GITHUB_TOKEN={{github:ghp}}', add: at(0.1), remove: at(0.2) },
    { scenario: 'added on a feature branch, merged', kind: 'py', line: 'AWS_ACCESS_KEY_ID = "{{aws-key-id:AKIA}}"', add: at(0.3), branch: 'merged' },
    { scenario: 'same secret on two branches', kind: 'ts', line: "const stripe = new Stripe('sk_live_{{alnum:24}}', { apiVersion: '2024-06-20' });", add: at(0.4), branch: 'twice' },
    { scenario: 'only on a branch never merged', kind: 'go', line: '\tslackToken := "xoxb-{{digits:12}}-{{digits:13}}-{{alnum:24}}"', add: at(0.5), branch: 'unmerged' },
    { scenario: 'file renamed after', kind: 'java', line: '    private static final String GITLAB = "glpat-{{base64url:20}}";', add: at(0.6), rename: at(0.65) },
    { scenario: 'base64 in a Kubernetes secret', kind: 'yaml', line: '  GITHUB_TOKEN: {{b64:{{github:ghp}}}}', add: at(0.7) },
    { scenario: 'removed, then added back', kind: 'misc', line: 'echo "//registry.npmjs.org/:_authToken={{github:npm}}" > ~/.npmrc', add: at(0.75), remove: at(0.8), readd: at(0.85) },
    { scenario: 'brought in by a merge commit itself', kind: 'env', line: 'GITHUB_TOKEN={{github:ghp}}', add: at(0.9), branch: 'evil-merge' },
    { scenario: 'only under a tag', kind: 'ts', line: "const token = '{{github:ghp}}';", add: at(0.95), branch: 'tag-only' },
  ];
}

async function generateHistory(dir, seed, lib, { makeRng, makeVocab, RENDER, commits: total = 3000 }) {
  const started = performance.now();
  const r = makeRng(seed ^ 0x5eed);
  const v = makeVocab(r);
  const KINDS = ['ts', 'ts', 'ts', 'js', 'py', 'py', 'go', 'go', 'java', 'md', 'md', 'json', 'yaml', 'env', 'misc'];
  const EXT = { ts: '.ts', js: '.js', py: '.py', go: '.go', java: '.java', md: '.md', json: '.json', yaml: '.yaml', env: '.env', misc: '.sh' };
  const DIRS = ['src/api', 'src/core', 'src/web', 'lib/auth', 'lib/billing', 'services/search', 'services/ingest', 'docs', 'deploy', 'config', 'scripts', 'tools'];
  // What each file is, and its text on main (files are text; a commit rewrites a stretch of lines).
  const kinds = new Map();
  const main = new Map();
  const newFile = (kind) => {
    let p;
    do p = `${r.pick(DIRS)}/${r.pick(['get', 'load', 'build', 'sync', 'send', 'parse', 'auth', 'cache'])}_${r.str('abcdefghijklmnopqrstuvwxyz', 6)}${EXT[kind]}`;
    while (kinds.has(p));
    kinds.set(p, kind);
    v.hot = r.chance(kind === 'env' || kind === 'yaml' || kind === 'misc' ? 0.6 : 0.2);
    return [p, RENDER[kind](r, v, r.size(5000, 600, 40000))];
  };
  for (let i = 0; i < 320; i++) {
    const [p, text] = newFile(r.pick(KINDS));
    main.set(p, text);
  }
  const edit = (files) => {
    const paths = [...files.keys()];
    const p = r.pick(paths);
    const kind = kinds.get(p);
    const lines = files.get(p).split('\n');
    const at = r.int(0, lines.length - 1);
    v.hot = r.chance(0.2);
    const fresh = RENDER[kind](r, v, r.size(600, 100, 4000)).split('\n').slice(1, -1);
    lines.splice(at, r.int(0, Math.min(12, lines.length - at)), ...fresh);
    files.set(p, lines.join('\n'));
    return p;
  };
  const findFile = (files, kind) => {
    const c = [...files.keys()].filter((p) => kinds.get(p) === kind);
    return c.length ? r.pick(c) : undefined;
  };
  const insertLine = (text, line, atFrac) => {
    const lines = text.split('\n');
    const at = Math.min(lines.length - 1, 1 + Math.floor(atFrac * (lines.length / 2)));
    lines.splice(at, 0, line);
    return { text: lines.join('\n'), line: at + 1 };
  };
  const removeLine = (text, line) => text.split('\n').filter((l) => l !== line).join('\n');

  // --- the stream for git fast-import ---
  const out = [];
  let mark = 0;
  let time = Date.UTC(2021, 0, 1) / 1000;
  const commitCmd = (ref, msg, changes, { from, merge } = {}) => {
    const m = ++mark;
    time += r.int(600, 7200);
    const who = r.pick(['Ada Lovelace <ada@example.invalid>', 'Grace Hopper <grace@example.invalid>', 'Linus Benchmark <linus@example.invalid>']);
    out.push(`commit ${ref}\nmark :${m}\nauthor ${who} ${time} +0000\ncommitter ${who} ${time} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`);
    if (from) out.push(`from ${from}\n`);
    if (merge) out.push(`merge ${merge}\n`);
    for (const c of changes) {
      if (c.delete) out.push(`D ${c.path}\n`);
      else out.push(`M 100644 inline ${c.path}\ndata ${Buffer.byteLength(c.text)}\n${c.text}\n`);
    }
    out.push('\n');
    return m;
  };
  const snapshot = (files) => [...files].map(([path, text]) => ({ path, text }));

  const plans = planScenarios(total);
  const expected = [];
  const plantSecret = (plan) => {
    const line = lib.expandTemplates(plan.line);
    return line;
  };
  let head = commitCmd('refs/heads/main', 'Initial import', snapshot(main));
  let made = 1;
  let branches = 0;
  const pending = [...plans];
  const live = new Map(); // scenario → { line, path }
  while (made < total) {
    const i = made;
    // Scenarios due now.
    const due = pending.filter((p) => p.add <= i);
    for (const plan of due) {
      pending.splice(pending.indexOf(plan), 1);
      const secret = plantSecret(plan);
      if (plan.branch) {
        // Fork a branch from main, a few ordinary commits, the secret, a few more.
        // A tag-only secret lives on a commit only a tag reaches: build it on the tag ref itself.
        const name = plan.branch === 'tag-only' ? `refs/tags/v-bench-${++branches}` : `refs/heads/feature/${plan.branch}-${++branches}`;
        const files = new Map(main);
        let tip = head;
        const touched = new Set();
        for (let k = 0; k < 3; k++) {
          const p = edit(files);
          touched.add(p);
          tip = commitCmd(name, `${plan.branch}: ${v.sentence(r.int(3, 8))}`, [{ path: p, text: files.get(p) }], { from: k === 0 ? `:${tip}` : undefined });
          made++;
        }
        const path = findFile(files, plan.kind) ?? newFile(plan.kind)[0];
        if (!files.has(path)) files.set(path, RENDER[plan.kind](r, v, 3000));
        const ins = insertLine(files.get(path), secret, r.next());
        if (plan.branch === 'evil-merge') {
          // The branch changes something else; the secret appears only in the merge commit's own tree.
          const m = commitCmd('refs/heads/main', `Merge branch '${plan.branch}'`, [...touched].map((p) => ({ path: p, text: files.get(p) })).concat([{ path, text: ins.text }]), { from: `:${head}`, merge: `:${tip}` });
          for (const p of touched) main.set(p, files.get(p));
          main.set(path, ins.text);
          head = m;
          made++;
          expected.push({ scenario: plan.scenario, mark: m, file: path, line: ins.line, secret, kind: plan.kind });
          continue;
        }
        files.set(path, ins.text);
        touched.add(path);
        tip = commitCmd(name, `${plan.branch}: add ${plan.kind} settings`, [{ path, text: ins.text }]);
        made++;
        expected.push({ scenario: plan.scenario, mark: tip, file: path, line: ins.line, secret, kind: plan.kind });
        if (plan.branch === 'merged') {
          const m = commitCmd('refs/heads/main', `Merge branch '${plan.branch}'`, [...touched].map((p) => ({ path: p, text: files.get(p) })), { from: `:${head}`, merge: `:${tip}` });
          for (const p of touched) main.set(p, files.get(p));
          head = m;
          made++;
        } else if (plan.branch === 'twice') {
          // A second branch, later, adds the very same line (a cherry-pick by hand): one report, the older.
          const name2 = `refs/heads/feature/${plan.branch}-again-${++branches}`;
          const files2 = new Map(main);
          const path2 = findFile(files2, plan.kind);
          const ins2 = insertLine(files2.get(path2), secret, r.next());
          commitCmd(name2, `${plan.branch}: same settings elsewhere`, [{ path: path2, text: ins2.text }], { from: `:${head}` });
          made++;
        }
        continue;
      }
      const path = findFile(main, plan.kind) ?? (() => {
        const [p, t] = newFile(plan.kind);
        main.set(p, t);
        return p;
      })();
      const ins = insertLine(main.get(path), secret, r.next());
      main.set(path, ins.text);
      head = commitCmd('refs/heads/main', `Configure ${plan.kind} settings`, [{ path, text: ins.text }]);
      made++;
      expected.push({ scenario: plan.scenario, mark: head, file: path, line: ins.line, secret, kind: plan.kind });
      live.set(plan.scenario, { line: secret, path, plan });
    }
    // Removals, re-additions and renames due now.
    for (const [scenario, s] of live) {
      const { plan } = s;
      if (plan.remove !== undefined && plan.remove <= i && !s.removed) {
        s.removed = true;
        main.set(s.path, removeLine(main.get(s.path), s.line));
        head = commitCmd('refs/heads/main', 'Remove credentials from the code', [{ path: s.path, text: main.get(s.path) }]);
        made++;
      } else if (plan.readd !== undefined && plan.readd <= i && s.removed && !s.readded) {
        s.readded = true;
        const ins = insertLine(main.get(s.path), s.line, r.next());
        main.set(s.path, ins.text);
        head = commitCmd('refs/heads/main', 'Restore deploy script', [{ path: s.path, text: ins.text }]);
        made++;
      } else if (plan.rename !== undefined && plan.rename <= i) {
        const to = s.path.replace(/([^/]+)$/, 'renamed_$1');
        const text = main.get(s.path);
        main.delete(s.path);
        main.set(to, text);
        kinds.set(to, kinds.get(s.path));
        head = commitCmd('refs/heads/main', `Rename ${s.path}`, [{ path: s.path, delete: true }, { path: to, text }]);
        made++;
        live.delete(scenario);
      }
    }
    // An ordinary commit on main: 1–4 files edited, now and then a new file; a short-lived branch now and then.
    if (r.chance(0.03)) {
      const name = `refs/heads/topic/${++branches}`;
      const files = new Map(main);
      let tip = head;
      const touched = new Set();
      for (let k = 0, n = r.int(2, 8); k < n; k++) {
        const p = edit(files);
        touched.add(p);
        tip = commitCmd(name, `topic ${branches}: ${v.sentence(r.int(3, 8))}`, [{ path: p, text: files.get(p) }], { from: k === 0 ? `:${tip}` : undefined });
        made++;
      }
      if (r.chance(0.8)) {
        head = commitCmd('refs/heads/main', `Merge topic ${branches}`, [...touched].map((p) => ({ path: p, text: files.get(p) })), { from: `:${head}`, merge: `:${tip}` });
        for (const p of touched) main.set(p, files.get(p));
        made++;
      }
      continue;
    }
    const changed = new Set();
    for (let k = 0, n = r.int(1, 4); k < n; k++) changed.add(edit(main));
    if (r.chance(0.05)) {
      const [p, t] = newFile(r.pick(KINDS));
      main.set(p, t);
      changed.add(p);
    }
    head = commitCmd('refs/heads/main', v.sentence(r.int(3, 9)).replace(/\.$/, ''), [...changed].map((p) => ({ path: p, text: main.get(p) })));
    made++;
  }

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnSync('git', ['init', '-q', '--bare', '-b', 'main'], { cwd: dir });
  const marksFile = join(dir, 'bench-marks');
  // The stream goes through a file: a long history's is more than one string can hold.
  const streamFile = join(dir, 'bench-stream');
  const fd = openSync(streamFile, 'w');
  for (const part of out) writeSync(fd, part);
  closeSync(fd);
  const input = openSync(streamFile, 'r');
  const fi = spawnSync('git', ['fast-import', '--quiet', `--export-marks=${marksFile}`], { cwd: dir, stdio: [input, 'pipe', 'pipe'] });
  closeSync(input);
  rmSync(streamFile);
  if (fi.status !== 0) throw new Error(`git fast-import failed: ${fi.stderr}`);
  spawnSync('git', ['gc', '-q', '--aggressive', '--prune=now'], { cwd: dir });
  const marks = new Map(readFileSync(marksFile, 'utf8').trim().split('\n').map((l) => {
    const [m, sha] = l.split(' ');
    return [Number(m.slice(1)), sha];
  }));
  rmSync(marksFile);

  // What the scan must say about each planted secret: the rule that finds it, its fingerprint (rule +
  // hash of the secret: found with the library on the planted line), and where.
  const detector = lib.createDetector(lib.loadBuiltinRuleSet());
  const exp = expected.map((e) => {
    const f = detector.detect({ text: e.secret, path: e.file, startLine: 1 }).findings.find((x) => !x.tags.includes('generic')) ??
      detector.detect({ text: e.secret, path: e.file, startLine: 1 }).findings[0];
    return { scenario: e.scenario, ruleId: f?.ruleId, fingerprint: f?.fingerprint, commit: marks.get(e.mark), file: e.file, line: e.line };
  });
  const refs = spawnSync('git', ['for-each-ref'], { cwd: dir, encoding: 'utf8' }).stdout.trim().split('\n').length;
  return { commits: mark, files: main.size, refs, expected: exp, seconds: (performance.now() - started) / 1000 };
}
