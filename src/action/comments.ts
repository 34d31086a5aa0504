/**
 * Pull-request review comments: one per finding, on the line of the pull request's diff that holds the
 * secret, never twice. Each comment carries a hidden marker with the finding's fingerprint (never the
 * secret); a re-run lists the pull request's comments (all pages) and skips fingerprints already there.
 */
import { redact } from '../report/redact.js';
import type { Finding } from '../types.js';
import { notInAFile, placeOf } from './annotations.js';
import { GitHubApiError, type GitHubClient } from './github.js';
import type { PullRequestRef } from './range.js';
import { cell } from './summary.js';

const MARKER = /<!-- leakward:finding ([A-Za-z0-9:._-]+) -->/;

/** GitHub's cap on the commits it lists for a pull request. */
const MAX_LISTED_COMMITS = 250;

export const marker = (fingerprint: string): string => `<!-- leakward:finding ${fingerprint} -->`;

/** A file of the pull request as the REST API lists it; `patch` is missing for very large diffs. */
export interface PullFile {
  filename: string;
  status?: string;
  patch?: string;
}

export interface ReviewComment {
  body?: string;
  user?: { login?: string; type?: string } | null;
}

export interface PlannedComment {
  finding: Finding;
  path: string;
  line: number;
  body: string;
}

export interface CommentPlan {
  create: PlannedComment[];
  /** Fingerprints already commented on by an earlier run. */
  existing: number;
  /** Findings that get no comment, and why (for the summary). */
  unplaced: Array<{ finding: Finding; why: string }>;
}

/**
 * Fingerprints in comments leakward wrote: by a bot (the workflow's GITHUB_TOKEN posts as
 * github-actions[bot]) or by the account of the token in use (a personal access token posts as its
 * owner). A pull request's author cannot silence a comment by writing the marker into one of their own.
 */
export function commentedFingerprints(comments: ReviewComment[], self?: string): Set<string> {
  const out = new Set<string>();
  for (const c of comments) {
    if (c.user?.type !== 'Bot' && (self === undefined || c.user?.login !== self)) continue;
    const m = MARKER.exec(c.body ?? '');
    if (m) out.add(m[1]!);
  }
  return out;
}

/** The account a personal access token acts as; an app or workflow token is refused `/user` (undefined). */
async function tokenLogin(gh: GitHubClient): Promise<string | undefined> {
  try {
    return (await gh.request<{ login?: string }>('GET', '/user')).login;
  } catch (e) {
    if (e instanceof GitHubApiError) return undefined;
    throw e;
  }
}

/** Added lines of a unified diff patch, with their line numbers on the new (RIGHT) side. */
export function addedLines(patch: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let right = 0;
  for (const l of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (h) {
      right = Number(h[1]);
      continue;
    }
    if (right === 0) continue;
    if (l.startsWith('+')) out.push({ line: right++, text: l.slice(1) });
    else if (l.startsWith(' ')) right++;
    // '-' lines and "\ No newline at end of file" do not advance the new side.
  }
  return out;
}

export function commentBody(f: Finding): string {
  const first = f.secret.split(/\r?\n/)[0]!;
  return [
    marker(f.fingerprint),
    `**leakward: a secret was committed here** — ${cell(f.ruleId)} (${f.confidence} confidence)`,
    '',
    `${cell(f.description)}: ${cell(redact(first))}${f.commit ? `, added in ${f.commit.slice(0, 7)}` : ''}.`,
    '',
    'Treat it as compromised: **revoke or rotate it** at its provider, then remove it from the branch (rewriting the ' +
      'commits that hold it, since they are already pushed). A false positive? Add `leakward:allow` in a comment on the line.',
  ].join('\n');
}

/**
 * Which findings get a comment, and where: on the line of the pull request's diff (head side) that
 * adds the secret — found by content, since later commits of the pull request may have moved it.
 */
export function planComments(
  findings: Finding[],
  ctx: { files: PullFile[]; prCommits: Set<string>; existing: Set<string>; max?: number },
): CommentPlan {
  const files = new Map(ctx.files.map((f) => [f.filename, f]));
  const plan: CommentPlan = { create: [], existing: 0, unplaced: [] };
  const planned = new Set<string>();
  for (const f of findings) {
    if (ctx.existing.has(f.fingerprint)) {
      plan.existing++;
      continue;
    }
    if (planned.has(f.fingerprint)) continue;
    if (f.commit && ctx.prCommits.size > 0 && !ctx.prCommits.has(f.commit)) {
      plan.unplaced.push({ finding: f, why: 'its commit is not one of the pull request\'s commits' });
      continue;
    }
    if (notInAFile(f)) {
      plan.unplaced.push({ finding: f, why: `it is in ${placeOf(f)}, not in a file` });
      continue;
    }
    const file = files.get(f.file);
    if (!file) {
      plan.unplaced.push({ finding: f, why: 'the file is not changed by the pull request (added and removed again?)' });
      continue;
    }
    if (file.patch === undefined) {
      plan.unplaced.push({ finding: f, why: 'GitHub shows no diff for this file (too large)' });
      continue;
    }
    const needle = f.secret.split(/\r?\n/)[0]!;
    const hit = addedLines(file.patch).find((l) => l.text.includes(needle));
    if (!hit) {
      plan.unplaced.push({ finding: f, why: 'a later commit of the pull request removed it, but it stays in the branch\'s history' });
      continue;
    }
    if (plan.create.length >= (ctx.max ?? 50)) {
      plan.unplaced.push({ finding: f, why: 'more findings than comments per run (50)' });
      continue;
    }
    planned.add(f.fingerprint);
    plan.create.push({ finding: f, path: f.file, line: hit.line, body: commentBody(f) });
  }
  return plan;
}

export interface CommentOutcome {
  created: number;
  existing: number;
  unplaced: Array<{ finding: Finding; why: string }>;
  /** Set when commenting stopped: e.g. a read-only token on a pull request from a fork. */
  failure?: string;
}

/** Lists the pull request's commits, files and comments (all pages), then posts the missing comments. */
export async function postReviewComments(gh: GitHubClient, repo: string, pr: PullRequestRef, findings: Finding[]): Promise<CommentOutcome> {
  const base = `/repos/${repo}/pulls/${pr.number}`;
  const out: CommentOutcome = { created: 0, existing: 0, unplaced: [] };
  try {
    const [commits, files, comments, self] = await Promise.all([
      gh.paginate<{ sha: string }>(`${base}/commits`),
      gh.paginate<PullFile>(`${base}/files`),
      gh.paginate<ReviewComment>(`${base}/comments`),
      tokenLogin(gh),
    ]);
    // GitHub lists at most 250 commits of a pull request: a full list may be cut short, so it cannot exclude.
    const prCommits = new Set(commits.length >= MAX_LISTED_COMMITS ? [] : commits.map((c) => c.sha));
    const plan = planComments(findings, { files, prCommits, existing: commentedFingerprints(comments, self) });
    out.existing = plan.existing;
    out.unplaced = plan.unplaced;
    for (const c of plan.create) {
      try {
        await gh.request('POST', `${base}/comments`, { body: c.body, commit_id: pr.headSha, path: c.path, line: c.line, side: 'RIGHT' });
        out.created++;
      } catch (e) {
        // 422: GitHub would not place it (the line is outside the diff it shows); the others may still go.
        if (e instanceof GitHubApiError && e.status === 422) out.unplaced.push({ finding: c.finding, why: `GitHub refused the comment: ${e.message}` });
        else throw e;
      }
    }
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    const readOnly = e.status === 403 || e.status === 404;
    out.failure = `${e.message}${readOnly ? ' — the token cannot write to this pull request (pull requests from forks get a read-only token; ' +
      'give the job `pull-requests: write`, or rely on annotations and SARIF)' : ''}`;
  }
  return out;
}
