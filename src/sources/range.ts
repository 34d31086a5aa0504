/**
 * `--range A..B` (also `A...B`): the lines added by each commit in the range — what a pull request or a
 * push brings in — each finding with its commit, author, email, date and subject.
 *
 * Merges: `git log -p` shows no diff for a merge by default, so a line that came from a merged branch is
 * reported once, at the branch commit that wrote it (with its real author). `--cc` adds only what the
 * merge itself introduced — a line new against every parent, such as a conflict resolution — so nothing
 * is reported twice and nothing hides in a merge. The commits' messages are scanned too. `--first-parent` was rejected: it would credit a whole
 * merged branch to the merge commit and to whoever merged it.
 */
import { pathAllowed } from '../engine/allowlist.js';
import { LeakwardError } from '../errors.js';
import { onAddedLines } from '../scan-core.js';
import { scanFragments, type ScanContext, type ScanProgress, type ScanResult } from '../scan.js';
import type { RuleSet } from '../types.js';
import type { CommitScanOptions } from './history.js';
import { gitReason, gitRun } from './git-stream.js';
import {
  boundedSkips, byName, inspectRepo, logPatchFragments, messageFragment, oldestCommitSink, sinceWindow, type CommitInfo, type PatchFragment,
} from './log-patch.js';

export interface RangeOptions extends CommitScanOptions {
  /** `A..B` (commits in B, not in A) or `A...B` (in either, not in both); an empty side means HEAD. */
  range: string;
}

export interface ParsedRange {
  from: string;
  to: string;
  symmetric: boolean;
}

/** Splits `A..B` / `A...B`; an empty side is HEAD, as git reads it. */
export function parseRange(range: string): ParsedRange {
  const m = /^(.*?)(\.\.\.?)(.*)$/.exec(range.trim());
  if (!m || (m[1] === '' && m[3] === '')) {
    throw new LeakwardError('USAGE', `--range wants two revisions, like main..HEAD or v1.2...feature, not "${range}"`,
      'A..B scans the commits in B that are not in A; A...B those in either but not both.');
  }
  return { from: m[1] || 'HEAD', to: m[3] || 'HEAD', symmetric: m[2] === '...' };
}

export async function scanRange(options: RangeOptions): Promise<ScanResult> {
  const started = performance.now();
  const range = parseRange(options.range);
  const repo = await inspectRepo(options.root, '--range');
  const [from, to, sinceNote] = await Promise.all([
    resolveCommit(options.root, range.from, repo.shallow),
    resolveCommit(options.root, range.to, repo.shallow),
    options.since !== undefined ? sinceWindow(options.root, options.since) : undefined,
  ]);
  const notes: string[] = sinceNote ? [sinceNote] : [];
  if (repo.shallow) {
    const base = await gitRun(options.root, ['merge-base', '--end-of-options', from, to]);
    if (base.code !== 0) {
      throw new LeakwardError('GIT_FAILED',
        `${range.from} and ${range.to} have no common commit in this shallow clone, so the range would reach back to the clone's depth`,
        'Fetch the history first: actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`.');
    }
  }
  const skips = boundedSkips();
  let commits = 0;
  const ruleSet = typeof options.ruleSet === 'function' ? options.ruleSet() : options.ruleSet;
  const select: string[] = [];
  if (options.since !== undefined) select.push(`--since=${options.since}`);
  if (options.maxCount !== undefined) select.push(`--max-count=${options.maxCount}`);
  const revs = [`${from}${range.symmetric ? '...' : '..'}${to}`];
  // The commits' messages, from a walk of their own (no diffs: quick), scanned after their patches.
  const messages = commitMessages(options.root, select, revs);
  messages.catch(() => {});
  const infos: CommitInfo[] = [];
  const log = logPatchFragments({
    root: options.root,
    select,
    revs,
    maxFileSize: options.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== undefined,
    ...(byName(ruleSet) ? { byName: byName(ruleSet)! } : {}),
    onSkip: skips.add,
    onCommit: (c) => {
      infos.push(c);
      commits++;
    },
  });
  const ctx: ScanContext = {
    ruleSet,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.onProgress ? { onProgress: (p: ScanProgress) => options.onProgress!({ ...p, commits }) } : {}),
  };
  const sink = onAddedLines(oldestCommitSink());
  async function* fragments(): AsyncGenerator<PatchFragment> {
    yield* log.fragments;
    const bodies = await messages;
    for (const c of infos) {
      const f = messageFragment(c, bodies.get(c.commit) ?? '');
      if (f) yield f;
    }
  }
  const result = await scanFragments(fragments(), ctx, { mode: 'range', skipped: skips.list, started, sink });
  result.stats.commits = commits;
  skips.count(result.stats);
  if (commits === 0) notes.push(`the range ${options.range} has no commits: nothing to scan.`);
  result.notes = notes;
  return result;
}

/** Each commit's whole message, by id, for the commits `git log` lists for these options and revisions. */
async function commitMessages(root: string, select: string[], revs: string[]): Promise<Map<string, string>> {
  const r = await gitRun(root, ['log', '-z', '--format=%H%x00%B', ...select, '--end-of-options', ...revs]);
  if (r.code !== 0) throw new LeakwardError('GIT_FAILED', `git could not read the commit messages: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, 'Run `git log` there to see what is wrong.');
  // -z ends each commit with a NUL, and the format puts one between id and message: they alternate.
  const parts = r.stdout.split('\0');
  const bodies = new Map<string, string>();
  for (let k = 0; k + 1 < parts.length; k += 2) bodies.set(parts[k]!.replace(/^\n/, ''), parts[k + 1]!);
  return bodies;
}

/** The commit a revision names, or an error that says what to do (in CI, usually: fetch more history). */
async function resolveCommit(root: string, rev: string, shallow: boolean): Promise<string> {
  const r = await gitRun(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (r.code === 0) return r.stdout.trim();
  const looksLikeId = /^[0-9a-f]{7,64}$/i.test(rev);
  if (shallow || looksLikeId) {
    throw new LeakwardError('USAGE', `${rev} is not in this ${shallow ? 'shallow ' : ''}clone`,
      'Fetch the commits the range needs: actions/checkout with `fetch-depth: 0`, or `git fetch origin <branch>` ' +
      '(`git fetch --unshallow` for a shallow clone).');
  }
  throw new LeakwardError('USAGE', `unknown revision "${rev}" in --range`,
    'Name a branch, tag or commit that exists here (`git log --oneline -1 REV` checks one); a remote branch may need `git fetch` first.');
}
