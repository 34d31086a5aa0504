/**
 * Runs a planned pattern (see matcher.ts for the planning): V8's backtracking engine, or the linear
 * engine once it is loaded. Apart from the planner, so code that only runs shipped plans — the built-in
 * rules, the pre-commit hook's bundle — carries neither the regex parser nor re2js.
 */
import type { Match, Matcher } from '../../types.js';

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

export class PatternError extends Error {}

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

/** The linear engine (re2js), once loaded: see loadLinearEngine() in matcher.ts. */
let linear: typeof import('./linear.js') | undefined;

/** Called by loadLinearEngine(), and by the linear module itself when it is imported statically. */
export function registerLinearEngine(m: typeof import('./linear.js')): void {
  linear ??= m;
}

export function newLinearMatcher(pattern: string, flags: string): Matcher {
  if (!linear) throw new Error('internal: the linear regex engine is not loaded (call loadLinearEngine() first)');
  return new linear.LinearMatcher(pattern, flags);
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
