/**
 * What to scan for a workflow event: pure, from the event name and its payload alone, so every event
 * kind is table-tested over payload fixtures (fixtures/events/). Whether the clone holds the commits a
 * plan needs is checked afterwards, against the repository.
 */

/** The part of a pull request the Action needs. */
export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
}

export type ScanPlan =
  | {
      kind: 'range';
      /** The range excludes what `base` reaches: a commit id or a full ref name. */
      base: string;
      head: string;
      why: string;
      /** Used when `base` is not in the clone (the old tip a force-push dropped); else that is an error. */
      otherwise?: ScanPlan;
      pullRequest?: PullRequestRef;
    }
  | { kind: 'history'; why: string }
  | { kind: 'nothing'; why: string };

export interface EventContext {
  eventName: string;
  payload: unknown;
  mode: 'diff' | 'history';
}

const ZERO = /^0+$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A commit id from the payload, or undefined: a payload names commits by full hex id only. */
function sha(v: unknown): string | undefined {
  const s = str(v);
  return s !== undefined && SHA.test(s) ? s : undefined;
}

export function pullRequestOf(payload: unknown): PullRequestRef | undefined {
  const pr = obj(obj(payload).pull_request);
  const base = obj(pr.base);
  const head = obj(pr.head);
  const number = pr.number ?? obj(payload).number;
  const baseSha = sha(base.sha);
  const headSha = sha(head.sha);
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || !baseSha || !headSha) return undefined;
  return { number, baseSha, headSha, baseRef: str(base.ref) ?? '', headRef: str(head.ref) ?? '' };
}

/** `refs/remotes/origin/<default branch>`: where actions/checkout (fetch-depth: 0) puts it. */
function defaultBranchRef(payload: unknown): { name: string; ref: string } | undefined {
  const name = str(obj(obj(payload).repository).default_branch);
  return name ? { name, ref: `refs/remotes/origin/${name}` } : undefined;
}

/** A push: before..after; a new branch: what is not on the default branch; a deletion: nothing. */
function pushPlan(payload: unknown): ScanPlan {
  const p = obj(payload);
  const ref = str(p.ref) ?? '';
  const after = sha(p.after);
  const before = str(p.before) ?? '';
  if (p.deleted === true || (after === undefined && ZERO.test(str(p.after) ?? ''))) {
    return { kind: 'nothing', why: `the push deleted ${ref || 'a ref'}: no commits were added` };
  }
  if (!after) return { kind: 'history', why: 'the push event names no commit (`after`): scanning the whole history' };
  const def = defaultBranchRef(payload);
  const newRef = (why: string): ScanPlan => {
    if (!def || ref === `refs/heads/${def.name}`) {
      return { kind: 'history', why: `${why}, and there is no other branch to compare with: scanning the whole history` };
    }
    return { kind: 'range', base: def.ref, head: after, why: `${why}: the commits of ${ref || after} that are not on ${def.name}` };
  };
  if (ZERO.test(before) || p.created === true) return newRef(`new ref ${ref}`);
  const from = sha(before);
  if (!from) return { kind: 'history', why: `the push event's \`before\` is not a commit id: scanning the whole history` };
  if (p.forced === true) {
    // The old tip is usually gone from a fresh clone after a force-push; what the new tip adds to the
    // default branch is then the closest safe set (it scans more, never less).
    return { kind: 'range', base: from, head: after, why: `force-push to ${ref}: ${from.slice(0, 7)}..${after.slice(0, 7)}`, otherwise: newRef(`force-push to ${ref} (old tip not in the clone)`) };
  }
  return { kind: 'range', base: from, head: after, why: `push to ${ref}: ${from.slice(0, 7)}..${after.slice(0, 7)}` };
}

export function resolveScanPlan(ctx: EventContext): ScanPlan {
  if (ctx.mode === 'history') return { kind: 'history', why: 'mode: history' };
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = pullRequestOf(ctx.payload);
      if (!pr) return { kind: 'history', why: `the ${ctx.eventName} payload has no base and head commits: scanning the whole history` };
      // base..head is what the merge-base of the two reaches up to head: the pull request's own commits.
      return {
        kind: 'range', base: pr.baseSha, head: pr.headSha, pullRequest: pr,
        why: `pull request #${pr.number}: the commits from its merge base with ${pr.baseRef || 'the base'} to ${pr.headSha.slice(0, 7)}`,
      };
    }
    case 'push':
      return pushPlan(ctx.payload);
    case 'merge_group': {
      const g = obj(obj(ctx.payload).merge_group);
      const base = sha(g.base_sha);
      const head = sha(g.head_sha);
      if (base && head) return { kind: 'range', base, head, why: `merge group: ${base.slice(0, 7)}..${head.slice(0, 7)}` };
      return { kind: 'history', why: 'the merge_group payload has no base and head commits: scanning the whole history' };
    }
    case 'workflow_dispatch':
    case 'schedule':
      return { kind: 'history', why: `${ctx.eventName}: scanning the whole history` };
    default:
      return { kind: 'history', why: `event ${ctx.eventName || '(unknown)'} names no commit range: scanning the whole history` };
  }
}
