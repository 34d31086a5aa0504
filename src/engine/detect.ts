/**
 * The engine: Fragment in, findings and suppressions out. Pure — no I/O, no clock, no globals.
 *
 *   keyword prefilter → regex → secret group → entropy → checksum → structure
 *   → global allowlists → rule allowlists → inline comments → (decode pass, recursively) → composite rules
 */
import type {
  CompiledRule,
  Confidence,
  DetectResult,
  Finding,
  Fragment,
  Match,
  RuleSet,
  Suppression,
  SuppressionKind,
} from '../types.js';
import { allowlisted } from './allowlist.js';
import { verifyChecksum } from './checksum.js';
import { applyComposite, hasComposite } from './composite.js';
import { findEncodedSegments, type EncodedSegment } from './decode.js';
import { shannonEntropy } from './entropy.js';
import { fingerprint } from './fingerprint.js';
import { inlineAllowed } from './inline.js';
import { LineIndex } from './location.js';
import { buildPrefilter, prefilterFromData, type Prefilter } from './prefilter.js';
import { decodeStructure } from './structure.js';

export interface DetectOptions {
  /** How many nested encodings to look through (base64 inside base64 …). Default 2. */
  decodeDepth?: number;
}

/**
 * Suppressed candidates one Fragment keeps, at most; past this they are only counted (`overflow`): a
 * generated file of `password="xxxxxxxxxxxxxxxxxxxx"` lines made 500,000 of them, 620 MB.
 */
const MAX_SUPPRESSED = 10_000;

/** Characters of the line kept on each side of decoded text when it is scanned again. */
const DECODE_CONTEXT = 256;

const LEVELS: Confidence[] = ['low', 'medium', 'high'];
const raise = (c: Confidence): Confidence => LEVELS[Math.min(2, LEVELS.indexOf(c) + 1)]!;

export interface Detector {
  readonly ruleSet: RuleSet;
  detect(fragment: Fragment, options?: DetectOptions): DetectResult;
}

/** The distinct keywords of a rule set, which rules each one triggers, and the rules without any. */
export function indexKeywords(rules: RuleSet['rules']): { keywords: string[]; keywordRules: number[][]; alwaysRun: number[] } {
  const keywords: string[] = [];
  const keywordRules: number[][] = [];
  const alwaysRun: number[] = [];
  const index = new Map<string, number>();
  rules.forEach((r, i) => {
    if (!r.matcher && !r.pathMatcher) return;
    if (r.rule.keywords.length === 0) {
      alwaysRun.push(i);
      return;
    }
    for (const kw of r.rule.keywords) {
      const k = kw.toLowerCase();
      let id = index.get(k);
      if (id === undefined) {
        id = keywords.length;
        index.set(k, id);
        keywords.push(k);
        keywordRules.push([]);
      }
      keywordRules[id]!.push(i);
    }
  });
  return { keywords, keywordRules, alwaysRun };
}

/** What a Fragment says of its commit. */
type CommitFields = Pick<Fragment, 'commit' | 'author' | 'email' | 'date' | 'message'>;

/**
 * A Fragment in one fixed shape (every field present, some undefined). The engine thread builds its
 * Fragments this way and so does the decode pass, so detect() only ever meets one object shape there:
 * a second shape made V8 throw its optimised code away and compile it again, twice per scan.
 */
export function engineFragment(text: string, path: string, startLine: number, c: CommitFields = {}): Fragment {
  return { text, path, startLine, commit: c.commit, author: c.author, email: c.email, date: c.date, message: c.message };
}

export function createDetector(ruleSet: RuleSet): Detector {
  const indexed = indexKeywords(ruleSet.rules);
  const { keywords, alwaysRun } = indexed;
  let keywordRules = indexed.keywordRules;
  const composite = hasComposite(ruleSet.rules.map((r) => r.rule)) ? new Map(ruleSet.rules.map((r) => [r.rule.id, r.rule])) : undefined;
  // Built-in rules ship their automaton precompiled; any other keyword list gets its own.
  const shipped = ruleSet.prefilter;
  let prefilter: Prefilter;
  const shippedIds = shipped ? new Map(shipped.keywords.map((k, i) => [k, i])) : undefined;
  if (shipped && keywords.every((k) => shippedIds!.has(k))) {
    // Every keyword is in the shipped automaton (a config that disables rules or adds allowlists only):
    // reuse it, with its keyword ids mapped to this rule set's rules; unused keywords trigger nothing.
    prefilter = prefilterFromData(shipped);
    const byShippedId: number[][] = shipped.keywords.map(() => []);
    keywords.forEach((k, i) => {
      byShippedId[shippedIds!.get(k)!] = keywordRules[i]!;
    });
    keywordRules = byShippedId;
  } else prefilter = buildPrefilter(keywords);

  const ruleCount = ruleSet.rules.length;
  // Per-rule scratch, reused by every call: -1 in `first` marks a rule no keyword has triggered yet.
  const first = new Int32Array(ruleCount).fill(-1);
  const last = new Int32Array(ruleCount);
  const triggered: number[] = [];

  /**
   * The rules that can match, each with the part of the text its matches must lie in, in rule order.
   * Work follows the keywords found, not the size of the rule set: most Fragments hold few keywords.
   */
  const candidates = (text: string): Array<{ ri: number; from: number; to: number }> => {
    const hits = prefilter.scan(text);
    triggered.length = 0;
    for (let j = 0; j < hits.count; j++) {
      const k = hits.ids[j]!;
      const fe = hits.firstEnd[k]!;
      const le = hits.lastEnd[k]!;
      for (const r of keywordRules[k]!) {
        if (first[r] === -1) {
          first[r] = fe;
          last[r] = le;
          triggered.push(r);
        } else {
          if (fe < first[r]!) first[r] = fe;
          if (le > last[r]!) last[r] = le;
        }
      }
    }
    triggered.sort((a, b) => a - b);
    // Rules without keywords always run; they are never triggered, so the two sorted lists merge.
    const out: Array<{ ri: number; from: number; to: number }> = [];
    let a = 0;
    for (let t = 0; t <= triggered.length; t++) {
      const ri = t < triggered.length ? triggered[t]! : ruleCount;
      while (a < alwaysRun.length && alwaysRun[a]! < ri) out.push({ ri: alwaysRun[a++]!, from: 0, to: text.length });
      if (ri === ruleCount) break;
      const w = ruleSet.rules[ri]!.window;
      out.push(
        w === undefined
          ? { ri, from: 0, to: text.length }
          : { ri, from: Math.max(0, first[ri]! - w), to: Math.min(text.length, last[ri]! + w) },
      );
      first[ri] = -1;
    }
    return out;
  };

  const detect = (fragment: Fragment, options: DetectOptions = {}, depth = 0): DetectResult => {
    const findings: Finding[] = [];
    const suppressed: Suppression[] = [];
    let overflow: DetectResult['overflow'];
    const { text } = fragment;
    let lines: LineIndex | undefined;
    const lineIndex = (): LineIndex => (lines ??= new LineIndex(text));

    const drop = (finding: Finding, kind: SuppressionKind, reason: string): void => {
      if (suppressed.length < MAX_SUPPRESSED) suppressed.push({ finding, kind, reason });
      else (overflow ??= {})[kind] = (overflow[kind] ?? 0) + 1;
    };

    for (const { ri, from, to } of candidates(text)) {
      const cr = ruleSet.rules[ri]!;
      if (cr.pathMatcher && !cr.pathMatcher.test(fragment.path)) continue;
      if (!cr.matcher) {
        // A path-only rule: the file itself is the leak (a keystore, a credentials file).
        const f = makeFinding(cr, fragment, lineIndex(), 0, 0, 0, 0, '');
        findings.push(f);
        continue;
      }
      // Scan only the window (plus a character each side, so \b and $ see real neighbours).
      const lo = Math.max(0, from - 1);
      const hi = Math.min(text.length, to + 1);
      const view = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
      for (const raw of cr.matcher.matchAll(view)) {
        const m = lo === 0 ? raw : shift(raw, lo);
        if (m.start < from || m.end > to) continue;
        const span = secretSpan(cr, m.start, m.end, m.groups);
        if (!span || span[1] <= span[0]) continue;
        const f = makeFinding(cr, fragment, lineIndex(), m.start, m.end, span[0], span[1], text);
        const verdict = judge(cr, f, ruleSet, previousLine(lineIndex(), f, fragment));
        if (verdict) drop(f, verdict.kind, verdict.reason);
        else findings.push(f);
      }
    }

    if (depth < (options.decodeDepth ?? 2)) {
      for (const seg of findEncodedSegments(text)) {
        const li = lineIndex();
        const pos = li.position(seg.start);
        const lineText = li.lineText(pos.line);
        const lineStart = seg.start - (pos.column - 1);
        const segEndInLine = Math.min(seg.end - lineStart, lineText.length);
        // Substitute the decoded text in a window of its line, so the context (`password: <base64>`)
        // still counts — a window, not the whole line, or a minified bundle would be rescanned per segment.
        const prefix = lineText.slice(Math.max(0, pos.column - 1 - DECODE_CONTEXT), pos.column - 1);
        const suffix = lineText.slice(segEndInLine, segEndInLine + DECODE_CONTEXT);
        const substituted = prefix + seg.decoded + suffix;
        const inner = detect(engineFragment(substituted, fragment.path, fragment.startLine + pos.line, fragment), options, depth + 1);
        const firstLine = fragment.startLine + pos.line;
        const innerLines = new LineIndex(substituted);
        // Keep only secrets wholly inside the decoded text: one that straddles it and the rest of the
        // line never existed in the file.
        const inDecoded = (f: Finding): boolean => {
          const line = f.line - firstLine;
          if (line < 0) return false;
          const start = innerLines.offsetOf(line, f.column);
          return start >= prefix.length && start + f.secret.length <= prefix.length + seg.decoded.length;
        };
        for (const f of inner.findings.filter(inDecoded)) {
          findings.push(relocate(f, seg, pos.column, fragment.startLine + pos.line, lineText, text));
        }
        for (const s of inner.suppressed.filter((s) => inDecoded(s.finding))) {
          drop(relocate(s.finding, seg, pos.column, fragment.startLine + pos.line, lineText, text), s.kind, s.reason);
        }
      }
    }
    // (Nearly every Fragment has no finding or one: nothing to dedupe, and no Map and Set to build.)
    // `overflow` always present (undefined mostly): one result shape, and no spread per Fragment.
    return { findings: findings.length > 1 ? dedupe(findings) : findings, suppressed, overflow };
  };

  return {
    ruleSet,
    detect: (fragment, options) => {
      const r = detect(fragment, options);
      if (!composite) return r;
      const c = applyComposite(r.findings, composite);
      return { ...r, findings: c.kept, suppressed: [...r.suppressed, ...c.suppressed] };
    },
  };
}

function shift(m: Match, by: number): Match {
  return {
    start: m.start + by,
    end: m.end + by,
    groups: m.groups.map((g) => (g ? ([g[0] + by, g[1] + by] as [number, number]) : undefined)),
  };
}

function secretSpan(
  cr: CompiledRule,
  start: number,
  end: number,
  groups: Array<[number, number] | undefined>,
): [number, number] | undefined {
  const sg = cr.rule.secretGroup;
  if (sg !== undefined && sg > 0) return groups[sg - 1];
  for (const g of groups) if (g && g[1] > g[0]) return g;
  return [start, end];
}

function makeFinding(
  cr: CompiledRule,
  fragment: Fragment,
  li: LineIndex,
  mStart: number,
  mEnd: number,
  sStart: number,
  sEnd: number,
  text: string,
): Finding {
  const { rule } = cr;
  const startPos = li.position(sStart);
  const endPos = li.position(Math.max(sStart, sEnd - 1));
  const secret = text.slice(sStart, sEnd);
  const entropy = shannonEntropy(secret);
  const f: Finding = {
    ruleId: rule.id,
    description: rule.description,
    file: fragment.path,
    line: fragment.startLine + startPos.line,
    column: startPos.column,
    endLine: fragment.startLine + endPos.line,
    endColumn: endPos.column + 1,
    secret,
    match: text.slice(mStart, mEnd),
    lineText: lineWindow(li.lineText(startPos.line), startPos.column - 1, secret.length),
    entropy: Math.round(entropy * 1000) / 1000,
    confidence: rule.confidence,
    reasons: [`${rule.confidence} confidence: ${confidenceWhy(rule.confidence)}`],
    fingerprint: fingerprint(rule.id, secret || fragment.path),
    tags: rule.tags,
    // Every optional field is there, undefined when unset: all findings share one object shape, so
    // code that handles them (dedupe, here inlined in detect) is not deoptimised and compiled again
    // each time a new combination of fields turns up. (Reports pick fields; JSON drops undefined.)
    provider: rule.provider || undefined,
    remediation: rule.remediation || undefined,
    verify: rule.verify || undefined,
    revoke: rule.revoke || undefined,
    verification: undefined,
    structure: undefined,
    decodedFrom: undefined,
    encoded: undefined,
    commit: fragment.commit,
    author: fragment.author,
    email: fragment.email,
    date: fragment.date,
    message: fragment.message,
    place: fragment.place,
  };
  return f;
}

/** The line above a finding (its end, when long), for `allow-next-line` comments. */
function previousLine(li: LineIndex, f: Finding, fragment: Fragment): string | undefined {
  const line = f.line - fragment.startLine;
  if (line <= 0) return undefined;
  const text = li.lineText(line - 1);
  return text.length > LINE_WINDOW ? text.slice(-LINE_WINDOW) : text;
}

function confidenceWhy(c: Confidence): string {
  return c === 'high'
    ? 'the format is distinctive'
    : c === 'medium'
      ? 'the format needs its context to be sure'
      : 'a generic pattern';
}

/** Returns why the finding must be dropped, or undefined to keep it (adjusting its confidence). */
function judge(
  cr: CompiledRule,
  f: Finding,
  ruleSet: RuleSet,
  prev: string | undefined,
): { kind: SuppressionKind; reason: string } | undefined {
  const { rule } = cr;
  if (rule.entropy !== undefined && f.entropy < rule.entropy) {
    return { kind: 'entropy', reason: `entropy ${f.entropy.toFixed(2)} below the rule's ${rule.entropy}` };
  }
  if (rule.checksum) {
    const c = verifyChecksum(rule.checksum, f.secret);
    if (!c.valid) return { kind: 'checksum', reason: c.reason };
    if (c.reason.startsWith('CRC32')) {
      f.confidence = 'high';
      f.reasons.push(c.reason);
    }
  }
  if (rule.structure) {
    const s = decodeStructure(rule.structure, f.secret);
    if (s.verdict === 'invalid') return { kind: 'structure', reason: s.reason };
    if (s.verdict === 'ok') {
      f.confidence = raise(f.confidence);
      f.reasons.push(s.reason);
      if (s.info) f.structure = s.info;
    }
  }
  const listed = allowlisted(ruleSet.allowlists, cr.allowlists, f);
  if (listed) return listed;
  const inline = inlineAllowed(f.lineText, prev);
  if (inline) return { kind: 'inline', reason: `inline comment "${inline}"` };
  return undefined;
}

function relocate(f: Finding, seg: EncodedSegment, column: number, line: number, lineText: string, text: string): Finding {
  const encoding = seg.encoding;
  return {
    ...f,
    line,
    endLine: line,
    column,
    endColumn: column + 1,
    lineText,
    decodedFrom: f.decodedFrom ? `${encoding}+${f.decodedFrom}` : encoding,
    reasons: [...f.reasons, `found inside ${encoding}-encoded text`],
    encoded: text.slice(seg.start, seg.end),
  };
}

/**
 * The part of a line a finding keeps: the whole line, unless it is huge (a minified bundle), then a
 * window around the secret — what inline comments and `regexTarget = "line"` look at. Keeping whole
 * megabyte lines would make every finding on such a line cost the line's length.
 */
const LINE_WINDOW = 4096;
function lineWindow(line: string, column0: number, length: number): string {
  if (line.length <= 2 * LINE_WINDOW + length) return line;
  return line.slice(Math.max(0, column0 - LINE_WINDOW), column0 + length + LINE_WINDOW);
}

/** One report per secret: a specific rule wins over a generic one on the same span. */
function dedupe(findings: Finding[]): Finding[] {
  const specificByLine = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.tags.includes('generic')) continue;
    const list = specificByLine.get(f.line);
    if (list) list.push(f);
    else specificByLine.set(f.line, [f]);
  }
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.line}\0${f.column}\0${f.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (!f.tags.includes('generic')) return true;
    const same = specificByLine.get(f.line) ?? [];
    return !same.some((s) => s.secret.includes(f.secret) || f.secret.includes(s.secret));
  });
}
