#!/usr/bin/env node
/**
 * A history of large real source files with small edits — the shape of most real repositories, where
 * git's diffing (the floor of patch-based scanners) costs most:
 *
 *   node bench/gen-large-history.mjs DIR [--commits N]
 *   npm run bench -- --history-only --history-repo DIR
 *
 * The files are the larger JavaScript/TypeScript sources under node_modules/ (real code, ≈ 7 MB), one
 * initial import, then N commits (default 2,000) that each insert, edit or delete a few lines in 1–3
 * files. Deterministic (seeded); built with `git fast-import`. No secrets are planted: it measures speed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const commits = Number(args[args.indexOf('--commits') + 1]) || 2000;
if (!dir) {
  console.error('usage: node bench/gen-large-history.mjs DIR [--commits N]');
  process.exit(2);
}
const modules = resolve(new URL('../node_modules', import.meta.url).pathname);

/** Source files of 4–400 KB, sorted so the pick is the same on every machine with the same packages. */
function sources(root) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts)$/.test(e.name) && !/\.min\./.test(e.name)) {
        const size = statSync(p).size;
        if (size > 4096 && size < 400_000) out.push(p);
      }
    }
  };
  walk(root);
  return out.sort().slice(0, 400);
}

let seed = 7;
const rnd = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};

const files = new Map(sources(modules).map((p) => [`src/${relative(modules, p).replaceAll('/', '_')}`, readFileSync(p, 'utf8').split('\n')]));
const paths = [...files.keys()];
const chunks = [];
let time = 1_600_000_000;
const data = (s) => {
  const b = Buffer.from(s, 'utf8');
  chunks.push(Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n'));
};
const commit = (changes, message) => {
  time += 3600;
  chunks.push(Buffer.from(`commit refs/heads/main\ncommitter Bench <bench@example.test> ${time} +0000\n`));
  data(message);
  for (const [p, text] of changes) {
    chunks.push(Buffer.from(`M 100644 inline ${p}\n`));
    data(text);
  }
};
commit(paths.map((p) => [p, files.get(p).join('\n')]), 'initial import');
for (let i = 0; i < commits; i++) {
  const changes = [];
  for (let f = 1 + rnd(3); f > 0; f--) {
    const p = paths[rnd(paths.length)];
    const lines = files.get(p);
    for (let e = 1 + rnd(4); e > 0; e--) {
      const at = rnd(lines.length + 1);
      const op = rnd(10);
      if (op < 5) lines.splice(at, 0, `  const value${i} = compute(${at}, "${rnd(1e9).toString(16)}");`);
      else if (op < 8 && at < lines.length) lines[at] += ` // edited ${i}`;
      else if (at < lines.length) lines.splice(at, 1);
    }
    changes.push([p, lines.join('\n')]);
  }
  commit(changes, `change ${i}`);
}
mkdirSync(dir, { recursive: true });
const git = (a, input) => {
  const r = spawnSync('git', a, { cwd: dir, input, stdio: [input ? 'pipe' : 'ignore', 'inherit', 'inherit'], maxBuffer: 1 << 30 });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
git(['init', '-q']);
git(['fast-import', '--quiet'], Buffer.concat(chunks));
git(['checkout', '-q', 'main']);
git(['gc', '-q']);
console.log(`${dir}: ${paths.length} files, ${commits + 1} commits`);
