/**
 * Compiles an RE2-syntax pattern into a Matcher on the engine that can run it safely:
 * V8's backtracking engine (fast, JIT-compiled) when analysis bounds its work per start position,
 * otherwise re2js, a linear-time port of RE2. See README.md in this folder for the measurements.
 * Running a pattern once it is planned is plan-matcher.ts's job (built-in rules ship their plans).
 */
import type { Matcher } from '../../types.js';
import { analyzeRegex, type RegexAnalysis } from './analyze.js';
import { translateRe2 } from './translate.js';
import { loadGlobEngine } from '../glob.js';
import {
  MAX_ANCHORED_WAYS, MAX_BACKTRACK_WAYS, matcherFromPlan, newLinearMatcher, PatternError, registerLinearEngine, type PatternPlan,
} from './plan-matcher.js';

export {
  MAX_ANCHORED_WAYS, MAX_BACKTRACK_WAYS, MAX_BACKTRACK_WAYS_BUILTIN, matcherFromPlan, PatternError, registerLinearEngine, type PatternPlan,
} from './plan-matcher.js';

/** Largest automaton the linear engine may step through on every character (see planPattern). */
export const MAX_LINEAR_PROGRAM = 400;

/**
 * The linear engine lives in its own module (re2js is two thirds of the engine's code): built-in
 * rules never need it, so a scan without user rules — the pre-commit hook — never loads it.
 * `loadLinearEngine()` must have run before a linear pattern is planned or matched; the library entry
 * (src/index.ts) loads it up front, the CLI when a config file brings user rules.
 */
export async function loadLinearEngine(): Promise<void> {
  // User patterns may also be globs: their engine comes along (see src/engine/glob.ts).
  const [m] = await Promise.all([import('./linear.js'), loadGlobEngine()]);
  registerLinearEngine(m);
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

export function compilePattern(pattern: string, flags = ''): { matcher: Matcher; plan: PatternPlan } {
  const plan = planPattern(pattern, flags);
  return { matcher: matcherFromPlan(plan), plan };
}

function fmt(n: number): string {
  // Not toLocaleString: loading ICU costs ~10 ms of start-up.
  return Number.isFinite(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : 'unboundedly many';
}
