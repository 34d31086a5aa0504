/**
 * Loads a CommonJS bundle with V8's code cache, so what the pre-commit hook compiled on its last run —
 * the bundle and the functions it ran — is not parsed and compiled again (measured: ≈ 5 ms of the hook).
 * Node 20 has no built-in compile cache; vm.Script takes and makes V8's cached data.
 *
 * The cache is per user, never in the repository: `$XDG_CACHE_HOME/leakward`, else `~/.cache/leakward`
 * (`~/Library/Caches/leakward` on macOS, `%LOCALAPPDATA%\leakward` on Windows), one file per bundle
 * content (the build's hash of it) and V8 version. Cached data is code, so a directory that someone else
 * could write to is not used. Fail-safe throughout: no cache directory, an unwritable one, a file V8
 * rejects (other flags, a truncated write) — the bundle is compiled as usual and the file replaced.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The folder for leakward's cache files, or undefined when there is no sensible one. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const absolute = (p: string | undefined) => (p && (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) ? p : undefined);
  const xdg = absolute(env.XDG_CACHE_HOME);
  if (xdg) return join(xdg, 'leakward');
  if (process.platform === 'win32') {
    const local = absolute(env.LOCALAPPDATA);
    return local ? join(local, 'leakward') : undefined;
  }
  const home = absolute(env.HOME);
  if (!home) return undefined;
  return process.platform === 'darwin' ? join(home, 'Library', 'Caches', 'leakward') : join(home, '.cache', 'leakward');
}

/** Only our own directory, writable by no one else: cached data is run as code. */
function trusted(dir: string): boolean {
  if (typeof process.getuid !== 'function') return true;
  const s = statSync(dir);
  return s.isDirectory() && s.uid === process.getuid() && (s.mode & 0o022) === 0;
}

export interface CachedModule {
  exports: unknown;
  /** Writes the cache if there was none or V8 rejected it; call when the module's work is done. */
  save(): void;
}

/** Cache files kept per bundle: the one written, and the newest others (another leakward version, another Node). */
export const KEPT_CACHES = 4;

/**
 * `require(file)`, compiled with the cached data in `dir` (see above). `bundle` names the bundle
 * (`hook`) and `key` its content: a different bundle must never get this one's cache.
 */
export function requireCached(file: string, bundle: string, key: string, dir = cacheDir()): CachedModule {
  const source = readFileSync(file, 'utf8');
  const cachePath = dir ? join(dir, `${bundle}-${key}-${process.arch}-v8-${process.versions.v8}.bin`) : undefined;
  let cached: Buffer | undefined;
  try {
    if (cachePath && trusted(dir!)) cached = readFileSync(cachePath);
  } catch {
    cached = undefined;
  }
  // The wrapper Node's CommonJS loader puts around a module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cached ? { cachedData: cached } : {}),
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    get exports() {
      return module.exports;
    },
    save() {
      if (!cachePath || (cached && !script.cachedDataRejected)) return;
      try {
        mkdirSync(dir!, { recursive: true, mode: 0o700 });
        if (!trusted(dir!)) return;
        // Written whole, then renamed: a concurrent run reads the old file or the new one, never half.
        const tmp = `${cachePath}.${process.pid}.tmp`;
        try {
          writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
          renameSync(tmp, cachePath);
        } finally {
          rmSync(tmp, { force: true });
        }
        pruneCaches(dir!, bundle);
      } catch {
        // No cache this time: the next run compiles as usual.
      }
    },
  };
}

/**
 * Removes all but the KEPT_CACHES newest cache files of a bundle. Each leakward release (a new bundle
 * hash) and each Node upgrade (a new V8) writes a file of its own, and none would ever be read again;
 * a few are kept for machines that switch between versions (two projects pinning two releases).
 */
function pruneCaches(dir: string, bundle: string): void {
  const mine = readdirSync(dir)
    .filter((f) => f.startsWith(`${bundle}-`) && f.endsWith('.bin'))
    .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of mine.slice(KEPT_CACHES)) rmSync(join(dir, f), { force: true });
}
