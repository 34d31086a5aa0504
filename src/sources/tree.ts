/**
 * Working-tree source: the files of a directory as Fragments. In a git repository: tracked plus
 * untracked-but-not-ignored files (git decides what `.gitignore` means); elsewhere, every file.
 * Never follows a symlink out of the root; skips binaries and files over the size limit, saying so.
 */
import { execFile } from 'node:child_process';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import fg from 'fast-glob';
import { LeakwardError } from '../errors.js';
import type { Fragment, SkippedFile } from '../types.js';
import { decodeText } from './decode-text.js';

const run = promisify(execFile);

export interface TreeOptions {
  root: string;
  /** `auto`: use git when the root is inside a repository. */
  git: 'auto' | 'never';
  maxFileSize: number;
  /** Paths (relative, forward slashes) to leave out before reading, e.g. global allowlists. */
  exclude?: (path: string) => boolean;
  onSkip?: (s: SkippedFile) => void;
  /** Files read at once; reading overlaps scanning. */
  readAhead?: number;
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
    await run('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root });
  } catch {
    return undefined;
  }
  try {
    const { stdout } = await run(
      'git',
      ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', '.'],
      { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' },
    );
    return stdout.split('\0').filter((p) => p.length > 0);
  } catch (e) {
    throw new LeakwardError('GIT_FAILED', `git could not list the files in ${root}: ${(e as Error).message.split('\n')[0]}`,
      'Run `git status` there to see what is wrong, or pass --no-git to scan it as a plain folder.');
  }
}

/** Reads the listed files as Fragments, in listing order, a few at a time. */
export async function* readTree(listing: TreeListing, opts: TreeOptions): AsyncGenerator<Fragment & { bytes: number }> {
  const rootReal = await realpath(opts.root);
  const files = opts.exclude ? listing.files.filter((f) => !opts.exclude!(f)) : listing.files;
  const skip = (path: string, reason: SkippedFile['reason'], detail?: string): undefined => {
    opts.onSkip?.({ path, reason, ...(detail ? { detail } : {}) });
    return undefined;
  };
  const load = async (path: string): Promise<(Fragment & { bytes: number }) | undefined> => {
    const abs = join(opts.root, path);
    let info;
    try {
      info = await lstat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Tracked but deleted in the working tree: nothing to scan, nothing to report.
      if (code === 'ENOENT') return undefined;
      return skip(path, 'unreadable', code);
    }
    if (info.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(abs);
      } catch {
        return skip(path, 'unreadable', 'dangling symlink');
      }
      const rel = relative(rootReal, target);
      if (rel.startsWith('..') || isAbsolute(rel)) return skip(path, 'symlink-outside-root', target);
      info = await stat(target);
    }
    if (!info.isFile()) return skip(path, 'not-a-file');
    if (info.size > opts.maxFileSize) return skip(path, 'too-large', `${info.size} bytes`);
    let buf: Buffer;
    try {
      buf = await readFile(abs);
    } catch (e) {
      return skip(path, 'unreadable', (e as NodeJS.ErrnoException).code);
    }
    const text = decodeText(buf);
    if (text === undefined) return skip(path, 'binary');
    return { text, path: sep === '/' ? path : path.split(sep).join('/'), startLine: 1, bytes: buf.length };
  };
  const ahead = opts.readAhead ?? 32;
  const pending: Array<Promise<(Fragment & { bytes: number }) | undefined>> = [];
  let next = 0;
  while (next < files.length && pending.length < ahead) pending.push(load(files[next++]!));
  while (pending.length > 0) {
    const f = await pending.shift()!;
    if (next < files.length) pending.push(load(files[next++]!));
    if (f) yield f;
  }
}
