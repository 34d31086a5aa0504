/**
 * Allowlist globs (picomatch). Only users write globs — built-in allowlists use regexes — so picomatch
 * is loaded with the linear engine (`loadLinearEngine()`), when user patterns are read, and a scan
 * without a config (the pre-commit hook) never loads it.
 */
import type picomatchType from 'picomatch';
import type { Matcher } from '../types.js';

let picomatch: typeof picomatchType | undefined;

export async function loadGlobEngine(): Promise<void> {
  picomatch ??= (await import('picomatch')).default;
}

/** For the library entry, which loads it up front (see glob-eager.ts). */
export function registerGlobEngine(m: typeof picomatchType): void {
  picomatch ??= m;
}

function engine(): typeof picomatchType {
  if (!picomatch) throw new Error('internal: the glob engine is not loaded (call loadLinearEngine() first)');
  return picomatch;
}

/**
 * How globs match: dot-files too, and a glob without a slash matches the file name anywhere (as in
 * .gitignore). picomatch's `basename` option is given to those globs only: with it, a glob that has a
 * slash, such as `**` + `/vendor/**`, stops matching.
 */
function globOptions(glob: string): picomatchType.PicomatchOptions {
  return { dot: true, strictBrackets: true, basename: !glob.includes('/') };
}

/** What is wrong with a glob, if anything: relative paths only, and balanced brackets (picomatch's strictBrackets). */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty';
  if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob)) return 'is absolute: globs match paths relative to the scanned directory';
  try {
    engine().makeRe(glob, globOptions(glob));
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

/** A glob as a path matcher (checked by globProblem when its file was read). */
export function globMatcher(glob: string): Matcher {
  const isMatch = engine()(glob, globOptions(glob));
  return {
    engine: 'backtracking',
    test: (path) => isMatch(path),
    *matchAll() {
      throw new Error('internal: a glob only tests paths');
    },
  };
}
