/**
 * "No scan can hang", as a test.
 *
 * 1. Every built-in rule runs, alone and through the whole engine (prefilter → regex → entropy →
 *    checksum → allowlists → decode pass), on adversarial text built from its own regex: the literal
 *    prefix followed by long runs of what each repeat consumes, the runs without the prefix, the
 *    keyword repeated, near-miss tokens back to back (sampled and random), whitespace runs, a random
 *    soup of its characters.
 *    All of them are segments of one line, timed at 256 KB and (unless that took under 5 ms) 64 KB and
 *    1 MB: 4× the input must cost less than 8× the time (quadratic is 16×), 1 MB at most 2 s. Each
 *    input alone is also timed at 64 KB, and measured at 256 KB and 1 MB when it is not cheap there.
 * 2. The same guarantee for classic catastrophic patterns a user might put in a config.
 * 3. Work that sees the whole text: the decode pass, many findings on one line, every rule at once.
 * 4. Unit tests for the analysis that picks V8's backtracking engine.
 *
 * The timing runs in a worker thread (this file, bundled with esbuild): a scan that really hangs is
 * killed after 4 s and reported as a failure instead of hanging the test run. Set
 * LEAKWARD_REDOS_VERBOSE=1 to print every timing.
 */
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import regjsparser, { type RootNode } from 'regjsparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRule, compileRuleSet } from '../../src/engine/compile.js';
import { createDetector } from '../../src/engine/detect.js';
import { analyzeRegex } from '../../src/engine/regex/analyze.js';
import { MAX_BACKTRACK_WAYS } from '../../src/engine/regex/matcher.js';
// The timing worker bundles this file: load the linear engine statically there too (test/setup.ts does
// it for the main thread).
import '../../src/engine/regex/linear.js';
import { translateRe2 } from '../../src/engine/regex/translate.js';
import { RuleError } from '../../src/errors.js';
import { builtinRulesDir, loadRulesDir } from '../../src/rules/load.js';
import { expandExample } from '../../src/rules/templates.js';
import type { Allowlist, Rule, RuleSet } from '../../src/types.js';

// ───────────────────────────────────────────────────────────── limits

const KB = 1024;
const MB = 1024 * KB;
/** Built-in rules: screened at 256 KB; when that is not trivially fast, 64 KB → 256 KB → 1 MB. */
const RULE_SIZES = [64 * KB, 256 * KB, MB];
const RULE_SCREEN = 256 * KB;
/** Engine and user-rule cases climb a ladder, so a blow-up fails on a small input, not after minutes. */
const LADDER = [16 * KB, 64 * KB, 256 * KB, MB];
/**
 * A measurement over budget is measured again (twice at most) before it fails: other processes on a
 * busy machine can slow one run down several times, while catastrophic backtracking fails every time.
 */
const RETRIES = 2;

/** 1 MB of one line must scan within this; smaller inputs get the same budget per byte. */
const BOUND_MS = 2000;
const budgetMs = (n: number): number => Math.max(50, (BOUND_MS * n) / MB);
/** Below this at 256 KB, linearity is moot. */
const TINY_MS = 5;
/** For 4× the input: linear is 4×, quadratic 16×. */
const MAX_RATIO = 8;
/** Ratios between runs this short are noise (timer, GC, the linear engine switching strategy at 64 KB). */
const RATIO_FLOOR_MS = 100;
/** One scan running this long is over any budget: the worker is killed and the input reported. */
const RUN_TIMEOUT_MS = 2 * BOUND_MS;
/** No job may take longer than this, whatever it reports. */
const JOB_TIMEOUT_MS = 45_000;

// ───────────────────────────────────────────────────────────── measuring

interface SizeTiming {
  n: number;
  /** Milliseconds of each run. */
  runs: number[];
  /** The time that counts: the fastest run below the largest size (the least disturbed baseline), the
   * only run at the largest size when it passes, else the median of three. */
  ms: number;
  /** Findings plus suppressions, so a reader can tell matching from scanning. */
  hits: number;
}

interface Measurement {
  label: string;
  sizes: SizeTiming[];
  /** Set when the guarantee does not hold: what, at which size, how long. */
  failure?: string;
  /** One input alone, timed once at 64 KB: shown to name the costliest inputs when something fails. */
  ranking?: boolean;
}

type Scan = (text: string) => number;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1]!;
};
const fmtN = (n: number): string => (n >= MB ? `${n / MB} MB` : `${n / KB} KB`);
const fmtMs = (t: number): string => (t >= 100 ? t.toFixed(0) : t.toFixed(1));

/** Called before every scan (the worker tells the main thread, whose watchdog then restarts). */
let beforeRun: (n: number) => void = () => {};

function timeRuns(scan: Scan, text: string, runs: number, t: SizeTiming = { n: text.length, runs: [], ms: 0, hits: 0 }): SizeTiming {
  for (let r = 0; r < runs; r++) {
    beforeRun(text.length);
    const t0 = performance.now();
    t.hits = scan(text);
    t.runs.push(performance.now() - t0);
  }
  return t;
}

/**
 * Times `scan` on `make(n)` for each size, smallest first, and fails as soon as one is over budget or
 * grew super-linearly from the size before, so a blow-up costs one run, not minutes.
 * `screen`: a size to try once first; when that is under TINY_MS nothing more is measured.
 */
function measure(
  label: string,
  scan: Scan,
  make: (n: number) => string,
  sizes: number[],
  { screen, warm = 4 * KB }: { screen?: number; warm?: number } = {},
): Measurement {
  const out: Measurement = { label, sizes: [] };
  const texts = new Map<number, string>();
  const text = (n: number): string => {
    let t = texts.get(n);
    if (t === undefined) texts.set(n, (t = make(n)));
    return t;
  };
  timeRuns(scan, make(warm), 2); // compile the matchers, warm the JIT
  let screened: SizeTiming | undefined;
  if (screen !== undefined) {
    screened = timeRuns(scan, text(screen), 1);
    screened.ms = screened.runs[0]!;
    if (screened.ms <= TINY_MS) {
      out.sizes.push(screened);
      return out;
    }
  }
  for (let i = 0; i < sizes.length; i++) {
    const n = sizes[i]!;
    const last = i === sizes.length - 1;
    const t: SizeTiming = n === screen && screened ? screened : { n, runs: [], ms: 0, hits: 0 };
    if (t.runs.length === 0) timeRuns(scan, text(n), 1, t);
    if (t.runs[0]! > budgetMs(n) * 4) {
      // Far over budget: one run says enough.
      t.ms = t.runs[0]!;
    } else {
      const over = (): boolean => t.runs[0]! > budgetMs(n) || (i > 0 && t.runs[0]! / out.sizes[i - 1]!.ms > MAX_RATIO * (n / sizes[i - 1]! / 4));
      if (!last || over()) timeRuns(scan, text(n), 3 - t.runs.length, t);
      t.ms = last && t.runs.length === 1 ? t.runs[0]! : last ? median(t.runs) : Math.min(...t.runs);
    }
    out.sizes.push(t);
    if (t.ms > budgetMs(n)) {
      out.failure = `took ${fmtMs(t.ms)} ms on ${fmtN(n)} (budget ${fmtMs(budgetMs(n))} ms: ${BOUND_MS} ms per MB)`;
      return out;
    }
    const prev = out.sizes[i - 1];
    const limit = MAX_RATIO * (n / (prev?.n ?? n) / 4);
    if (prev && t.ms >= RATIO_FLOOR_MS && t.ms / prev.ms > limit) {
      // Confirm before failing: a GC pause or a busy core can fake one bad ratio.
      const small = timeRuns(scan, text(prev.n), 5);
      const large = timeRuns(scan, text(n), 5);
      small.ms = median(small.runs);
      large.ms = median(large.runs);
      out.sizes[i - 1] = small;
      out.sizes[i] = large;
      if (large.ms >= RATIO_FLOOR_MS && large.ms / small.ms > limit) {
        out.failure = `super-linear: ${fmtN(prev.n)} ${fmtMs(small.ms)} ms → ${fmtN(n)} ${fmtMs(large.ms)} ms (×${(large.ms / small.ms).toFixed(1)} for ×${n / prev.n} the input)`;
        return out;
      }
    }
  }
  return out;
}

// ───────────────────────────────────────────────────────────── adversarial text from a regex

type Node = RootNode<{ namedGroups: true; lookbehind: true }>;

/** Characters tried, in order, when a class needs representatives. */
const CANDIDATES = (() => {
  const first = ['a', 'A', '0', '_', '-', '.', '/', '+', '=', ' ', ':', '"', "'", '\t', 'x', 'Z', '9', '!', '@', '~'];
  const rest: string[] = [];
  for (let c = 32; c < 127; c++) rest.push(String.fromCharCode(c));
  return [...new Set([...first, ...rest, '\r', '\n', '\u00e9', '\u2028'])];
})();
const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);

interface Repeat {
  /** Text a match has before this repeat (its literal prefix and samples of what comes between). */
  prefix: string;
  /** One iteration of the body, with different characters where the body is a class. */
  units: string[];
  max: number;
}

interface Shape {
  repeats: Repeat[];
  /** Sample matches: every repeat at its minimum count, and at its maximum (capped). */
  witnesses: string[];
  /** Representatives of every class in the regex. */
  chars: string[];
}

/** Walks the regex's syntax tree to sample what it matches and what each repeat consumes. */
function shapeOf(pattern: string): Shape | undefined {
  const t = translateRe2(pattern);
  if (t.source === undefined) return undefined;
  let ast: Node;
  try {
    ast = regjsparser.parse(t.source, t.flags, { namedGroups: true, lookbehind: true }) as Node;
  } catch {
    return undefined;
  }
  const testFlags = t.flags.replace(/[^is]/g, '');
  const repCache = new Map<string, string[]>();
  /** Up to three characters the atom matches: the first candidate, an alphanumeric one, a symbol. */
  const reps = (n: Node): string[] => {
    if (n.type === 'value') return [String.fromCodePoint(n.codePoint)];
    const cached = repCache.get(n.raw);
    if (cached) return cached;
    const re = new RegExp(`^(?:${n.raw})$`, testFlags);
    const ok = CANDIDATES.filter((c) => re.test(c));
    const picks = [ok[0], ok.find(isAlnum), ok.find((c) => !isAlnum(c) && c > ' '), ok.find((c) => c <= ' ')];
    const out = [...new Set(picks.filter((c): c is string => c !== undefined))].slice(0, 3);
    repCache.set(n.raw, out);
    return out;
  };
  const chars = new Set<string>();
  const repeats: Repeat[] = [];
  const seen = new Set<string>();
  const LIMIT = 20_000;

  /** Appends a sample of `n` to `prefix`. `record`: note each repeat reached, with its prefix. */
  const gen = (n: Node, prefix: string, mode: 'min' | 'max', record: boolean): string => {
    if (prefix.length > LIMIT) return prefix;
    switch (n.type) {
      case 'value':
        return prefix + String.fromCodePoint(n.codePoint);
      case 'dot':
      case 'characterClass':
      case 'characterClassEscape': {
        const r = reps(n);
        r.forEach((c) => chars.add(c));
        return prefix + (r[0] ?? '');
      }
      case 'anchor':
      case 'reference':
        return prefix;
      case 'alternative':
        return n.body.reduce((p, c) => gen(c, p, mode, record), prefix);
      case 'group':
        if (n.behavior !== 'normal' && n.behavior !== 'ignore') return prefix;
        return n.body.reduce((p, c) => gen(c, p, mode, record), prefix);
      case 'disjunction': {
        // Every alternative is explored for its repeats; the first one continues the sample.
        for (const alt of n.body.slice(1)) gen(alt, prefix, mode, record);
        return gen(n.body[0]!, prefix, mode, record);
      }
      case 'quantifier': {
        const body = n.body[0];
        const max = n.max ?? n.min + 300;
        if (record) {
          const units =
            body.type === 'characterClass' || body.type === 'characterClassEscape' || body.type === 'dot'
              ? reps(body)
              : [gen(body, '', 'min', false)];
          for (const u of units.filter((x) => x.length > 0)) {
            const key = `${prefix}\0${u}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const existing = repeats.find((r) => r.prefix === prefix && r.max === max);
            if (existing) existing.units.push(u);
            else repeats.push({ prefix, units: [u], max });
          }
        }
        const count = mode === 'min' ? n.min : Math.min(max, n.min + 1000);
        // An optional body still has repeats worth attacking: note them even when the sample skips it.
        if (record && count === 0) gen(body, prefix, mode, true);
        let out = prefix;
        for (let k = 0; k < count && out.length <= LIMIT; k++) out = gen(body, out, mode, record && k === 0);
        return out;
      }
      default:
        return prefix;
    }
  };
  const wMin = gen(ast, '', 'min', true);
  const wMax = gen(ast, '', 'max', false);
  return { repeats, witnesses: [...new Set([wMin, wMax])].filter((w) => w.length > 0), chars: [...chars] };
}

/** `head`, then `unit` repeated, then `tail`: exactly `n` characters (the tail always survives). */
function fill(head: string, unit: string, tail: string, n: number): string {
  const u = unit.length > 0 ? unit : ' ';
  const body = Math.max(0, n - head.length - tail.length);
  return (head + u.repeat(Math.ceil(body / u.length))).slice(0, n - tail.length) + tail;
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a seed from a rule id, so every run draws the same text. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Input {
  label: string;
  make: (n: number) => string;
}

/** Every adversarial text for one rule. Each contains a keyword, so the prefilter lets the rule run. */
function adversarialInputs(rule: Rule): Input[] {
  const shape = rule.regex !== undefined ? shapeOf(rule.regex) : undefined;
  const kws = rule.keywords.map((k) => k.toLowerCase());
  const hasKw = (s: string): boolean => kws.length === 0 || kws.some((k) => s.toLowerCase().includes(k));
  // The keyword as the regex writes it (case and all), else as listed.
  const sample = shape?.witnesses[0] ?? '';
  const found = kws.find((k) => sample.toLowerCase().includes(k));
  const kw = found ? sample.substr(sample.toLowerCase().indexOf(found), found.length) : (rule.keywords[0] ?? 'a');
  const tailFor = (head: string): string => (hasKw(head) ? '' : ` ${kw}`);
  const inputs: Input[] = [];
  const add = (label: string, make: (n: number) => string): void => {
    if (inputs.some((i) => i.label === label)) return;
    inputs.push({ label, make });
  };
  const show = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);

  if (shape) {
    // The literal prefix (and whatever a match has before the repeat), then a long run of the body.
    const repeats = [...shape.repeats].sort((a, b) => b.max - a.max).slice(0, 8);
    for (const r of repeats) {
      for (const u of r.units.slice(0, 2)) {
        const tail = tailFor(r.prefix);
        add(`${show(r.prefix)} + ${show(u)}×`, (n) => fill(r.prefix, u, tail, n));
      }
    }
    // The same runs with no prefix: every start position is a candidate; the keyword comes last.
    const units = [...new Set(repeats.flatMap((r) => r.units))].slice(0, 4);
    for (const u of units) add(`${show(u)}× + keyword`, (n) => fill('', u, ` ${kw}`, n));
    // Near misses back to back: a sample match cut short, so every copy starts a match that fails late.
    for (const w of shape.witnesses) {
      if (w.length > 1) add(`(${show(w.slice(0, -1))})×`, (n) => fill('', w.slice(0, -1), tailFor(w), n));
      if (w.length > 3) {
        const half = w.slice(0, Math.ceil(w.length / 2));
        add(`(${show(half)})×`, (n) => fill('', half, tailFor(half), n));
      }
    }
    // Random near misses: what a match has before some repeat, then a short random tail of body and
    // regex characters; each repeated back to back. (A random search finds costlier inputs than the
    // samples above for the generic rules; six fixed draws per rule keep some of that reach.)
    const draw = rng(hash(rule.id));
    const bodyChars = [...new Set([...shape.chars, ...repeats.flatMap((r) => r.units)])];
    for (let k = 0; k < 6 && repeats.length > 0; k++) {
      const r = repeats[Math.floor(draw() * repeats.length)]!;
      let unit = r.prefix;
      for (let j = Math.floor(draw() * 40); j > 0; j--) {
        unit += draw() < 0.5 ? r.units[0]! : bodyChars[Math.floor(draw() * bodyChars.length)]!;
      }
      if (unit.length > 0) add(`random (${show(unit)})×`, (n) => fill('', unit, tailFor(unit), n));
    }
    // Random text from the regex's own characters, with the keyword every few dozen characters.
    const alphabet = [...new Set([...shape.chars, ...kw])];
    add('soup of the regex characters + keywords', (n) => {
      const next = rng(n ^ 0x5eed);
      const parts: string[] = [];
      let len = 0;
      while (len < n) {
        const k = 8 + Math.floor(next() * 80);
        let s = '';
        for (let j = 0; j < k; j++) s += alphabet[Math.floor(next() * alphabet.length)];
        s += kw;
        parts.push(s);
        len += s.length;
      }
      return parts.join('').slice(0, n - kw.length) + kw;
    });
  }
  add('keyword×', (n) => fill('', kw, '', n));
  add('keyword + spaces', (n) => fill(kw, ' ', '', n));
  add('keyword= + tabs and spaces', (n) => fill(`${kw}=`, ' \t', '', n));
  add('keyword: + quotes', (n) => fill(`${kw}:`, `"'`, '', n));
  add('keyword + A0×', (n) => fill(kw, 'A0', '', n));
  // Last, as it breaks the line: whitespace runs across lines.
  add('keyword + blank lines', (n) => fill(kw, ' \t\r\n', '', n));
  // Every input must reach the rule through the keyword prefilter.
  return inputs.map((i) => ({
    label: i.label,
    make: (n) => {
      const s = i.make(n);
      return hasKw(s) ? s : s.slice(0, n - kw.length - 1) + ` ${kw}`;
    },
  }));
}

/** The inputs one after another, each `n / inputs.length` long: one text of exactly `n` characters. */
function combine(inputs: Input[], n: number): string {
  const seg = Math.floor(n / inputs.length);
  return inputs.map((input, k) => input.make(k === inputs.length - 1 ? n - seg * (inputs.length - 1) : seg)).join('');
}

/** A path the rule applies to, for rules that have a `path`. */
function pathFor(rule: Rule, ruleSet: RuleSet): string | undefined {
  const cr = ruleSet.rules[0]!;
  if (!cr.pathMatcher) return 'src/config.txt';
  const shape = shapeOf(rule.path!);
  for (const p of shape?.witnesses ?? []) {
    for (const candidate of [p, `src/${p}`, p.replace(/^\//, '')]) if (cr.pathMatcher.test(candidate)) return candidate;
  }
  return undefined;
}

// ───────────────────────────────────────────────────────────── the cases

function userRule(id: string, regex: string, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    description: `user rule ${id}`,
    regex,
    keywords: [],
    tags: [],
    allowlists: [],
    confidence: 'medium',
    examples: [],
    negatives: [],
    source: { file: 'test' },
    ...extra,
  };
}

/** 50 words, each a prefix or extension of others: every one matches at every `a`. */
const OVERLAPPING_WORDS = Array.from({ length: 50 }, (_, i) => 'a'.repeat(1 + (i % 10)) + 'bcdef'.slice(0, Math.floor(i / 10)));

interface UserCase {
  name: string;
  regex: string;
  /** When it compiles, it must be on the linear engine. */
  linear: boolean;
  inputs: Array<[string, (n: number) => string]>;
}

const a = (n: number): string => 'a'.repeat(n);
const USER_CASES: UserCase[] = [
  { name: 'nested plus', regex: '(a+)+$', linear: true, inputs: [['a×', a], ['a× + !', (n) => `${a(n - 1)}!`]] },
  { name: 'overlapping alternation in a star', regex: '(a|a)*b', linear: true, inputs: [['a×', a], ['b + a×', (n) => `b${a(n - 1)}`]] },
  { name: 'word-space star', regex: '(\\w+\\s?)*$', linear: true, inputs: [['a× + !', (n) => `${a(n - 1)}!`], ['"ab "× + !', (n) => `${fill('', 'ab ', '', n - 1)}!`]] },
  { name: 'anchored nested digits', regex: '^(\\d+)*[a-z]', linear: true, inputs: [['1× + !', (n) => `${'1'.repeat(n - 1)}!`]] },
  {
    name: 'two overlapping bounded classes',
    regex: '[a-z]{0,300}[a-z0-9]{0,300}=',
    linear: true,
    inputs: [['a×', a], ['= + a×', (n) => `=${a(n - 1)}`], ['a× + =', (n) => `${a(n - 1)}=`]],
  },
  { name: 'nested bounded repeats', regex: '(?:[a-z]{1,100}){1,100}x', linear: true, inputs: [['x + a×', (n) => `x${a(n - 1)}`]] },
  { name: 'nested bounded repeats (within RE2 limits)', regex: '(?:[a-z]{1,30}){1,30}x', linear: true, inputs: [['a×', a], ['x + a×', (n) => `x${a(n - 1)}`]] },
  {
    // Bounded, so analysis may accept it for the backtracking engine: ~2000 steps at every start.
    name: 'a long bounded run before a literal',
    regex: '[a-z]{1,1000}x',
    linear: false,
    inputs: [['a×', a]],
  },
  { name: 'dot-star ×3', regex: '.*.*.*=', linear: true, inputs: [['a×', a], ['= + a×', (n) => `=${a(n - 1)}`]] },
  {
    name: 'keyword then a nested dot-star',
    regex: '(?i)(token|secret)\\s*[:=]\\s*(.*)+!',
    linear: true,
    inputs: [
      ['token= + a×', (n) => fill('token=', 'a', '', n)],
      ['TOKEN: + spaces', (n) => fill('TOKEN:', ' ', '', n)],
      ['(token=a)×', (n) => fill('', 'token=a', '', n)],
    ],
  },
  {
    name: '50 overlapping words, repeated',
    regex: `(?:${OVERLAPPING_WORDS.join('|')})+z`,
    linear: true,
    inputs: [['a×', a], ['z + a×', (n) => `z${a(n - 1)}`]],
  },
  {
    name: '50 overlapping words, once',
    regex: `\\b(?:${OVERLAPPING_WORDS.join('|')})\\b`,
    linear: false,
    inputs: [['a×', a], ['("-" + a×15)×', (n) => fill('', `-${a(15)}`, '', n)]],
  },
];

interface EngineCase {
  name: string;
  rules: 'none' | 'builtin' | Rule[];
  allowlists?: Allowlist[];
  make: (n: number) => string;
  /** Size of the warm-up scan: enough to compile every matcher the case uses. */
  warm?: number;
}

const base64Of = (text: string, n: number): string =>
  Buffer.from(text.repeat(Math.ceil((n * 3) / 4 / text.length) + 1)).toString('base64').slice(0, n);
const DEMO = userRule('demo-token', '\\b(demo_[a-z0-9]{20})\\b', { keywords: ['demo_'] });
const DEMO_LINE_ALLOW = userRule('demo-token', '\\b(demo_[a-z0-9]{20})\\b', {
  keywords: ['demo_'],
  allowlists: [{ condition: 'OR', regexTarget: 'line', regexes: ['fixture'], paths: [], stopwords: [], commits: [] }],
});
const demoToken = (i: number): string => `demo_${(i * 2654435761 >>> 0).toString(36).padStart(7, '0')}${'k3q9x2m7v1p5w'}`.slice(0, 25);

const ENGINE_CASES: EngineCase[] = [
  {
    name: 'decode pass: base64 of plain text, one line, no rules',
    rules: 'none',
    make: (n) => base64Of('The quick brown fox 0123456789 jumps over the lazy dog. ', n),
  },
  {
    name: 'decode pass: base64 of keyword-laden text, one line, every built-in rule',
    rules: 'builtin',
    make: (n) => base64Of('password = token secret api_key AKIA ghp_ xoxb- sk_live_ glpat- ', n),
  },
  {
    name: 'many findings on one line',
    rules: [DEMO],
    make: (n) => {
      const parts: string[] = [];
      for (let i = 0, len = 0; len < n; i++) len += (parts[parts.push(`${demoToken(i)} `) - 1]!).length;
      return parts.join('').slice(0, n);
    },
  },
  {
    name: 'many findings on one line, rule allowlist on the line',
    rules: [DEMO_LINE_ALLOW],
    make: (n) => {
      const parts: string[] = [];
      for (let i = 0, len = 0; len < n; i++) len += (parts[parts.push(`${demoToken(i)} `) - 1]!).length;
      return parts.join('').slice(0, n);
    },
  },
  {
    name: 'many findings, one per line',
    rules: [DEMO],
    make: (n) => {
      const parts: string[] = [];
      for (let i = 0, len = 0; len < n; i++) len += (parts[parts.push(`${demoToken(i)}\n`) - 1]!).length;
      return parts.join('').slice(0, n);
    },
  },
  {
    name: 'every built-in rule at once on all their examples, one per line',
    rules: 'builtin',
    warm: 128 * KB,
    make: (n) => {
      const lines = BUILTIN().rules.flatMap((r) => r.examples.map((e) => expandExample(e).text.replace(/\n/g, ' ')));
      return fill('', `${lines.join('\n')}\n`, '', n);
    },
  },
];

let builtinCache: { rules: Rule[]; allowlists: Allowlist[] } | undefined;
/** Built-in rules: read from rules/ in the main thread, handed to the worker. */
function BUILTIN(): { rules: Rule[]; allowlists: Allowlist[] } {
  if (!builtinCache) {
    const wd = workerData as WorkerInput | undefined;
    builtinCache = wd?.leakwardRedos ? wd.builtin : loadRulesDir(builtinRulesDir());
  }
  return builtinCache;
}

// ───────────────────────────────────────────────────────────── the worker

type Job = { kind: 'rule'; index: number } | { kind: 'user'; index: number } | { kind: 'engine'; index: number };

interface JobResult {
  measurements: Measurement[];
  note?: string;
  error?: string;
}

interface WorkerInput {
  leakwardRedos: true;
  builtin: { rules: Rule[]; allowlists: Allowlist[] };
}

type WorkerMessage = { type: 'progress'; label?: string; n?: number } | { type: 'done'; result: JobResult };

function runJob(job: Job, progress: (label: string) => void): JobResult {
  const scanner = (ruleSet: RuleSet, path = 'src/config.txt') => {
    const detector = createDetector(ruleSet);
    return (text: string): number => {
      const r = detector.detect({ text, path, startLine: 1 });
      return r.findings.length + r.suppressed.length;
    };
  };
  const measurements: Measurement[] = [];
  if (job.kind === 'rule') {
    const rule = BUILTIN().rules[job.index]!;
    if (rule.regex === undefined) return { measurements, note: 'path-only rule: no regex to run' };
    const ruleSet = compileRuleSet([rule], [], 'rules/', { builtin: true });
    const path = pathFor(rule, ruleSet);
    if (path === undefined) return { measurements, error: `could not build a path that matches ${rule.path}` };
    const scan = scanner(ruleSet, path);
    const inputs = adversarialInputs(rule);
    // All inputs in one text, each a long segment of it: one measurement of what grows with the whole
    // text or line (and of the rule's cost on average) …
    progress('all inputs in one text');
    measurements.push(measure(`all ${inputs.length} inputs in one text`, scan, (n) => combine(inputs, n), RULE_SIZES, { screen: RULE_SCREEN }));
    // … and each input alone at 64 KB, once: one that costs over a quarter of the budget there is
    // measured alone at 256 KB and 1 MB (in the combined text it is diluted by the others).
    for (const input of inputs) {
      progress(input.label);
      const t = timeRuns(scan, input.make(64 * KB), 1);
      t.ms = t.runs[0]!;
      measurements.push({ label: input.label, sizes: [t], ranking: true });
      if (t.ms > budgetMs(64 * KB) / 4) measurements.push(measure(input.label, scan, input.make, [256 * KB, MB]));
    }
    return { measurements };
  }
  if (job.kind === 'user') {
    const c = USER_CASES[job.index]!;
    const scan = scanner(compileRuleSet([userRule('user', c.regex)]));
    for (const [label, make] of c.inputs) {
      progress(label);
      measurements.push(measure(label, scan, make, LADDER));
    }
    return { measurements };
  }
  const c = ENGINE_CASES[job.index]!;
  const ruleSet =
    c.rules === 'none'
      ? compileRuleSet([])
      : c.rules === 'builtin'
        ? compileRuleSet(BUILTIN().rules, BUILTIN().allowlists, 'rules/', { builtin: true })
        : compileRuleSet(c.rules, c.allowlists ?? []);
  progress(c.name);
  measurements.push(measure(c.name, scanner(ruleSet), c.make, LADDER, { warm: c.warm ?? 4 * KB }));
  return { measurements };
}

const IS_WORKER = !isMainThread && (workerData as WorkerInput | undefined)?.leakwardRedos === true;

if (IS_WORKER) {
  beforeRun = (n) => parentPort!.postMessage({ type: 'progress', n } satisfies WorkerMessage);
  parentPort!.on('message', (job: Job) => {
    let result: JobResult;
    try {
      result = runJob(job, (label) => parentPort!.postMessage({ type: 'progress', label } satisfies WorkerMessage));
    } catch (e) {
      result = { measurements: [], error: (e as Error).stack ?? String(e) };
    }
    parentPort!.postMessage({ type: 'done', result } satisfies WorkerMessage);
  });
}

/** Runs jobs one at a time in a worker; one that does not answer in time is killed and reported. */
class Runner {
  private worker: Worker | undefined;
  private bundle: URL | undefined;

  /** Bundles this file for the worker (vitest stubbed out), as a data: URL: nothing to clean up. */
  async start(): Promise<void> {
    const { build } = await import('esbuild');
    const res = await build({
      entryPoints: [fileURLToPath(import.meta.url)],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
      external: ['esbuild'],
      plugins: [
        {
          name: 'no-vitest-in-the-worker',
          setup(b) {
            b.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stub' }));
            b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
              contents: 'const no = () => {}; export { no as describe, no as it, no as expect, no as beforeAll, no as afterAll };',
              loader: 'js',
            }));
          },
        },
      ],
    });
    this.bundle = new URL(`data:text/javascript;base64,${Buffer.from(res.outputFiles[0]!.text).toString('base64')}`);
  }

  private spawn(): Worker {
    const input: WorkerInput = { leakwardRedos: true, builtin: BUILTIN() };
    this.worker = new Worker(this.bundle!, { workerData: input });
    this.worker.unref();
    return this.worker;
  }

  run(job: Job): Promise<JobResult> {
    const w = this.worker ?? this.spawn();
    return new Promise((resolve) => {
      let label = '(starting)';
      let size = 0;
      const finish = (r: JobResult): void => {
        clearTimeout(runTimer);
        clearTimeout(jobTimer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(r);
      };
      const kill = (why: string): void => {
        void w.terminate();
        this.worker = undefined;
        finish({ measurements: [], error: `${label}${size ? ` at ${fmtN(size)}` : ''}: ${why} (worker terminated)` });
      };
      let runTimer = setTimeout(() => kill(`no answer within ${RUN_TIMEOUT_MS / 1000} s`), RUN_TIMEOUT_MS);
      const jobTimer = setTimeout(() => kill(`the whole job took over ${JOB_TIMEOUT_MS / 1000} s`), JOB_TIMEOUT_MS);
      const onMessage = (m: WorkerMessage): void => {
        if (m.type === 'done') return finish(m.result);
        if (m.label !== undefined) label = m.label;
        if (m.n !== undefined) size = m.n;
        clearTimeout(runTimer);
        runTimer = setTimeout(() => kill(`one scan ran over ${RUN_TIMEOUT_MS / 1000} s: it hangs`), RUN_TIMEOUT_MS);
      };
      const onError = (e: Error): void => {
        this.worker = undefined;
        finish({ measurements: [], error: `worker crashed on ${label}: ${e.stack ?? e.message}` });
      };
      const onExit = (code: number): void => {
        this.worker = undefined;
        finish({ measurements: [], error: `worker exited (code ${code}) on ${label}` });
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(job);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
  }
}

// ───────────────────────────────────────────────────────────── the tests

function describeMeasurement(m: Measurement): string {
  const sizes = m.sizes.map((s) => `${fmtN(s.n)} ${fmtMs(s.ms)} ms (${s.hits} hits)`).join(', ');
  return `${m.label}: ${m.failure ?? 'ok'} [${sizes}]`;
}

const lastMs = (m: Measurement): number => {
  const s = m.sizes[m.sizes.length - 1];
  return s ? (s.ms * MB) / s.n : 0;
};

/** What failed, and then which inputs cost most alone at 64 KB. */
function failures(r: JobResult): string[] {
  const out = [...(r.error ? [r.error] : []), ...r.measurements.filter((m) => m.failure).map(describeMeasurement)];
  if (out.length === 0) return out;
  const alone = r.measurements.filter((m) => m.ranking).sort((x, y) => lastMs(y) - lastMs(x)).slice(0, 3);
  return [...out, ...alone.map((m) => `  costliest alone: ${describeMeasurement(m)}`)];
}

if (!IS_WORKER) {
  const runner = new Runner();
  const slowest: Array<{ what: string; m: Measurement }> = [];
  const outcomes: string[] = [];
  const keep = (what: string, r: JobResult): void => {
    for (const m of r.measurements.filter((x) => !x.ranking)) slowest.push({ what, m });
    if (process.env.LEAKWARD_REDOS_VERBOSE) console.log([what, ...r.measurements.map((m) => `  ${describeMeasurement(m)}`)].join('\n'));
  };

  beforeAll(async () => {
    await runner.start();
  });
  afterAll(async () => {
    await runner.stop();
    const top = slowest
      .filter((s) => s.m.sizes.length > 0)
      .sort((x, y) => lastMs(y.m) - lastMs(x.m))
      .slice(0, 12);
    console.log(
      `slowest inputs (ms per size):\n${top.map((s) => `  ${s.what} — ${describeMeasurement(s.m)}`).join('\n')}\n` +
        `user rules:\n${outcomes.map((o) => `  ${o}`).join('\n')}`,
    );
  });

  describe('built-in rules scan adversarial input in linear time', () => {
    const { rules } = BUILTIN();
    rules.forEach((rule, index) => {
      it(rule.id, { timeout: JOB_TIMEOUT_MS + 5_000, retry: RETRIES }, async () => {
        const r = await runner.run({ kind: 'rule', index });
        keep(rule.id, r);
        expect(failures(r), `${rule.id} /${rule.regex ?? ''}/`).toEqual([]);
      });
    });
  });

  describe('user rules with catastrophic patterns', () => {
    USER_CASES.forEach((c, index) => {
      it(`${c.name}: /${c.regex.length > 60 ? `${c.regex.slice(0, 57)}...` : c.regex}/`, { timeout: JOB_TIMEOUT_MS + 5_000, retry: RETRIES }, async () => {
        // Either refused when the config loads, saying which rule and why (then nothing can hang) …
        let engine: string;
        try {
          engine = compileRule(userRule('user-rule', c.regex)).matcher!.engine;
        } catch (e) {
          expect(e).toBeInstanceOf(RuleError);
          expect((e as Error).message).toMatch(/user-rule/);
          outcomes.push(`${c.name}: refused (${(e as Error).message.split('\n')[0]!.slice(0, 120)})`);
          return;
        }
        // … or compiled, on the linear engine when backtracking could blow up, and then fast.
        if (c.linear) expect(engine).toBe('linear');
        outcomes.push(`${c.name}: ${engine} engine`);
        const r = await runner.run({ kind: 'user', index });
        keep(`user ${c.name}`, r);
        expect(failures(r)).toEqual([]);
      });
    });
  });

  describe('engine passes that see the whole text', () => {
    ENGINE_CASES.forEach((c, index) => {
      it(c.name, { timeout: JOB_TIMEOUT_MS + 5_000, retry: RETRIES }, async () => {
        const r = await runner.run({ kind: 'engine', index });
        keep(c.name, r);
        expect(failures(r)).toEqual([]);
      });
    });
  });

  describe('adversarial inputs', () => {
    it('carry the rule keyword and reach deep into the regex', () => {
      const rule = BUILTIN().rules.find((r) => r.regex?.includes('glpat-') && r.regex.includes('{20}'));
      const inputs = adversarialInputs(rule ?? userRule('gl', '\\b(glpat-[\\w-]{20})(?:[^\\w-]|$)', { keywords: ['glpat-'] }));
      const texts = inputs.map((i) => i.make(4096));
      expect(texts.every((t) => t.length === 4096)).toBe(true);
      expect(texts.every((t) => t.toLowerCase().includes('glpat-'))).toBe(true);
      // The prefix then a run of the body; a near-miss token back to back.
      expect(texts).toContain(fill('glpat-', 'a', '', 4096));
      expect(texts.some((t) => t.startsWith(`glpat-${'a'.repeat(20)}glpat-${'a'.repeat(20)}glpat-`))).toBe(true);
      // Combined, they make one text of exactly the size asked for, with every segment in it.
      const all = combine(inputs, 64 * KB);
      expect(all).toHaveLength(64 * KB);
      expect(all).toContain(inputs[0]!.make(Math.floor((64 * KB) / inputs.length)));
    });
  });

  describe('analyzeRegex', () => {
    const analyze = (re2: string) => {
      const t = translateRe2(re2);
      return analyzeRegex(t.source!, t.flags);
    };
    /** Steps per input character, as the engine choice sees it. */
    const perChar = (re2: string): number => {
      const r = analyze(re2) as ReturnType<typeof analyzeRegex> & { prefixPeriod?: number };
      return r.ways / (r.prefixPeriod ?? 1);
    };

    it('bounds simple token regexes tightly', () => {
      for (const re of [
        '\\b(ghp_[A-Za-z0-9]{36})\\b',
        '\\b(glpat-[\\w-]{20})(?:[^\\w-]|$)',
        '\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b',
        '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        '(?i)\\b(xoxe-\\d-[A-Z0-9]{146})\\b',
      ]) {
        const r = analyze(re);
        expect(r.unbounded, re).toBe(false);
        expect(r.unsupported, re).toBeUndefined();
        expect(r.ways, re).toBeLessThanOrEqual(1000);
      }
    });

    it('adds, not multiplies, a greedy repeat that cannot run into what follows', () => {
      // [a-z] then [0-9]: each shorter count fails on its first character.
      const disjoint = analyze('[a-z]{1,200}[0-9]{1,200}x').ways;
      // [a-z] then [a-z0-9]: every split of the run is a path.
      const overlapping = analyze('[a-z]{1,200}[a-z0-9]{1,200}x').ways;
      expect(disjoint).toBeLessThan(5000);
      expect(overlapping).toBeGreaterThan(200 * 200);
    });

    it('folds case under (?i): [a-z] then [A-Z] overlap', () => {
      expect(analyze('[a-z]{1,200}[A-Z]{1,200}x').ways).toBeLessThan(5000);
      expect(analyze('(?i)[a-z]{1,200}[A-Z]{1,200}x').ways).toBeGreaterThan(200 * 200);
    });

    it('reports unbounded repetition', () => {
      for (const re of ['a+', 'a*', 'a{2,}', '(?:ab)+c', 'x(?:[a-z]{1,5})*y', 'token\\s*=\\s*(\\S{8,})']) {
        const r = analyze(re);
        expect(r.unbounded, re).toBe(true);
        expect(r.ways, re).toBe(Infinity);
      }
    });

    it('flags nested and overlapping repeats as too costly for the backtracking engine', () => {
      for (const re of [
        '(a+)+$',
        '(a|a)*b',
        '(\\w+\\s?)*$',
        '^(\\d+)*[a-z]',
        '[a-z]{0,300}[a-z0-9]{0,300}=',
        '(?:[a-z]{1,100}){1,100}x',
        '(?:[a-z]{1,30}){1,30}x',
        '(?:a{1,10}){1,10}',
        '(a|a){1,30}b',
        '(?:\\w{1,5}\\s?){1,50}$',
        '.*.*.*=',
        '(?i)(token|secret)\\s*[:=]\\s*(.*)+!',
        `(?:${OVERLAPPING_WORDS.join('|')}){1,20}z`,
        `(?:${OVERLAPPING_WORDS.join('|')})+z`,
      ]) {
        expect(perChar(re), re).toBeGreaterThan(MAX_BACKTRACK_WAYS);
      }
    });

    it('lets a single overlapping alternation through: it is tried once per position', () => {
      const r = analyze(`\\b(?:${OVERLAPPING_WORDS.join('|')})\\b`);
      expect(r.unbounded).toBe(false);
      expect(r.ways).toBeLessThanOrEqual(MAX_BACKTRACK_WAYS);
    });

    it('marks look-around and back-references unsupported', () => {
      for (const [re, what] of [
        ['(?=a)b', 'look-around'],
        ['(?!a)b', 'look-around'],
        ['x(?<=a)b', 'look-around'],
        ['x(?<!a)b', 'look-around'],
        ['(a)\\1', 'back-references'],
        ['(?<n>a)\\k<n>', 'back-references'],
      ] as const) {
        expect(analyze(re).unsupported, re).toBe(what);
      }
    });
  });
}
