#!/usr/bin/env node
/**
 * `npm run bench`: how fast is a whole `leakward scan`, start-up included, and how far is it from the floor?
 *
 *   node bench/run.mjs [DIR] [--runs N] [--seed S] [--regen] [--rg-unicode]
 *
 * Without DIR it generates (once, then reuses) a deterministic, realistic tree in bench/.work/tree:
 * ≈2,500 source-like files, ≈25 MB, a git repository, with a few secrets planted at generation time
 * (fresh random values from the rule templates — nothing live-looking is written in this file).
 * It then prints, as medians of N interleaved runs (after one warm-up):
 *   - leakward scan (git listing, the default) and --no-git: wall time of the spawned CLI, MB/s
 *   - leakward on an empty folder: start-up + rule loading alone
 *   - the floor: a spawned node that lists and reads every file (readFileSync), same listing as leakward
 *   - `node -e 0`: node's own start-up
 *   - ripgrep with leakward's own regexes, when `rg` is on PATH (--no-unicode; with --rg-unicode also once in
 *     Unicode mode, which is not cheap: rg spends tens of seconds compiling these patterns with Unicode classes)
 * and checks that every planted secret was found (a benchmark that finds nothing measures nothing).
 *
 * Then a history section (bench/history.mjs): `leakward scan --history` on a generated repository of
 * 3,000 commits (or --history-repo PATH) beside `git log -p --all`, with peak RSS and planted-secret checks.
 *   --history-only      skip the tree section        --no-history          skip the history section
 *   --history-repo P    a real repository instead    --history-commits N   size of the generated one
 *   --no-scale-history  skip the generated history at scale (12,000 commits: generated once, ≈ 2 min)
 *   --no-large-history  skip the history of large real source files with small edits
 *
 * Last a pre-commit section (bench/precommit.mjs): `leakward scan --staged` in a generated repository of
 * 10,000 files with 5 staged, beside `node -e 0` (target: median ≤ 1.5×).
 *   --precommit-only    only this section            --no-precommit        skip it
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GENERATOR_VERSION = 1;
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const WORK = join(HERE, '.work');
const CLI = join(ROOT, 'dist', 'cli.js');

// ---------------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { runs: 5, seed: 20240607, regen: false, rgUnicode: false, target: undefined, history: true, historyOnly: false, historyRepo: undefined, historyCommits: 3000, largeHistory: true, scaleHistory: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--runs' || a.startsWith('--runs=')) o.runs = Number.parseInt(value(), 10);
    else if (a === '--seed' || a.startsWith('--seed=')) o.seed = Number.parseInt(value(), 10);
    else if (a === '--regen') o.regen = true;
    else if (a === '--rg-unicode') o.rgUnicode = true;
    else if (a === '--no-history') o.history = false;
    else if (a === '--no-large-history') o.largeHistory = false;
    else if (a === '--no-scale-history') o.scaleHistory = false;
    else if (a === '--history-only') o.historyOnly = true;
    else if (a === '--history-repo' || a.startsWith('--history-repo=')) o.historyRepo = resolve(value());
    else if (a === '--history-commits' || a.startsWith('--history-commits=')) o.historyCommits = Number.parseInt(value(), 10);
    else if (a === '--no-precommit') o.precommit = false;
    else if (a === '--precommit-only') o.precommitOnly = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (o.target === undefined) o.target = resolve(a);
    else usage('only one directory');
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs needs a positive integer');
  if (!Number.isInteger(o.seed)) usage('--seed needs an integer');
  return o;
}

function usage(msg) {
  if (msg) process.stderr.write(`bench: ${msg}\n`);
  process.stderr.write('usage: node bench/run.mjs [DIR] [--runs N] [--seed S] [--regen] [--rg-unicode]\n' +
    '         [--history-only | --no-history] [--history-repo PATH] [--history-commits N] [--no-scale-history] [--no-large-history]\n' +
    '         [--precommit-only | --no-precommit]\n');
  process.exit(msg ? 2 : 0);
}

// ---------------------------------------------------------------------------------------------------
// Deterministic generator
// ---------------------------------------------------------------------------------------------------

/** sfc32: small, fast, good enough, and the same on every machine. */
function makeRng(seed) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  const str = (set, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += set[Math.floor(next() * set.length)];
    return s;
  };
  /** Log-normal-ish size with the given median, clipped. */
  const size = (median, lo, hi) => {
    const u = Math.max(1e-9, next()), v = next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.round(Math.min(hi, Math.max(lo, median * Math.exp(0.8 * z))));
  };
  return { next, int, pick, chance, str, size };
}

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// Most code never says "secret": only files drawn as "hot" (auth, config, deploy) use these words.
const HOT_NOUNS = 'token key secret password credential auth signature certificate nonce cookie'.split(' ');
const NOUNS = ('user account session config client request response cache store handler ' +
  'service repository manager provider payload header order invoice payment customer item product ' +
  'event message queue job worker logger metric record entry node cluster bucket region endpoint url path file ' +
  'buffer stream tenant role permission policy schema migration webhook').split(' ');
const VERBS = ('get set load save fetch create update delete validate parse build resolve refresh rotate encode decode ' +
  'sign verify hash encrypt decrypt render handle process send receive init close open read write list find').split(' ');
const ADJS = 'api access refresh private public default current pending active remote local raw signed encrypted cached temp'.split(' ');
const HOT_WORDS = 'token secret key password rotate credentials access vault never commit'.split(' ');
const WORDS = ('the a to of and in for is on that with as by this be it from at or an are not your can will if when ' +
  'config service request user data value file default environment variable deploy build ' +
  'release cluster region Europe store production staging ' +
  'should must use see below above example run command option support version migration upgrade note warning').split(' ');
const PKGS = ('core api web auth billing payments notifications search analytics gateway scheduler storage ui admin ' +
  'reports ingest export identity catalog inventory shipping pricing mailer audit').split(' ');

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const camel = (parts) => parts[0] + parts.slice(1).map(cap).join('');
const pascal = (parts) => parts.map(cap).join('');
const snake = (parts) => parts.join('_');
const upper = (parts) => parts.join('_').toUpperCase();

function makeVocab(r) {
  const v = { hot: false };
  const noun = () => (v.hot && r.chance(0.25) ? r.pick(HOT_NOUNS) : r.pick(NOUNS));
  const parts = () => (r.chance(0.5) ? [r.pick(VERBS), noun()] : r.chance(0.5) ? [r.pick(ADJS), noun()] : [r.pick(VERBS), r.pick(ADJS), noun()]);
  const noun2 = () => (r.chance(0.6) ? [r.pick(ADJS), noun()] : [noun()]);
  const word = () => (v.hot && r.chance(0.1) ? r.pick(HOT_WORDS) : r.pick(WORDS));
  const sentence = (n) => {
    const w = [];
    for (let i = 0; i < n; i++) w.push(word());
    return cap(w.join(' ')) + '.';
  };
  const literal = () => {
    const k = r.int(0, 15);
    if (k === 0) return r.str(HEX, 40); // commit hash
    if (k === 1) return `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
    if (k === 2) return 'changeme';
    if (k === 3) return `https://${r.pick(PKGS)}.example.com/${v.noun()}/${r.pick(VERBS)}`;
    if (k === 4) return `${v.noun()}.${r.pick(VERBS)}.${r.pick(ADJS)}`;
    if (k === 5) return Buffer.from(`${v.noun()}:${r.pick(WORDS)}-${r.int(1, 9999)}`).toString('base64');
    if (k === 6) return 'data:image/png;base64,' + r.str(B64, r.int(40, 160)) + '==';
    if (k === 7) return `${r.pick(ADJS)}-${v.noun()}-${r.int(1, 99)}`;
    if (k === 8) return 'sha256:' + r.str(HEX, 64);
    if (k === 9 && r.chance(0.2)) return `Asia/${r.pick(['Tokyo', 'Singapore', 'Kolkata', 'Seoul'])}`;
    if (k === 10 && v.hot) return 'your-api-key-here';
    return sentence(r.int(3, 8)).replace(/'/g, '');
  };
  return Object.assign(v, { noun, parts, noun2, sentence, literal });
}

// ---- per-language code blocks ----------------------------------------------------------------------

function tsBlock(r, v) {
  const fn = camel(v.parts());
  const T = pascal(v.noun2());
  const a = camel(v.noun2());
  const b = camel(v.noun2());
  const k = r.int(0, 9);
  if (k === 0) {
    const fields = Array.from({ length: r.int(2, 8) }, () => `  ${camel(v.noun2())}${r.chance(0.3) ? '?' : ''}: ${r.pick(['string', 'number', 'boolean', 'string[]', T])};`);
    return `/** ${v.sentence(r.int(5, 12))} */\nexport interface ${T}Options {\n${fields.join('\n')}\n}\n`;
  }
  if (k === 1) return `import { ${T}, ${camel(v.parts())} } from '../${v.noun()}/${v.noun()}.js';\n`;
  if (k === 2) return `const ${upper(v.noun2())} = '${v.literal()}';\n`;
  if (k === 3) return `// TODO(${v.noun()}): ${v.sentence(r.int(4, 14))}\n`;
  if (k === 4) {
    const sk = v.hot ? 'secretKey' : 'traceId';
    return `export class ${T}${pascal([r.pick(['service', 'store', 'client', 'manager', 'provider'])])} {\n` +
      `  private readonly ${a}: Map<string, ${T}> = new Map();\n` +
      `  constructor(private readonly config: ${pascal(v.noun2())}Config, private readonly logger: Logger) {}\n\n` +
      `  async ${fn}(${b}: string): Promise<${T} | undefined> {\n` +
      `    const cached = this.${a}.get(${b});\n    if (cached) return cached;\n` +
      `    const ${sk} = this.config.get('${snake(v.noun2())}');\n` +
      `    const res = await fetch(\`\${this.config.baseUrl}/${v.noun()}s/\${${b}}\`, { headers: { ${v.hot ? 'authorization: `Bearer' : "'x-trace-id': `"} \${${sk}}\` } });\n` +
      `    if (!res.ok) throw new Error(\`${fn} failed: \${res.status}\`);\n` +
      `    const value = (await res.json()) as ${T};\n    this.${a}.set(${b}, value);\n    return value;\n  }\n}\n`;
  }
  const body = [];
  for (let i = 0, n = r.int(2, 9); i < n; i++) {
    const x = camel(v.noun2());
    const s = r.int(0, 6);
    if (s === 0) body.push(`  const ${x} = await ${camel(v.parts())}(${a}, { ${camel(v.noun2())}: ${b} });`);
    else if (s === 1) body.push(`  if (!${a}.${x}) {\n    throw new ValidationError('${x} is required for ${fn}');\n  }`);
    else if (s === 2) body.push(`  logger.debug('${fn}: %s', ${b}.${x}?.length ?? 0);`);
    else if (s === 3) body.push(`  const ${x} = process.env.${upper(v.noun2())} ?? '${v.literal()}';`);
    else if (s === 4) body.push(`  for (const ${x} of ${a}.${camel(v.noun2())}s) {\n    result.push(${camel(v.parts())}(${x}));\n  }`);
    else if (s === 5) body.push(`  // ${v.sentence(r.int(4, 12))}`);
    else if (v.hot) body.push(`  const password = ${a}.password ?? config.${camel(v.noun2())}.password;`);
    else body.push(`  const ${camel(v.noun2())} = ${a}.${camel(v.noun2())} ?? config.${camel(v.noun2())};`);
  }
  return `\nexport async function ${fn}(${a}: ${T}, ${b}: ${pascal(v.noun2())}): Promise<${T}> {\n  const result: ${T}[] = [];\n${body.join('\n')}\n  return ${a};\n}\n`;
}

function jsBlock(r, v) {
  return tsBlock(r, v)
    .replace(/^export interface [^]*?\n}\n/m, `module.exports.${camel(v.parts())} = ${camel(v.parts())};\n`)
    .replace(/: (Promise<[^>]+>|[A-Z]\w*(\[\])?( \| undefined)?|string|number|boolean)(?=[,)=;{ ])/g, '')
    .replace(/ as \w+/g, '')
    .replace(/private readonly /g, '');
}

function pyBlock(r, v) {
  const fn = snake(v.parts());
  const a = snake(v.noun2());
  const b = snake(v.noun2());
  const k = r.int(0, 7);
  if (k === 0) return `from ${r.pick(PKGS)}.${v.noun()} import ${pascal(v.noun2())}, ${snake(v.parts())}\n`;
  if (k === 1) return `${upper(v.noun2())} = os.environ.get("${upper(v.noun2())}", "${v.literal().replace(/"/g, '')}")\n`;
  if (k === 2) {
    const fields = Array.from({ length: r.int(2, 7) }, () => `    ${snake(v.noun2())}: ${r.pick(['str', 'int', 'bool', 'Optional[str]', 'list[str]'])}`);
    return `\n\n@dataclass\nclass ${pascal(v.noun2())}Config:\n    """${v.sentence(r.int(5, 12))}"""\n\n${fields.join('\n')}\n`;
  }
  const body = [];
  for (let i = 0, n = r.int(2, 9); i < n; i++) {
    const x = snake(v.noun2());
    const s = r.int(0, 5);
    if (s === 0) body.push(`    ${x} = ${snake(v.parts())}(${a}, ${b}=${b})`);
    else if (s === 1) body.push(`    if not ${a}.${x}:\n        raise ValueError("${x} is required")`);
    else if (s === 2) body.push(`    logger.debug("${fn}: %s", ${x})`);
    else if (s === 3) body.push(`    ${v.hot ? 'secret_key' : snake(v.noun2())} = settings.${upper(v.noun2())}  # ${v.sentence(r.int(3, 8))}`);
    else if (s === 4) body.push(`    for ${x} in ${a}.${snake(v.noun2())}s:\n        results.append(${snake(v.parts())}(${x}))`);
    else body.push(v.hot ? `    password = config.get("${snake(v.noun2())}_password", "")` : `    ${snake(v.noun2())} = config.get("${snake(v.noun2())}", None)`);
  }
  return `\n\ndef ${fn}(${a}, ${b}=None, *, timeout=${r.int(1, 60)}):\n    """${v.sentence(r.int(5, 14))}"""\n    results = []\n${body.join('\n')}\n    return results\n`;
}

function goBlock(r, v) {
  const fn = pascal(v.parts());
  const T = pascal(v.noun2());
  const a = camel(v.noun2());
  const k = r.int(0, 6);
  if (k === 0) {
    const fields = Array.from({ length: r.int(2, 7) }, () => {
      const p = v.noun2();
      return `\t${pascal(p)} ${r.pick(['string', 'int', 'bool', '[]byte', 'time.Duration'])} \`json:"${snake(p)}" yaml:"${snake(p)}"\``;
    });
    return `\n// ${T} ${v.sentence(r.int(4, 10))}\ntype ${T} struct {\n${fields.join('\n')}\n}\n`;
  }
  if (k === 1) return `\nconst ${camel(v.noun2())}Default = "${v.literal().replace(/"/g, '')}"\n`;
  const body = [];
  for (let i = 0, n = r.int(2, 8); i < n; i++) {
    const x = camel(v.noun2());
    const s = r.int(0, 4);
    if (s === 0) body.push(`\t${x}, err := ${camel(v.parts())}(ctx, ${a})\n\tif err != nil {\n\t\treturn nil, fmt.Errorf("${fn}: %w", err)\n\t}\n\t_ = ${x}`);
    else if (s === 1) body.push(`\tif ${a}.${pascal(v.noun2())} == "" {\n\t\treturn nil, errors.New("${x} is required")\n\t}`);
    else if (s === 2 && v.hot) body.push(`\ttoken := os.Getenv("${upper(v.noun2())}")\n\tlog.Printf("${fn}: token set=%v", token != "")`);
    else if (s === 3) body.push(`\t// ${v.sentence(r.int(4, 12))}`);
    else if (v.hot) body.push(`\tsecretKey := cfg.${pascal(v.noun2())}.SecretKey`);
    else body.push(`\t${camel(v.noun2())} := cfg.${pascal(v.noun2())}.${pascal(v.noun2())}`);
  }
  return `\n// ${fn} ${v.sentence(r.int(4, 10))}\nfunc ${fn}(ctx context.Context, ${a} *${T}) (*${T}, error) {\n${body.join('\n')}\n\treturn ${a}, nil\n}\n`;
}

function javaBlock(r, v) {
  const fn = camel(v.parts());
  const T = pascal(v.noun2());
  const a = camel(v.noun2());
  const k = r.int(0, 5);
  if (k === 0) return `    private static final String ${upper(v.noun2())} = "${v.literal().replace(/"/g, '')}";\n`;
  if (k === 1) return `    @Value("\${${v.noun()}.${v.noun()}.${v.hot ? r.pick(['password', 'secret', 'key', 'token', 'url']) : r.pick(['url', 'timeout', 'enabled', 'size'])}}")\n    private String ${camel(v.noun2())};\n`;
  const body = [];
  for (let i = 0, n = r.int(2, 8); i < n; i++) {
    const x = camel(v.noun2());
    const s = r.int(0, 4);
    if (s === 0) body.push(`        ${pascal(v.noun2())} ${x} = ${camel(v.noun2())}Repository.${camel(v.parts())}(${a});`);
    else if (s === 1) body.push(`        if (${a} == null) {\n            throw new IllegalArgumentException("${x} must not be null");\n        }`);
    else if (s === 2) body.push(`        log.debug("${fn} {}", ${a}.get${pascal(v.noun2())}());`);
    else if (s === 3) body.push(`        // ${v.sentence(r.int(4, 12))}`);
    else if (v.hot) body.push(`        String secretKey = environment.getProperty("${v.noun()}.secret-key");`);
    else body.push(`        String ${camel(v.noun2())} = environment.getProperty("${v.noun()}.${r.pick(VERBS)}");`);
  }
  return `\n    /**\n     * ${v.sentence(r.int(5, 14))}\n     */\n    public ${T} ${fn}(${pascal(v.noun2())} ${a}) {\n${body.join('\n')}\n        return new ${T}(${a});\n    }\n`;
}

function fill(target, head, block, tail = '') {
  let s = head;
  while (s.length + tail.length < target) s += block();
  return s + tail;
}

const RENDER = {
  ts: (r, v, t) => fill(t, `import { Logger } from '../logger.js';\nimport type { ${pascal(v.noun2())}Config } from '../config.js';\n`, () => tsBlock(r, v)),
  js: (r, v, t) => fill(t, `'use strict';\nconst { ${camel(v.parts())} } = require('./${v.noun()}');\n`, () => jsBlock(r, v)),
  py: (r, v, t) => fill(t, `"""${v.sentence(r.int(5, 12))}"""\nfrom __future__ import annotations\n\nimport logging\nimport os\nfrom dataclasses import dataclass\nfrom typing import Optional\n\nlogger = logging.getLogger(__name__)\n`, () => pyBlock(r, v)),
  go: (r, v, t) => fill(t, `package ${v.noun()}\n\nimport (\n\t"context"\n\t"errors"\n\t"fmt"\n\t"log"\n\t"os"\n\t"time"\n)\n\nvar _ = time.Second\n`, () => goBlock(r, v)),
  java: (r, v, t) => fill(t, `package com.acme.${r.pick(PKGS)}.${v.noun()};\n\nimport org.springframework.beans.factory.annotation.Value;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class ${pascal(v.noun2())}Service {\n`, () => javaBlock(r, v), '}\n'),
  md: (r, v, t) => fill(t, `# ${cap(r.pick(PKGS))} ${v.noun()}\n\n`, () => {
    const k = r.int(0, 5);
    if (k === 0) return `## ${cap(r.pick(VERBS))} the ${v.noun()}\n\n`;
    if (k === 1) return '```sh\n' + `export ${upper(v.noun2())}=<your ${v.noun()}>\nnpx ${r.pick(PKGS)} ${r.pick(VERBS)} --${v.noun()} ${v.literal()}\n` + '```\n\n';
    if (k === 2) return `| ${v.noun()} | ${v.noun()} | default |\n|---|---|---|\n` + Array.from({ length: r.int(2, 6) }, () => `| \`${snake(v.noun2())}\` | ${v.sentence(r.int(3, 7))} | \`${v.literal()}\` |`).join('\n') + '\n\n';
    return Array.from({ length: r.int(2, 6) }, () => v.sentence(r.int(6, 20))).join(' ') + '\n\n';
  }),
  json: (r, v, t) => {
    const obj = {};
    while (JSON.stringify(obj, null, 2).length < t) {
      const o = {};
      for (let i = 0, n = r.int(2, 8); i < n; i++) o[camel(v.noun2())] = r.chance(0.3) ? r.int(0, 100000) : r.chance(0.2) ? r.chance(0.5) : v.literal();
      obj[camel(v.parts())] = o;
    }
    return JSON.stringify(obj, null, 2) + '\n';
  },
  yaml: (r, v, t) => fill(t, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${r.pick(PKGS)}-${v.noun()}\n  namespace: ${r.pick(['prod', 'staging', 'dev'])}\nspec:\n  template:\n    spec:\n      containers:\n`, () => {
    const env = Array.from({ length: r.int(2, 8) }, () => {
      const name = upper(v.noun2());
      return v.hot && r.chance(0.3)
        ? `            - name: ${name}\n              valueFrom:\n                secretKeyRef:\n                  name: ${r.pick(PKGS)}-secrets\n                  key: ${snake(v.noun2())}`
        : `            - name: ${name}\n              value: "${v.literal().replace(/"/g, '')}"`;
    });
    return `        - name: ${r.pick(PKGS)}\n          image: registry.example.com/${r.pick(PKGS)}:${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}\n          env:\n${env.join('\n')}\n`;
  }),
  env: (r, v, t) => fill(t, `# ${v.sentence(r.int(4, 10))}\n`, () => `${upper(v.noun2())}=${r.chance(0.5) ? '' : v.literal().replace(/\s/g, '_')}\n`),
  misc: (r, v, t) => fill(t, `#!/usr/bin/env bash\nset -euo pipefail\n`, () => `${r.pick(['echo', 'export', 'docker', 'kubectl', 'make'])} ${v.noun()}_${r.pick(VERBS)} --${v.noun()}="\${${upper(v.noun2())}}"\n`),
  // package-lock.json: sha512 integrity strings are long base64 runs that decode to binary.
  npmlock: (r, v, t) => {
    let s = `{\n  "name": "${r.pick(PKGS)}",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n`;
    let first = true;
    while (s.length < t) {
      const name = `${v.noun()}-${r.pick(VERBS)}${r.chance(0.3) ? '-' + r.pick(ADJS) : ''}`;
      const ver = `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`;
      s += `${first ? '' : ',\n'}    "node_modules/${name}": {\n      "version": "${ver}",\n      "resolved": "https://registry.npmjs.org/${name}/-/${name}-${ver}.tgz",\n      "integrity": "sha512-${r.str(B64, 86)}==",\n      "license": "MIT"${r.chance(0.4) ? `,\n      "dependencies": {\n        "${v.noun()}-${r.pick(VERBS)}": "^${r.int(1, 9)}.0.0"\n      }` : ''}\n    }`;
      first = false;
    }
    return s + '\n  }\n}\n';
  },
  yarnlock: (r, v, t) => fill(t, '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n', () => {
    const name = `${v.noun()}-${r.pick(VERBS)}`;
    const ver = `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`;
    return `"${name}@^${ver}":\n  version "${ver}"\n  resolved "https://registry.yarnpkg.com/${name}/-/${name}-${ver}.tgz#${r.str(HEX, 40)}"\n  integrity sha512-${r.str(B64, 86)}==\n\n`;
  }),
  gosum: (r, v, t) => fill(t, '', () => {
    const mod = `github.com/${r.pick(PKGS)}/${v.noun()}-${r.pick(VERBS)} v${r.int(0, 3)}.${r.int(0, 30)}.${r.int(0, 40)}`;
    return `${mod} h1:${r.str(B64, 43)}=\n${mod}/go.mod h1:${r.str(B64, 43)}=\n`;
  }),
  poetrylock: (r, v, t) => fill(t, '# This file is automatically @generated by Poetry and should not be changed by hand.\n\n', () => {
    const name = `${v.noun()}-${r.pick(VERBS)}`;
    const ver = `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`;
    return `[[package]]\nname = "${name}"\nversion = "${ver}"\ndescription = "${v.sentence(r.int(3, 8))}"\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "${name}-${ver}-py3-none-any.whl", hash = "sha256:${r.str(HEX, 64)}"},\n    {file = "${name}-${ver}.tar.gz", hash = "sha256:${r.str(HEX, 64)}"},\n]\n\n`;
  }),
  // Minified bundles: very long lines of short identifiers.
  minjs: (r, v, t) => {
    let s = '/*! bundle */!function(e,t){"use strict";';
    let line = 0;
    while (s.length < t) {
      const id = r.str('abcdefghijklmnopqrstuvwxyz', r.int(1, 2));
      const k = r.int(0, 5);
      if (k === 0) s += `var ${id}=function(${id}e,n){return n.${camel(v.noun2())}||e.${camel(v.noun2())}(n)};`;
      else if (k === 1) s += `${id}.${camel(v.parts())}=function(e){if(!e.${camel(v.noun2())})throw new Error("${v.sentence(r.int(2, 5))}");return e};`;
      else if (k === 2) s += `${id}.prototype.${camel(v.parts())}=function(){return this.${camel(v.noun2())}.${r.chance(0.05) ? r.pick(['token', 'secretKey', 'apiKey', 'password']) : r.pick(['config', 'options', 'state', 'props'])}};`;
      else if (k === 3) s += `case ${r.int(0, 999)}:return"${v.literal().replace(/"/g, '')}";`;
      else if (k === 4) s += `${id}=${r.int(0, 1e6)},${id}${r.int(0, 9)}=${r.chance(0.5)}`;
      else s += ';';
      if (s.length - line > 32000) {
        s += '\n';
        line = s.length;
      }
    }
    return s + '}(this,{});\n';
  },
  // Source maps: one huge `mappings` line of VLQ base64.
  srcmap: (r, v, t) => {
    const sources = Array.from({ length: r.int(10, 60) }, () => `webpack://app/./src/${v.noun()}/${camel(v.parts())}.ts`);
    let mappings = '';
    while (mappings.length < t - 2000) mappings += r.str(B64.slice(0, 62), r.int(4, 8)) + (r.chance(0.1) ? ';' : ',');
    return JSON.stringify({ version: 3, sources, names: sources.map(() => camel(v.parts())), mappings }) + '\n';
  },
};

const EXT = { ts: '.ts', js: '.js', py: '.py', go: '.go', java: '.java', md: '.md', json: '.json', yaml: '.yaml', misc: '.sh' };

/** Paths, kinds and target sizes: the shape of the tree. */
function layout(r) {
  const files = [];
  const add = (path, kind, size) => files.push({ path, kind, size });
  const used = new Set();
  const uniq = (p) => {
    let q = p;
    for (let i = 2; used.has(q); i++) q = p.replace(/(\.[a-z]+)$/, `${i}$1`);
    used.add(q);
    return q;
  };
  const name = (style) => {
    const p = [r.pick(VERBS), r.pick(NOUNS)];
    return style === 'snake' ? snake(p) : style === 'pascal' ? pascal(p) : camel(p);
  };
  // TypeScript / JavaScript monorepo packages.
  for (const pkg of PKGS.slice(0, 18)) {
    add(`packages/${pkg}/package.json`, 'json', r.size(1200, 400, 4000));
    add(`packages/${pkg}/README.md`, 'md', r.size(4000, 800, 20000));
    const subs = Array.from({ length: r.int(3, 6) }, () => r.pick(NOUNS));
    for (let i = 0, n = r.int(30, 58); i < n; i++) {
      const kind = r.chance(0.78) ? 'ts' : 'js';
      const sub = r.chance(0.3) ? '' : `${r.pick(subs)}/`;
      add(uniq(`packages/${pkg}/src/${sub}${name('camel')}${EXT[kind]}`), kind, r.size(5000, 400, 60000));
    }
    for (let i = 0, n = r.int(3, 10); i < n; i++) add(uniq(`packages/${pkg}/test/${name('camel')}.test.ts`), 'ts', r.size(4000, 400, 30000));
  }
  // Python services.
  for (const svc of PKGS.slice(6, 16)) {
    add(`services/${svc}/pyproject.toml`, 'env', r.size(800, 300, 2000));
    add(`services/${svc}/.env.example`, 'env', r.size(600, 200, 2000));
    add(`services/${svc}/README.md`, 'md', r.size(3000, 800, 12000));
    for (let i = 0, n = r.int(30, 50); i < n; i++) add(uniq(`services/${svc}/${svc}/${r.chance(0.3) ? r.pick(NOUNS) + '/' : ''}${name('snake')}.py`), 'py', r.size(5000, 400, 50000));
    for (let i = 0, n = r.int(4, 10); i < n; i++) add(uniq(`services/${svc}/tests/test_${name('snake')}.py`), 'py', r.size(3000, 400, 20000));
    add(`services/${svc}/poetry.lock`, 'poetrylock', r.size(60000, 20000, 150000));
  }
  // Go.
  add('go.mod', 'misc', 600);
  for (const tool of PKGS.slice(0, 5)) add(`cmd/${tool}/main.go`, 'go', r.size(3000, 800, 12000));
  for (let i = 0; i < 330; i++) add(uniq(`internal/${r.pick(PKGS)}/${name('snake')}.go`), 'go', r.size(5000, 400, 40000));
  add('go.sum', 'gosum', 180000);
  // Java.
  for (const proj of PKGS.slice(10, 14)) {
    add(`java/${proj}/pom.xml`, 'md', r.size(3000, 1000, 8000));
    for (let i = 0, n = r.int(50, 70); i < n; i++) {
      add(uniq(`java/${proj}/src/main/java/com/acme/${proj}/${r.pick(NOUNS)}/${name('pascal')}.java`), 'java', r.size(5000, 600, 40000));
    }
    add(`java/${proj}/src/main/resources/application.yaml`, 'yaml', r.size(2000, 500, 6000));
  }
  // Config, deploy, docs, CI.
  for (let i = 0; i < 60; i++) add(uniq(`deploy/k8s/${r.pick(PKGS)}/${r.pick(['deployment', 'service', 'configmap', 'ingress', 'cronjob'])}.yaml`), 'yaml', r.size(2500, 500, 10000));
  for (let i = 0; i < 30; i++) add(uniq(`.github/workflows/${r.pick(VERBS)}-${r.pick(PKGS)}.yml`), 'yaml', r.size(2000, 500, 6000));
  for (let i = 0; i < 60; i++) add(uniq(`config/${r.pick(PKGS)}/${r.pick(['default', 'production', 'staging', 'test', 'local'])}.json`), 'json', r.size(2500, 300, 12000));
  for (let i = 0; i < 50; i++) add(uniq(`fixtures/${r.pick(NOUNS)}/${name('snake')}.json`), 'json', r.size(6000, 500, 40000));
  for (let i = 0; i < 120; i++) add(uniq(`docs/${r.pick(['guide', 'reference', 'ops', 'adr', 'runbooks'])}/${r.pick(VERBS)}-${r.pick(NOUNS)}.md`), 'md', r.size(5000, 800, 30000));
  for (let i = 0; i < 30; i++) add(uniq(`scripts/${r.pick(VERBS)}-${r.pick(NOUNS)}.sh`), 'misc', r.size(1500, 300, 5000));
  add('README.md', 'md', 9000);
  add('CHANGELOG.md', 'md', 60000);
  add('.gitignore', 'env', 120);
  // Lockfiles and generated assets: few files, many bytes.
  add('package-lock.json', 'npmlock', 1_600_000);
  for (const pkg of PKGS.slice(0, 4)) add(`packages/${pkg}/package-lock.json`, 'npmlock', r.size(450_000, 200_000, 800_000));
  add('apps/legacy/yarn.lock', 'yarnlock', 600_000);
  for (let i = 0; i < 8; i++) {
    const n = `${r.pick(PKGS)}-${r.int(100, 999)}`;
    add(uniq(`apps/web/public/assets/${n}.min.js`), 'minjs', r.size(280_000, 120_000, 600_000));
    if (i < 5) add(uniq(`apps/web/public/assets/${n}.min.js.map`), 'srcmap', r.size(250_000, 100_000, 500_000));
  }
  return files;
}

/**
 * Secrets to plant: each names the rule that must find it, the kind of file to put it in, and a line
 * with templates expanded at generation time. Only those whose rule exists are planted.
 */
const PLANTS = [
  { rule: 'github-pat', kind: 'env', line: 'GITHUB_TOKEN={{github:ghp}}' },
  { rule: 'aws-access-token', kind: 'py', line: 'AWS_ACCESS_KEY_ID = "{{aws-key-id:AKIA}}"' },
  { rule: 'aws-secret-access-key', kind: 'yaml', line: '# aws_secret_access_key: {{base64:40}}' },
  { rule: 'slack-bot-token', kind: 'go', line: '\tslackToken := "xoxb-{{digits:12}}-{{digits:13}}-{{alnum:24}}"' },
  { rule: 'stripe-access-token', kind: 'ts', line: "const stripe = new Stripe('sk_live_{{alnum:24}}', { apiVersion: '2024-06-20' });" },
  { rule: 'npm-access-token', kind: 'misc', line: 'echo "//registry.npmjs.org/:_authToken={{github:npm}}" > ~/.npmrc' },
  { rule: 'gitlab-pat', kind: 'java', line: '    private static final String GITLAB = "glpat-{{base64url:20}}";' },
  // Base64-wrapped (a Kubernetes Secret's data): found only by the decode pass.
  { rule: 'github-pat', kind: 'yaml', line: '  GITHUB_TOKEN: {{b64:{{github:ghp}}}}', note: 'base64' },
  // A PEM key, once a rule for it exists (split so this file never holds a key header).
  {
    rule: (rules) => rules.find((x) => (x.keywords ?? []).some((k) => k.includes('private key')))?.id,
    kind: 'py',
    line: 'TEST_KEY = """' + ['-----BEGIN', 'RSA', 'PRIVATE', 'KEY-----'].join(' ') + '\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:24}}==\n' + ['-----END', 'RSA', 'PRIVATE', 'KEY-----'].join(' ') + '"""',
  },
];

/** Changes whenever the generator's code, or the set of rules secrets get planted for, changes. */
function generatorVersion(lib) {
  const { rules } = lib.loadRulesDir(lib.builtinRulesDir());
  const plantable = PLANTS.map((p) => (typeof p.rule === 'function' ? p.rule(rules) : rules.some((x) => x.id === p.rule) ? p.rule : undefined));
  const h = createHash('sha256');
  h.update(String(GENERATOR_VERSION));
  for (const f of [makeRng, makeVocab, tsBlock, jsBlock, pyBlock, goBlock, javaBlock, fill, layout, generateTree, ...Object.values(RENDER)]) h.update(String(f));
  h.update(JSON.stringify(PLANTS.map((p) => p.line)));
  h.update(JSON.stringify(plantable));
  return `${GENERATOR_VERSION}-${h.digest('hex').slice(0, 12)}`;
}

function generateTree(dir, seed, lib) {
  const started = performance.now();
  const r = makeRng(seed);
  const v = makeVocab(r);
  const files = layout(r);
  const { rules } = lib.loadRulesDir(lib.builtinRulesDir());
  const ids = new Set(rules.map((x) => x.id));

  // Pick the files that get a secret (deterministic); the secrets themselves are fresh each generation.
  const plants = [];
  const taken = new Set();
  for (const p of PLANTS) {
    const ruleId = typeof p.rule === 'function' ? p.rule(rules) : p.rule;
    if (!ruleId || !ids.has(ruleId)) continue;
    const candidates = files.filter((f, i) => f.kind === p.kind && !taken.has(i) && f.size < 30000);
    if (candidates.length === 0) continue;
    const f = candidates[Math.floor(r.next() * candidates.length)];
    taken.add(files.indexOf(f));
    plants.push({ file: f, ruleId, line: p.line, note: p.note });
  }

  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const manifest = [];
  for (const f of files) {
    // Auth, config and deploy code talks about secrets; most code does not.
    v.hot = r.chance(f.kind === 'env' || f.kind === 'yaml' || f.kind === 'misc' ? 0.7 : 0.3);
    let text = RENDER[f.kind](r, v, f.size);
    const plant = plants.find((p) => p.file === f);
    if (plant) {
      const lines = text.split('\n');
      // Insert at a line boundary in the first half (never inside a multi-line construct that matters).
      const at = Math.min(lines.length - 1, 1 + Math.floor(r.next() * Math.max(1, lines.length / 2)));
      lines.splice(at, 0, lib.expandTemplates(plant.line));
      text = lines.join('\n');
      manifest.push({ file: f.path, ruleId: plant.ruleId, line: at + 1, ...(plant.note ? { note: plant.note } : {}) });
    }
    const abs = join(dir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  }
  const git = (...args) => execFileSync('git', args, {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
      GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
    },
  });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench tree');
  return { files: files.length, bytes, planted: manifest, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------------

/** The floor: list like leakward does, then readFileSync every file. Prints "files bytes". */
const FLOOR_SCRIPT = `
const fs = require('node:fs'), path = require('node:path'), cp = require('node:child_process');
const [mode, root, decode] = process.argv.slice(1);
let files;
if (mode === 'git') {
  files = cp.execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', '.'],
    { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' }).split('\\0').filter(Boolean);
} else {
  files = [];
  const walk = (rel) => {
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const p = rel ? rel + '/' + d.name : d.name;
      if (d.isDirectory()) { if (d.name !== '.git') walk(p); }
      else if (d.isFile()) files.push(p);
    }
  };
  walk('');
}
let n = 0, bytes = 0, chars = 0;
for (const f of files) {
  let b;
  try { b = fs.readFileSync(path.join(root, f)); } catch { continue; }
  n++; bytes += b.length;
  if (decode === 'utf8') chars += b.toString('utf8').length;
}
process.stdout.write(n + ' ' + bytes + ' ' + chars + '\\n');
`;

function timeOnce(cmd, args, { okCodes = [0], cwd } = {}) {
  const t0 = performance.now();
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = (performance.now() - t0) / 1000;
  if (res.error) throw res.error;
  if (!okCodes.includes(res.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${res.status}: ${(res.stderr || '').trim().split('\n').slice(0, 5).join('\n')}`);
  }
  return { seconds, stdout: res.stdout, status: res.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Finds the leakward rules' regexes that rg accepts (each tried alone), and writes them to a file. */
function rgPatterns(lib, file) {
  const { rules } = lib.loadRulesDir(lib.builtinRulesDir());
  const withRegex = rules.filter((x) => typeof x.regex === 'string');
  const accepted = [];
  const rejected = [];
  for (const x of withRegex) {
    if (x.regex.includes('\n')) {
      rejected.push({ id: x.id, why: 'multi-line pattern' });
      continue;
    }
    const res = spawnSync('rg', ['--no-unicode', '-q', '-e', x.regex], { input: '', encoding: 'utf8' });
    if (res.status === 0 || res.status === 1) accepted.push(x.regex);
    else rejected.push({ id: x.id, why: (res.stderr || '').trim().split('\n').pop() });
  }
  writeFileSync(file, accepted.join('\n') + '\n');
  return { total: withRegex.length, accepted: accepted.length, rejected, pathOnly: rules.length - withRegex.length };
}

const has = (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const fmtS = (s) => (s === undefined ? '—' : `${s.toFixed(3)} s`);
const fmtMBs = (bytes, s) => (s === undefined || !bytes ? '' : `${(bytes / 1e6 / s).toFixed(1)} MB/s`);
const fmtX = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(1)}×`);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) usage('dist/cli.js is missing: run `npm run build` (or `npm run bench`)');
  const lib = await import(pathToFileURL(join(ROOT, 'dist', 'index.mjs')).href);
  mkdirSync(WORK, { recursive: true });
  if (opts.historyOnly) return runHistoryBench(opts, lib);
  if (opts.precommitOnly) return runPrecommitBench(opts, lib);

  // --- the tree ------------------------------------------------------------------------------------
  let target = opts.target;
  let planted = [];
  if (target === undefined) {
    target = join(WORK, 'tree');
    const markerFile = join(WORK, 'tree.json');
    let marker;
    try {
      marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    } catch {
      marker = undefined;
    }
    const version = generatorVersion(lib);
    const fresh = !opts.regen && marker && marker.version === version && marker.seed === opts.seed && existsSync(join(target, '.git'));
    if (fresh) {
      console.log(`tree: reusing ${rel(target)} (seed ${marker.seed}, ${marker.files} files, ${(marker.bytes / 1e6).toFixed(1)} MB; --regen to rebuild)`);
    } else {
      rmSync(markerFile, { force: true });
      process.stdout.write(`tree: generating ${rel(target)} (seed ${opts.seed}) … `);
      const g = generateTree(target, opts.seed, lib);
      marker = { version, seed: opts.seed, files: g.files, bytes: g.bytes, planted: g.planted };
      writeFileSync(markerFile, JSON.stringify(marker, null, 2) + '\n');
      console.log(`${g.files} files, ${(g.bytes / 1e6).toFixed(1)} MB, ${g.planted.length} secrets planted, in ${g.seconds.toFixed(1)} s`);
    }
    planted = marker.planted;
  } else {
    if (!existsSync(target)) usage(`${target} does not exist`);
    console.log(`tree: ${target} (a real directory: no planted secrets to check)`);
  }
  const isGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: target, stdio: 'ignore' }).status === 0;
  const empty = join(WORK, 'empty');
  mkdirSync(empty, { recursive: true });

  // --- what to measure -----------------------------------------------------------------------------
  const node = process.execPath;
  const scanOk = { okCodes: [0, 1] };
  const cases = [];
  cases.push({ key: 'lw', label: `leakward scan${isGit ? ' (git ls-files)' : ' (not a git repo)'}`, cmd: node, args: [CLI, 'scan', target, '--format', 'json'], ...scanOk });
  cases.push({ key: 'lwNoGit', label: 'leakward scan --no-git', cmd: node, args: [CLI, 'scan', target, '--no-git', '--format', 'json'], ...scanOk });
  cases.push({ key: 'lwEmpty', label: 'leakward on an empty folder', cmd: node, args: [CLI, 'scan', empty, '--no-git', '--format', 'json'], ...scanOk });
  if (isGit) cases.push({ key: 'floor', label: 'read floor (git ls-files + readFileSync)', cmd: node, args: ['-e', FLOOR_SCRIPT, 'git', target] });
  cases.push({ key: 'floorWalk', label: 'read floor (readdir walk + readFileSync)', cmd: node, args: ['-e', FLOOR_SCRIPT, 'walk', target] });
  cases.push({ key: 'floorUtf8', label: 'read floor + utf8 decode', cmd: node, args: ['-e', FLOOR_SCRIPT, isGit ? 'git' : 'walk', target, 'utf8'] });
  cases.push({ key: 'node', label: 'node -e 0', cmd: node, args: ['-e', '0'] });

  let rg;
  if (has('rg')) {
    const patterns = join(WORK, 'rg-patterns.txt');
    rg = rgPatterns(lib, patterns);
    // --hidden -g '!.git': search dotfiles (.env) as leakward does, but not git's own store.
    const rgArgs = ['--hidden', '-g', '!.git', '-c', '-f', patterns, target];
    cases.push({ key: 'rg', label: 'rg --no-unicode -f <leakward regexes>', cmd: 'rg', args: ['--no-unicode', ...rgArgs], okCodes: [0, 1] });
    cases.push({ key: 'rgJ1', label: 'rg --no-unicode -j1 (one thread)', cmd: 'rg', args: ['--no-unicode', '-j1', ...rgArgs], okCodes: [0, 1] });
    // Unicode mode needs a bigger regex budget than rg's default for these patterns (\w, \b, (?i) grow).
    const big = ['--regex-size-limit', '2G', '--dfa-size-limit', '2G'];
    if (opts.rgUnicode) cases.push({ key: 'rgUni', label: 'rg (Unicode mode, once)', cmd: 'rg', args: [...big, ...rgArgs], okCodes: [0, 1], once: true });
  }

  // --- run: one warm-up, then N interleaved rounds --------------------------------------------------
  const times = Object.fromEntries(cases.map((c) => [c.key, []]));
  const durations = { lw: [], lwNoGit: [] };
  const outputs = {};
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || '?';
  const load = loadavg()[0];
  console.log(`env: leakward ${head}, node ${process.version}, ${cpus().length} CPU(s), load average ${load.toFixed(1)}` +
    (load > cpus().length / 2 ? ' — the machine is busy: expect noisy timings, compare the ranges' : ''));
  process.stdout.write(`measuring: ${opts.runs} run(s) each, interleaved, after a warm-up `);
  const failed = [];
  for (const c of [...cases]) {
    try {
      outputs[c.key] = timeOnce(c.cmd, c.args, c).stdout;
    } catch (e) {
      if (c.key === 'lw' || c.key === 'lwNoGit' || c.key === 'node') throw e;
      failed.push(`${c.label}: ${e.message.split('\n').pop()}`);
      cases.splice(cases.indexOf(c), 1);
    }
  }
  for (let i = 0; i < opts.runs; i++) {
    for (const c of cases) {
      if (c.once && i > 0) continue;
      const res = timeOnce(c.cmd, c.args, c);
      times[c.key].push(res.seconds);
      if (c.key === 'lw' || c.key === 'lwNoGit') {
        outputs[c.key] = res.stdout;
        durations[c.key].push(JSON.parse(res.stdout).stats.durationMs / 1000);
      }
    }
    process.stdout.write('.');
  }
  console.log('\n');
  const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.length ? median(v) : undefined]));

  // --- results ---------------------------------------------------------------------------------------
  const report = (key) => {
    const out = outputs[key];
    const j = JSON.parse(out);
    return j;
  };
  const lw = report('lw');
  const lwNoGit = report('lwNoGit');
  const floorInfo = (key) => {
    if (!outputs[key]) return undefined;
    const [files, bytes] = outputs[key].trim().split(' ').map(Number);
    return { files, bytes };
  };
  const bytesOf = {
    lw: lw.stats.bytes,
    lwNoGit: lwNoGit.stats.bytes,
    floor: floorInfo('floor')?.bytes,
    floorWalk: floorInfo('floorWalk')?.bytes,
    floorUtf8: floorInfo(isGit ? 'floor' : 'floorWalk')?.bytes,
    rg: lw.stats.bytes,
    rgJ1: lw.stats.bytes,
    rgUni: lw.stats.bytes,
  };
  const filesOf = {
    lw: lw.stats.files,
    lwNoGit: lwNoGit.stats.files,
    floor: floorInfo('floor')?.files,
    floorWalk: floorInfo('floorWalk')?.files,
    floorUtf8: floorInfo('floorUtf8')?.files,
  };
  const rows = cases.map((c) => {
    const t = times[c.key];
    return [
      c.label,
      fmtS(med[c.key]),
      t.length > 1 ? `${Math.min(...t).toFixed(3)}–${Math.max(...t).toFixed(3)}` : '(once)',
      fmtMBs(bytesOf[c.key], med[c.key]),
      filesOf[c.key] !== undefined ? String(filesOf[c.key]) : '',
    ];
  });
  printTable(['', 'median', 'range (s)', 'throughput', 'files'], rows);
  for (const f of failed) console.log(`failed, left out: ${f}`);
  console.log('');
  const inProc = (k) => `${median(durations[k]).toFixed(3)} s`;
  console.log(`leakward's own stats.durationMs (median; the scan without process start-up): git ${inProc('lw')}, --no-git ${inProc('lwNoGit')}; ${lw.stats.rules} rules`);
  if (lw.stats.files !== lwNoGit.stats.files) console.log(`note: git mode scanned ${lw.stats.files} files, --no-git ${lwNoGit.stats.files}`);
  if (rg) {
    const rej = rg.rejected.length ? `; skipped ${rg.rejected.length} that rg rejects (${rg.rejected.map((x) => x.id).join(', ')})` : '; rg accepts all of them';
    console.log(`rg patterns: ${rg.accepted}/${rg.total} rule regexes${rej}${rg.pathOnly ? `; ${rg.pathOnly} path-only rule(s) have none` : ''}`);
    const counts = (outputs.rg || '').trim().split('\n').filter(Boolean).map((l) => Number(l.slice(l.lastIndexOf(':') + 1)));
    console.log(`rg matched ${counts.reduce((a, b) => a + b, 0)} line(s) in ${counts.length} file(s) (before leakward's entropy/checksum/allowlist filters)`);
    if (!opts.rgUnicode) console.log('rg in Unicode mode: not measured (slow to even compile these patterns; --rg-unicode to time it once)');
  } else {
    console.log('rg: not on PATH, skipped (Debian/Ubuntu: apt-get install ripgrep)');
  }

  // Planted secrets: each must be reported, by the right rule, in the right file, in both modes.
  let secrets = 'n/a';
  let ok = true;
  if (planted.length) {
    const check = (j) => planted.filter((p) => j.findings.some((f) => f.file === p.file && f.ruleId === p.ruleId && (f.line ?? p.line) === p.line));
    const found = check(lw);
    const foundNoGit = check(lwNoGit);
    secrets = `${found.length}/${planted.length}`;
    console.log(`planted secrets found: ${secrets} (git), ${foundNoGit.length}/${planted.length} (--no-git)`);
    for (const p of planted) {
      if (!found.includes(p) || !foundNoGit.includes(p)) {
        ok = false;
        console.log(`  MISSED ${p.ruleId}${p.note ? ` (${p.note})` : ''} in ${p.file}:${p.line}`);
      }
    }
    const extra = lw.findings.filter((f) => !planted.some((p) => f.file === p.file && f.ruleId === p.ruleId && f.line === p.line));
    if (extra.length) {
      const byRule = {};
      for (const f of extra) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
      console.log(`other findings (not planted: decoys or generic-rule hits on generated values): ${extra.length} — ${Object.entries(byRule).map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    }
  } else {
    console.log(`findings: ${lw.findings.length} (git), ${lwNoGit.findings.length} (--no-git)`);
  }

  // One line to paste into an issue.
  const mb = (lw.stats.bytes / 1e6).toFixed(1);
  const parts = [
    `leakward ${med.lw.toFixed(2)} s (${(lw.stats.bytes / 1e6 / med.lw).toFixed(0)} MB/s, ${lw.stats.files} files, ${mb} MB)`,
    `--no-git ${med.lwNoGit.toFixed(2)} s`,
    `read floor ${(med.floor ?? med.floorWalk).toFixed(2)} s`,
    `node -e 0 ${med.node.toFixed(2)} s`,
  ];
  if (med.rg !== undefined) parts.push(`rg ${med.rg.toFixed(2)} s`);
  parts.push(`leakward/floor ${fmtX(med.lw, med.floor ?? med.floorWalk)}`);
  if (med.rg !== undefined) parts.push(`leakward/rg ${fmtX(med.lw, med.rg)}`);
  parts.push(`secrets ${secrets}`);
  console.log('');
  console.log(parts.join(' | '));
  const targets = [`whole scan < 1 s: ${med.lw < 1 ? 'yes' : 'NO'}`];
  if (med.rg !== undefined) targets.push(`≤ 5× rg: ${med.lw / med.rg <= 5 ? 'yes' : 'NO'}`);
  console.log(`targets (on a ≈25 MB tree): ${targets.join(', ')}`);
  if (!ok) {
    console.log('bench: some planted secrets were not found');
    process.exitCode = 1;
  }
  if (opts.history) await runHistoryBench(opts, lib);
  if (opts.precommit !== false) await runPrecommitBench(opts, lib);
}

/** The pre-commit section lives in bench/precommit.mjs: `scan --staged` on 10,000 files vs `node -e 0`. */
async function runPrecommitBench(opts, lib) {
  const { precommitBench } = await import('./precommit.mjs');
  if (!(await precommitBench({ WORK, CLI, lib, opts, median, printTable }))) {
    console.log('bench: the staged token was not found');
    process.exitCode = 1;
  }
}

/**
 * The history section lives in bench/history.mjs; it borrows this file's content generator. Without
 * --history-repo it runs three times: on the generated repository of small files with planted secrets
 * (3,000 commits), on the same generator at scale (SCALE_COMMITS; --no-scale-history skips it), then on
 * a history of large real source files with small edits (bench/gen-large-history.mjs, generated once
 * into bench/.work/history-large), where git's diffing — the patch-based floor — costs most.
 */
async function runHistoryBench(opts, lib) {
  const { historyBench } = await import('./history.mjs');
  const shared = { WORK, CLI, lib, opts, makeRng, makeVocab, RENDER, median, printTable };
  const planted = async (extra) => {
    if (await historyBench({ ...shared, ...extra })) return;
    console.log('bench: some planted secrets were not reported at the right commit');
    process.exitCode = 1;
  };
  await planted({});
  if (opts.historyRepo === undefined && opts.scaleHistory) await planted({ commits: SCALE_COMMITS });
  if (opts.historyRepo !== undefined || opts.largeHistory === false) return;
  const large = join(WORK, 'history-large');
  if (!existsSync(join(large, '.git', 'HEAD'))) {
    console.log(`\nhistory: generating ${large} (large real source files, small edits) …`);
    const g = spawnSync(process.execPath, [join(HERE, 'gen-large-history.mjs'), large], { stdio: 'inherit' });
    if (g.status !== 0) {
      console.log('bench: could not generate the large-file history');
      process.exitCode = 1;
      return;
    }
  }
  console.log('');
  await historyBench({ ...shared, opts: { ...opts, historyRepo: large } });
}

/** The generated history at scale: the size of the repository the issue's measurements were taken on (11,600 commits). */
const SCALE_COMMITS = 12_000;

function rel(p) {
  return p.startsWith(ROOT + '/') ? p.slice(ROOT.length + 1) : p;
}

function printTable(head, rows) {
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exit(2);
});
