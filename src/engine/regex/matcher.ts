/**
 * Compiles an RE2-syntax pattern into a Matcher on the engine that can run it safely:
 * V8's backtracking engine (fast, JIT-compiled) when analysis bounds its work per start position,
 * otherwise re2js, a linear-time port of RE2. See README.md in this folder for the measurements.
 */
import type { Match, Matcher } from '../../types.js';
import { analyzeRegex, type RegexAnalysis } from './analyze.js';
import { translateRe2 } from './translate.js';
import { loadGlobEngine } from '../glob.js';

/**
 * Most backtracking steps per input character we let V8's engine take (see analyze.ts). V8 takes
 * about 2 ns a step, and a scan may take 2 s per MB of hostile input: 1,000 steps. The bound is an
 * upper bound, often loose, so built-in rules may go up to 20,000 — because test/engine/redos.test.ts
 * measures each of them on adversarial input. User rules get no such test, so they get the tight limit.
 */
export const MAX_BACKTRACK_WAYS = 1_000;
export const MAX_BACKTRACK_WAYS_BUILTIN = 20_000;
/** An anchored regex (`^…`) starts once per text: this many steps in all is about a millisecond. */
export const MAX_ANCHORED_WAYS = 1_000_000;
/** Largest automaton the linear engine may step through on every character (see planPattern). */
export const MAX_LINEAR_PROGRAM = 400;

export class PatternError extends Error {}

const NO_MATCHES: readonly Match[] = Object.freeze([]);

class BacktrackingMatcher implements Matcher {
  readonly engine = 'backtracking' as const;
  private readonly re: RegExp;
  private readonly probe: RegExp;
  constructor(source: string, flags: string) {
    this.re = new RegExp(source, flags + 'gd');
    this.probe = new RegExp(source, flags);
  }
  /**
   * An array, not a generator: this runs for every candidate rule of every Fragment and nearly always
   * finds nothing, and a generator per call was both an allocation and more code for V8 to warm up.
   */
  matchAll(text: string): Iterable<Match> {
    const re = this.re;
    re.lastIndex = 0;
    let out: Match[] | undefined;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const idx = m.indices!;
      const groups: Array<[number, number] | undefined> = [];
      for (let g = 1; g < idx.length; g++) groups.push(idx[g] as [number, number] | undefined);
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) re.lastIndex++;
      (out ??= []).push({ start, end, groups });
    }
    return out ?? NO_MATCHES;
  }
  test(text: string): boolean {
    return this.probe.test(text);
  }
}

/**
 * The linear engine lives in its own module (re2js is two thirds of the engine's code): built-in
 * rules never need it, so a scan without user rules — the pre-commit hook — never loads it.
 * `loadLinearEngine()` must have run before a linear pattern is planned or matched; the library entry
 * (src/index.ts) loads it up front, the CLI when a config file brings user rules.
 */
let linear: typeof import('./linear.js') | undefined;

export async function loadLinearEngine(): Promise<void> {
  // User patterns may also be globs: their engine comes along (see src/engine/glob.ts).
  const [m] = await Promise.all([import('./linear.js'), loadGlobEngine()]);
  linear ??= m;
}

/** For the linear module itself, which registers when it is imported statically. */
export function registerLinearEngine(m: typeof import('./linear.js')): void {
  linear ??= m;
}

function newLinearMatcher(pattern: string, flags: string): Matcher {
  if (!linear) throw new Error('internal: the linear regex engine is not loaded (call loadLinearEngine() first)');
  return new linear.LinearMatcher(pattern, flags);
}

/** What analysis decided about a pattern: cheap to store, so built-in rules ship it precomputed. */
export interface PatternPlan {
  engine: 'backtracking' | 'linear';
  /** The RE2 pattern as written (the linear engine reads it as is). */
  pattern: string;
  /** JavaScript source and flags for the backtracking engine. */
  source?: string;
  flags: string;
  ways?: number;
  captureGroups?: number;
  /** Longest possible match (absent when unbounded or unknown). */
  maxLength?: number;
  linearReason?: string;
}

/** Decides which engine runs `pattern`, or throws PatternError when no engine can. */
export function planPattern(pattern: string, flags = '', maxSteps = MAX_BACKTRACK_WAYS): PatternPlan {
  const t = translateRe2(pattern);
  const allFlags = [...new Set((t.flags + flags).split(''))].join('');
  let analysis: RegexAnalysis | undefined;
  let linearReason = t.untranslatable ? `uses ${t.untranslatable}` : undefined;
  if (t.source !== undefined) {
    try {
      analysis = analyzeRegex(t.source, allFlags);
      // V8 must accept it too (regjsparser is more lenient in places).
      new RegExp(t.source, allFlags);
    } catch (e) {
      throw new PatternError(`invalid regex: ${(e as Error).message.split('\n')[0]}`);
    }
    if (analysis.unsupported) {
      throw new PatternError(
        `uses ${analysis.unsupported}, which RE2 does not support and which cannot run in linear time`,
      );
    }
    if (analysis.unbounded) linearReason = 'has unbounded repetition (*, + or {n,})';
    else if (analysis.anchored ? analysis.ways > MAX_ANCHORED_WAYS : analysis.ways / analysis.prefixPeriod > maxSteps) {
      const per = Math.round(analysis.ways / analysis.prefixPeriod);
      linearReason = `may take ${fmt(per)} backtracking steps per input character (limit ${fmt(maxSteps)})`;
    }
  }
  const base = {
    pattern,
    flags: allFlags,
    ...(analysis
      ? {
          ways: analysis.anchored ? 0 : Math.ceil(analysis.ways / analysis.prefixPeriod),
          captureGroups: analysis.captureGroups,
          ...(Number.isFinite(analysis.maxLength) ? { maxLength: analysis.maxLength } : {}),
        }
      : {}),
  };
  if (linearReason === undefined && t.source !== undefined) return { engine: 'backtracking', source: t.source, ...base };
  // re2js simulates an automaton with one state per unrolled repetition: `[a-z]{0,300}` is 300 states
  // stepped on every character. Without a literal prefix to skip to, that is too slow for any input.
  if (analysis && analysis.prefixLength < 3 && analysis.programSize > MAX_LINEAR_PROGRAM) {
    throw new PatternError(
      `is too costly for either engine: it ${linearReason} and unrolls to ${fmt(analysis.programSize)} states ` +
        `(limit ${fmt(MAX_LINEAR_PROGRAM)}). Use smaller counted repetitions ({0,40} rather than {0,300}), ` +
        'avoid repeating a repeat, or start the regex with a literal',
    );
  }
  try {
    // Compile once now so a pattern RE2 rejects fails at load time, not mid-scan.
    newLinearMatcher(pattern, allFlags);
  } catch (e) {
    throw new PatternError(`invalid regex: ${(e as Error).message}`);
  }
  return { engine: 'linear', ...base, ...(linearReason ? { linearReason } : {}) };
}

/** A matcher that compiles on first use: most rules never run on a given scan. */
export function matcherFromPlan(plan: PatternPlan): Matcher {
  let m: Matcher | undefined;
  const get = (): Matcher =>
    (m ??= plan.engine === 'backtracking'
      ? new BacktrackingMatcher(plan.source!, plan.flags)
      : newLinearMatcher(plan.pattern, plan.flags.replace(/[^ism]/g, '')));
  return {
    engine: plan.engine,
    matchAll: (text) => get().matchAll(text),
    test: (text) => get().test(text),
  };
}

export function compilePattern(pattern: string, flags = ''): { matcher: Matcher; plan: PatternPlan } {
  const plan = planPattern(pattern, flags);
  return { matcher: matcherFromPlan(plan), plan };
}

function fmt(n: number): string {
  // Not toLocaleString: loading ICU costs ~10 ms of start-up.
  return Number.isFinite(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : 'unboundedly many';
}
