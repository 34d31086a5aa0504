/**
 * Working-tree source: the files of a directory as Fragments. In a git repository: tracked plus
 * untracked-but-not-ignored files (git decides what `.gitignore` means), with those of submodules and
 * repositories inside; elsewhere, every file.
 * Never follows a symlink out of the root; skips binaries and files over the size limit, saying so.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { LeakwardError } from '../errors.js';
import type { Fragment, SkippedFile } from '../types.js';
import { decodeText } from './decode-text.js';
import { gitReason, gitRun } from './git-stream.js';

export interface TreeOptions {
  root: string;
  maxFileSize: number;
  /** Paths (relative, forward slashes) to leave out before reading, e.g. global allowlists. */
  exclude?: (path: string) => boolean;
  onSkip?: (s: SkippedFile) => void;
}

export interface TreeListing {
  files: string[];
  mode: 'git' | 'filesystem';
}

export async function listTree(root: string, git: 'auto' | 'never'): Promise<TreeListing> {
  try {
    const s = await stat(root);
    if (!s.isDirectory()) throw new LeakwardError('USAGE', `${root} is not a directory`, 'Pass a directory, or - to read stdin.');
  } catch (e) {
    if (e instanceof LeakwardError) throw e;
    throw new LeakwardError('USAGE', `cannot scan ${root}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'Check the path exists and is readable.');
  }
  if (git === 'auto') {
    const files = await gitFiles(root);
    if (files) return { files, mode: 'git' };
  }
  // Loaded only here: a git listing (and `scan --staged`, which imports this module) never needs it.
  const { default: fg } = await import('fast-glob');
  const files = await fg('**/*', {
    cwd: root,
    dot: true,
    // Symlinks are listed (not followed) so the reader can say when one points out of the root.
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
    ignore: ['**/.git/**'],
    suppressErrors: true,
  });
  return { files: files.filter((f) => !f.endsWith('/')).sort(), mode: 'filesystem' };
}

/** The files git would show for this folder, or undefined when it is not in a repository. */
async function gitFiles(root: string): Promise<string[] | undefined> {
  try {
    if ((await gitRun(root, ['rev-parse', '--is-inside-work-tree'])).code !== 0) return undefined;
  } catch {
    // No git to run: every file, as outside a repository.
    return undefined;
  }
  return (await repoFiles(root, '', 0)).sort();
}

/** Repositories inside repositories followed, at most (a link loop cannot make the listing endless). */
const MAX_NESTED = 8;

/**
 * The files of the working tree at `root/dir`, relative to `root`: tracked ones, with those of its
 * checked-out submodules (`--recurse-submodules`: a submodule is a directory of files like any other
 * to whoever scans the folder, and listed as one entry it was skipped as "not a file"), and untracked
 * ones that are not ignored — including, recursively, those of an untracked repository inside it,
 * which git lists as one `dir/` entry. (git refuses `--recurse-submodules` with `--others`, so the two
 * are asked apart; untracked files inside a submodule are not listed.)
 */
async function repoFiles(root: string, dir: string, depth: number): Promise<string[]> {
  const cwd = dir ? join(root, dir) : root;
  const ls = async (args: string[]): Promise<string[]> => {
    const r = await gitRun(cwd, ['ls-files', '-z', ...args, '--', '.']);
    if (r.code !== 0) {
      throw new LeakwardError('GIT_FAILED', `git could not list the files in ${cwd}: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`,
        'Run `git status` there to see what is wrong, or pass --no-git to scan it as a plain folder.');
    }
    return r.stdout.split('\0').filter((p) => p.length > 0);
  };
  const [tracked, untracked] = await Promise.all([
    ls(['--cached', '--recurse-submodules']),
    ls(['--others', '--exclude-standard']),
  ]);
  const at = (p: string) => (dir ? `${dir}/${p}` : p);
  // A path with a merge conflict is listed once per stage; deduplicated here, not with
  // `--deduplicate`, which git 2.30 (Debian 11 images) does not know.
  const files = [...new Set(tracked)].map(at);
  for (const p of untracked) if (!p.endsWith('/')) files.push(at(p));
  for (const nested of untracked.filter((p) => p.endsWith('/'))) {
    if (depth < MAX_NESTED) files.push(...(await repoFiles(root, at(nested.slice(0, -1)), depth + 1)));
  }
  return files;
}

/**
 * Reads the listed files as Fragments, in listing order. Synchronous on purpose: the scan is CPU-bound,
 * and open(O_NOFOLLOW) + fstat + read costs a fraction of the thread-pool round trips of async reads.
 */
export async function* readTree(listing: TreeListing, opts: TreeOptions): AsyncGenerator<Fragment & { bytes: number }> {
  const rootReal = realpathSync(opts.root);
  const files = opts.exclude ? listing.files.filter((f) => !opts.exclude!(f)) : listing.files;
  const skip = (path: string, reason: SkippedFile['reason'], detail?: string): undefined => {
    opts.onSkip?.({ path, reason, ...(detail ? { detail } : {}) });
    return undefined;
  };
  /** Opens a file, refusing symlinks that lead out of the root. */
  const open = (path: string, abs: string): number | undefined => {
    try {
      return openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Tracked but deleted in the working tree: nothing to scan, nothing to report.
      if (code === 'ENOENT') return undefined;
      if (code !== 'ELOOP') return skip(path, 'unreadable', code);
    }
    let target: string;
    try {
      target = realpathSync(abs);
    } catch {
      return skip(path, 'unreadable', 'dangling symlink');
    }
    const rel = relative(rootReal, target);
    if (rel.startsWith('..') || isAbsolute(rel)) return skip(path, 'symlink-outside-root', target);
    try {
      return openSync(target, constants.O_RDONLY);
    } catch (e) {
      return skip(path, 'unreadable', (e as NodeJS.ErrnoException).code);
    }
  };
  const load = (path: string): (Fragment & { bytes: number }) | undefined => {
    const abs = join(opts.root, path);
    const fd = open(path, abs);
    if (fd === undefined) return undefined;
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return skip(path, 'not-a-file');
      if (info.size > opts.maxFileSize) return skip(path, 'too-large', `${info.size} bytes`);
      const buf = Buffer.allocUnsafe(info.size);
      let got = 0;
      while (got < info.size) {
        const n = readSync(fd, buf, got, info.size - got, got);
        if (n === 0) break;
        got += n;
      }
      const text = decodeText(got === info.size ? buf : buf.subarray(0, got));
      if (text === undefined) return skip(path, 'binary');
      return { text, path: sep === '/' ? path : path.split(sep).join('/'), startLine: 1, bytes: got };
    } catch (e) {
      return skip(path, 'unreadable', (e as NodeJS.ErrnoException).code);
    } finally {
      closeSync(fd);
    }
  };
  for (const path of files) {
    const f = load(path);
    if (f) yield f;
  }
}
