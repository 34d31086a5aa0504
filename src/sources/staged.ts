/**
 * `leakward scan --staged`: what the next commit will contain — the index, not the working tree.
 *
 * Only the lines the commit adds are scanned (`git diff --cached` against HEAD, or everything staged
 * when there is no HEAD yet), so a partially staged file counts for its staged hunks only, a deleted
 * secret is never reported, and a committed secret on a line the commit leaves alone is not reported
 * again (one on a line it moves or edits is: the diff shows the line as added). Git runs with the
 * environment it gave the hook: `git commit -a` and `git commit FILE` stage into a temporary index
 * named by GIT_INDEX_FILE, and that is the index read here.
 *
 * Never a false all-clear: when git cannot be read (not a repository, no git, a corrupt index) or
 * prints something unexpected, the scan fails with an error (exit 2) instead of reporting nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { pathAllowed, pathSignature } from '../engine/allowlist.js';
import { LeakwardError } from '../errors.js';
import { parseBaseline } from '../filters/baseline.js';
import { applyIgnoreFiles } from '../config/ignore-files.js';
import { collectAll, onAddedLines, scanFragments, type ScanContext } from '../scan-core.js';
import type { ScanResult } from '../scan.js';
import type { Fragment, RuleSet, SkippedFile } from '../types.js';
import { DiffParser, joinRuns, KEY_HEADER_REACH, LineSplitter, type AddedRun, type DiffFile } from './diff-parse.js';
import { gitReason, gitRun, gitRunSync, readAhead, spawnGit, spawnGitAfterTopLevel, type GitProcess, type GitResult } from './git-stream.js';
import { textChanges, ZERO_ID, type BinaryLookingChange } from './text-changes.js';

/**
 * Every option that a user's config could change is pinned: prefixes (diff.noprefix, mnemonicPrefix),
 * external diff drivers and textconv filters (they would scan their output, not the content), paths
 * relative to a subdirectory (diff.relative), colour. The context lines give the unchanged lines
 * scanned around each change (joinRuns: the nearest above and below, a key block's out to its first
 * and last lines). Deletions are left out (nothing to scan); full blob ids let binary-looking files be
 * read with `cat-file`.
 */
export const STAGED_DIFF_ARGS = [
  'diff', '--cached', `-U${KEY_HEADER_REACH}`, '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative',
  '--src-prefix=a/', '--dst-prefix=b/', '-M', '--full-index', '--diff-filter=d', '--submodule=short',
];

export interface StagedOptions {
  /** A directory in the repository (default: `cwd`). */
  target?: string;
  maxFileSize?: number;
  baseline?: Set<string>;
  ruleSet?: RuleSet;
  /** A config file; by default `.leakward.toml` at the repository root when there is one. */
  config?: string;
  /** Without `baseline`: use `.leakward-baseline.json` at the repository root when there is one. */
  rootBaseline?: boolean;
  cwd?: string;
  onProgress?: (p: { files: number; bytes: number }) => void;
}

export interface StagedResult extends ScanResult {
  /** The repository's top-level directory. */
  root: string;
}

export async function scanStaged(options: StagedOptions = {}): Promise<StagedResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  return scanStagedIn(resolve(cwd, options.target ?? '.'), async (topLevel) => {
    // Imported here, not at the top: the pre-commit hook's bundle (src/cli/hook.ts) uses this module
    // without config files, and must not carry the TOML parser and regex analyser they bring.
    const [{ loadBuiltinRuleSet }, { prepareEngines, readScanConfig, resolveMaxFileSize, resolveRuleSet }] =
      await Promise.all([import('../rules/builtin.js'), import('../scan.js')]);
    const root = await topLevel;
    const builtin = options.ruleSet ?? loadBuiltinRuleSet();
    await prepareEngines(options, root);
    const config = readScanConfig({ ...options, cwd }, root);
    const notes: string[] = [];
    const ruleSet = resolveRuleSet({ ...options, ruleSet: builtin, cwd }, root, notes, config);
    const baseline = options.baseline ?? (options.rootBaseline ? readRootBaseline(root) : undefined);
    return { ruleSet, maxFileSize: resolveMaxFileSize({ ...options, cwd }, root, config), notes, ...(baseline ? { baseline } : {}) };
  }, { started, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

/** What a staged scan runs with, resolved once the repository's top level is known. */
export interface StagedRules {
  ruleSet: RuleSet;
  /** Skip a file whose added text is larger (bytes). */
  maxFileSize: number;
  baseline?: Set<string>;
  /** For stderr (e.g. from the config). */
  notes: string[];
}

/**
 * The staged scan of the repository around `dir`, with the rules `rulesFor` resolves. Git starts
 * first and works while they load; `rulesFor` gets the top level as a promise (rejected, with the
 * reason, when `dir` is in no repository git can read), so it can load what needs no top level before
 * waiting for it. Shared by scanStaged (any options, config files) and the pre-commit hook's own
 * bundle (src/cli/hook.ts), which resolves only the built-in rules. An error from `rulesFor` stops git
 * and is rethrown.
 */
export async function scanStagedIn(
  dir: string,
  rulesFor: (topLevel: Promise<string>) => Promise<StagedRules>,
  extra: { started: number; onProgress?: (p: { files: number; bytes: number }) => void },
): Promise<StagedResult> {
  checkDir(dir);
  const git = startGit(dir);
  const topLevel = git.then((g) => g.root);
  // Until rulesFor awaits it, a rejection (not a repository) must not count as unhandled.
  topLevel.catch(() => {});
  let rules: StagedRules;
  try {
    rules = await rulesFor(topLevel);
  } catch (e) {
    git.then((g) => g.diff.kill(), () => {});
    throw e;
  }
  const { root, diff } = await git;
  const { ruleSet } = rules;
  const ctx: ScanContext = {
    ruleSet,
    ...(rules.baseline ? { baseline: rules.baseline } : {}),
    ...(extra.onProgress ? { onProgress: extra.onProgress } : {}),
  };
  const skipped: SkippedFile[] = [];
  const files = new Set<string>();
  const fragments = readDiff(diff, root, {
    maxFileSize: rules.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== undefined,
    signature: pathSignature(ruleSet),
    onSkip: (s) => skipped.push(s),
    onFile: (path) => files.add(path),
  });
  const result = await scanFragments(fragments, ctx, { mode: 'staged', skipped, started: extra.started, sink: onAddedLines(collectAll()) });
  // A file with several changed places is several fragments; people count files.
  result.stats.files = files.size;
  if (rules.notes.length > 0) result.notes = [...rules.notes, ...(result.notes ?? [])];
  return { ...applyIgnoreFiles(result, root, undefined), root };
}

/**
 * The repository's top level and the staged diff, running. (A relative GIT_INDEX_FILE, as git gives
 * hooks, is relative to the top level whatever directory git runs in.) One process asks both where a
 * shell can (see spawnGitAfterTopLevel); elsewhere the diff starts and rev-parse runs synchronously
 * meanwhile — it answers at once, and spawnSync costs the main thread less than a child's streams.
 */
async function startGit(dir: string): Promise<{ root: string; diff: GitProcess }> {
  const both = spawnGitAfterTopLevel(dir, STAGED_DIFF_ARGS, 'read the staged changes');
  const top = await both?.topLevel;
  if (both && top) {
    try {
      return { root: rootFrom(top, dir), diff: both.proc };
    } catch (e) {
      both.proc.kill();
      throw e;
    }
  }
  both?.proc.kill();
  const diff = startDiff(dir);
  try {
    return { root: rootFrom(gitRunSync(dir, ['rev-parse', '--show-toplevel']), dir), diff };
  } catch (e) {
    diff.kill();
    throw e;
  }
}

export const BASELINE_NAME = '.leakward-baseline.json';

/** `.leakward-baseline.json` at the repository root, when there is one. */
export function readRootBaseline(root: string): Set<string> | undefined {
  const path = join(root, BASELINE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LeakwardError('BASELINE_INVALID', `cannot read the baseline ${path}: ${(e as NodeJS.ErrnoException).code}`, 'Check the file, or pass --baseline.');
  }
  return parseBaseline(text, BASELINE_NAME);
}

function checkDir(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw new LeakwardError('USAGE', `${dir} is not a directory`, 'Pass a directory inside a git repository.');
  } catch (e) {
    if (e instanceof LeakwardError) throw e;
    throw new LeakwardError('USAGE', `cannot scan ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'Check the path exists and is readable.');
  }
}

/** The top-level directory from `git rev-parse --show-toplevel` in `dir`; errors say why there is none. */
function rootFrom(r: GitResult, dir: string): string {
  if (r.code === 0) return r.stdout.replace(/\n$/, '');
  const why = gitReason(r.stderr) ?? `exit code ${r.code}`;
  if (/not a git repository/i.test(why)) {
    throw new LeakwardError('NOT_A_REPO', `${dir} is not in a git repository, so nothing is staged`,
      'Run it inside a repository (or pass its path), or scan the folder itself with `leakward scan PATH`.');
  }
  if (/work ?tree/i.test(why)) {
    throw new LeakwardError('NOT_A_REPO', `${dir} is a bare repository: it has no index to scan (${why})`,
      'Run it in a working tree of the repository.');
  }
  throw new LeakwardError('GIT_FAILED', `git cannot read the repository at ${dir}: ${why}`,
    'Run `git status` there to see what is wrong.');
}

/** A run of a staged file's added lines, with the unchanged lines around it listed in `context`. */
export type StagedFragment = Fragment & { bytes: number; context?: number[] | undefined };

export interface StagedReadOptions {
  /** Skip a file whose added text is larger (bytes). */
  maxFileSize: number;
  exclude?: (path: string) => boolean;
  /** How the rules treat a path (pathSignature): a file moved from a path treated otherwise is scanned whole. */
  signature?: (path: string) => string;
  onSkip?: (s: SkippedFile) => void;
  /** Called once for each file that yields fragments. */
  onFile?: (path: string) => void;
}

/**
 * The staged changes of the repository at `root` as Fragments: each run of added lines of a file,
 * at its line number in the staged file, with context lines (joinRuns). A file git calls binary is
 * read from the index and compared with HEAD's as text when it is text after all (UTF-16, or marked
 * binary in .gitattributes).
 */
export async function* readStaged(root: string, opts: StagedReadOptions): AsyncGenerator<StagedFragment> {
  yield* readDiff(startDiff(root), root, opts);
}

function startDiff(cwd: string): GitProcess {
  const proc = spawnGit(cwd, STAGED_DIFF_ARGS, 'read the staged changes');
  proc.child.stdin.end();
  return proc;
}

async function* readDiff(proc: GitProcess, root: string, opts: StagedReadOptions): AsyncGenerator<StagedFragment> {
  const skip = (path: string, reason: SkippedFile['reason'], detail?: string) => opts.onSkip?.({ path, reason, ...(detail ? { detail } : {}) });
  const ready: Array<StagedFragment> = [];
  let current: AddedRun[] = [];
  const binaries: DiffFile[] = [];
  const moved: DiffFile[] = [];
  const parser = new DiffParser(
    {
      added(_file, startLine, lines, above, below) {
        current.push({ startLine, lines, above, below });
      },
      fileEnd(file) {
        const runs = current;
        current = [];
        // A submodule's "content" is the commit id it points to.
        if (file.status === 'deleted' || file.mode === '160000') return;
        if (opts.exclude?.(file.path)) return;
        // Moved (or copied) from a path the rules treat otherwise — left out (node_modules/), an
        // allowlist's, a path-scoped rule's: its unchanged lines were never scanned as they are now.
        const from = file.oldPath;
        if (from !== undefined && from !== file.path && (opts.exclude?.(from) || opts.signature?.(from) !== opts.signature?.(file.path))) {
          moved.push(file);
          return;
        }
        if (file.binary) {
          binaries.push(file);
          return;
        }
        if (file.tooLarge) {
          skip(file.path, 'too-large', `${file.addedBytes} bytes added`);
          return;
        }
        if (runs.length === 0) return;
        opts.onFile?.(file.path);
        for (const f of fragmentsOf(file.path, runs)) ready.push(f);
      },
    },
    { maxFileBytes: opts.maxFileSize },
  );
  const unexpected = (line: string): never => {
    throw new LeakwardError('GIT_FAILED', `git diff printed a line leakward cannot read (${line.length} characters, starting ${JSON.stringify(line.slice(0, 12))}); nothing was scanned`,
      'Please report this with your git version (`git --version`). Meanwhile commit with LEAKWARD_SKIP=1 after checking `git diff --cached` yourself.');
  };
  const other = (line: string) => {
    const m = /^\* Unmerged path (.*)$/.exec(line);
    if (m) skip(m[1]!, 'unreadable', 'unmerged: resolve the conflict and `git add` the file');
    else unexpected(line);
  };

  let ok = false;
  try {
    const decoder = new StringDecoder('utf8');
    const splitter = new LineSplitter();
    // readAhead (data events, a bounded queue) rather than the stream's own async iterator, whose
    // first use costs the pre-commit hook ≈ 1 ms more.
    for await (const chunk of readAhead(proc.child.stdout)) {
      for (const line of splitter.write(decoder.write(chunk))) if (!parser.push(line)) other(line);
      while (ready.length > 0) yield ready.shift()!;
    }
    for (const line of splitter.write(decoder.end())) if (!parser.push(line)) other(line);
    for (const line of splitter.end()) if (!parser.push(line)) other(line);
    parser.end();
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  // A diff cut short (git failed half way) must not pass for a clean one.
  await proc.finish();
  while (ready.length > 0) yield ready.shift()!;
  if (binaries.length > 0 || moved.length > 0) yield* readFromIndex(root, binaries, await withStagedIds(root, moved), opts, skip);
}

/**
 * Moved files to scan whole, with their staged versions' ids: the diff names none for a file moved
 * unchanged (no index line), so the index is asked (`ls-files -s`).
 */
async function withStagedIds(root: string, files: DiffFile[]): Promise<BinaryLookingChange[]> {
  if (files.length === 0) return [];
  const ids = new Map<string, string>();
  // In batches, so that a move of many files stays within the command line's limit.
  for (let k = 0; k < files.length; k += 500) {
    const paths = files.slice(k, k + 500).map((f) => f.path);
    const r = await gitRun(root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...paths]);
    if (r.code !== 0) throw new LeakwardError('GIT_FAILED', `git could not read the index: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, 'Run `git status` to see what is wrong with the index.');
    // `<mode> <id> <stage>\t<path>`
    for (const entry of r.stdout.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab > 0) ids.set(entry.slice(tab + 1), entry.slice(0, tab).split(' ')[1]!);
    }
  }
  return files.flatMap((f) => (ids.has(f.path) ? [{ path: f.path, newBlob: ids.get(f.path)!, oldBlobs: [] }] : []));
}

/**
 * Files whose diff does not tell what to scan. Those git calls binary: the staged version and the one
 * in HEAD are read and compared as text when they are (text-changes.ts: UTF-16, or text marked binary
 * in .gitattributes), so only what the commit adds is scanned, as for any other file. `whole`: files
 * moved from a path the rules treat otherwise, read and scanned whole.
 */
async function* readFromIndex(
  root: string,
  files: DiffFile[],
  whole: BinaryLookingChange[],
  opts: StagedReadOptions,
  skip: (path: string, reason: SkippedFile['reason'], detail?: string) => void,
): AsyncGenerator<StagedFragment> {
  const changes: BinaryLookingChange[] = [...whole];
  for (const f of files) {
    if (!f.newBlob || ZERO_ID.test(f.newBlob)) skip(f.path, 'binary');
    else changes.push({ path: f.path, newBlob: f.newBlob, oldBlobs: f.oldBlob && !ZERO_ID.test(f.oldBlob) ? [f.oldBlob] : [] });
  }
  for await (const c of textChanges(root, changes, opts.maxFileSize, 'the staged content')) {
    if ('skip' in c) {
      skip(c.change.path, c.skip, c.detail);
      continue;
    }
    if (c.runs.length > 0) opts.onFile?.(c.change.path);
    yield* fragmentsOf(c.change.path, c.runs);
  }
}

/**
 * A file's runs of added lines as Fragments, with the unchanged lines around them (context, see
 * joinRuns and onAddedLines): a private key's new body under a BEGIN line the commit keeps, a new
 * value under a key name that was there, an allow-next-line comment above the change.
 */
function fragmentsOf(path: string, runs: AddedRun[]): StagedFragment[] {
  return joinRuns(runs).map((t) => {
    const text = t.lines.join('\n');
    return { text, path, startLine: t.startLine, bytes: Buffer.byteLength(text), context: t.context };
  });
}
