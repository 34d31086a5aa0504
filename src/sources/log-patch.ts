/**
 * Commits as patches: `git log -p --cc` streamed through the diff parser, each file's added lines
 * yielded as Fragments that carry their commit (hash, author, email, date, subject): the source of
 * `--range A..B`. Nothing is held beyond one file of one commit. Also here, shared with `--history`
 * (blob-based, src/sources/history.ts): what is known of the repository first (inspectRepo), commit
 * messages as Fragments, and the sink that keeps each secret once, at its oldest commit.
 *
 * Merges: `--cc` shows only what a merge itself brings in — lines new against every parent (a conflict
 * resolution, an "evil merge") — so a line from a merged branch is seen once, in the branch's commit.
 */
import { statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { LeakwardError } from '../errors.js';
import { addOverflow, countOverflow, MAX_KEPT_SUPPRESSED, type FindingSink } from '../scan-core.js';
import type { DetectResult, Finding, Fragment, RuleSet, ScanStats, SkippedFile, Suppression } from '../types.js';
import { DiffParser, joinRuns, KEY_HEADER_REACH, LineSplitter, type AddedRun, type DiffFile } from './diff-parse.js';
import { gitReason, gitRun, readAhead, spawnGit, type GitProcess } from './git-stream.js';
import { textChanges, ZERO_ID, type BinaryLookingChange } from './text-changes.js';

/** A commit as `git log` printed it; `seq` is its position in the output (higher = printed later). */
export interface CommitInfo {
  commit: string;
  /** Committer time, seconds since the epoch. */
  time: number;
  seq: number;
  author: string;
  email: string;
  /** Author date, strict ISO 8601. */
  date: string;
  /** The subject line. */
  message: string;
}

/**
 * Where a history change's findings belong: the oldest commit that made the change. A change is scanned
 * once, at the newest commit that makes it (history is read newest first); older commits making the
 * same change move it back.
 */
export interface Origin {
  info: CommitInfo;
  /** The file the change was made to there (a copy or rename makes the same change to another). */
  path: string;
  /** Other places that made the same change (at most MAX_OTHER_PLACES): for an ignore entry that drops the one reported. */
  others?: Array<{ info: CommitInfo; path: string }>;
}

/** Other places of a change remembered (Origin.others). */
const MAX_OTHER_PLACES = 16;

/** Records that the change `o` stands for was made at `info`/`path` too: the older place becomes `o`'s, the other is remembered. */
export function samePlaceAgain(o: Origin, info: CommitInfo, path: string): void {
  const isOlder = older(info, o.info);
  const other = isOlder ? { info: o.info, path: o.path } : { info, path };
  if (isOlder) {
    o.info = info;
    o.path = path;
  }
  if (other.info.commit === o.info.commit && other.path === o.path) return;
  o.others ??= [];
  if (o.others.length < MAX_OTHER_PLACES) o.others.push(other);
}

/** A Fragment from a commit's patch, with what it takes to tell which of two commits is older. */
export type PatchFragment = Fragment & {
  bytes: number; time: number; seq: number; origin?: Origin | undefined;
  /** Its lines that are only context, not added by the commit (see onAddedLines). */
  context?: number[] | undefined;
};

/** The file name a commit message's findings have (their place says it is not a file). */
export const MESSAGE_PATH = '(commit message)';

export interface LogPatchOptions {
  /** A directory inside the repository. */
  root: string;
  /** Options that choose commits: `--all`, `--since=…`, `--max-count=…` (built by leakward, never user text). */
  select: string[];
  /** Revisions and ranges, e.g. `['A..B']`: given after `--end-of-options`, never read as options. */
  revs: string[];
  /** A file's added lines in one commit beyond this many bytes: the file is skipped for that commit. */
  maxFileSize: number;
  /** Paths to leave out unread (global allowlists). */
  exclude?: (path: string) => boolean;
  /** Paths that matter even with no text to read (path-only rules: a keystore's name is the finding). */
  byName?: (path: string) => boolean;
  onSkip?: (s: SkippedFile) => void;
  onCommit?: (c: CommitInfo) => void;
}

/** Fields of the header line (`%x1e` then NUL-separated, so no subject or name can be mistaken for it). */
const FORMAT = '--format=%x1e%H%x00%ct%x00%an%x00%ae%x00%aI%x00%s';

/**
 * Flags that pin what the parser reads, whatever the user's config says (diff.noprefix, diff.relative,
 * diff.external, log.showSignature, color.ui, diff.renames): plain a/ b/ patches of whole-repo paths.
 */
const PATCH_ARGS = [
  // Context lines: see readPatches.
  'log', '-p', `-U${KEY_HEADER_REACH}`, '--cc', '--full-index', '--date-order', '--no-renames', '--no-ext-diff', '--no-textconv', '--no-color', '--no-relative',
  '--no-show-signature', '--src-prefix=a/', '--dst-prefix=b/', FORMAT,
];

/** A commit's whole message as a Fragment (its line 1 is the subject), or undefined for an empty one. */
export function messageFragment(c: CommitInfo, body: string): PatchFragment | undefined {
  const text = body.replace(/\n+$/, '');
  if (text.trim() === '') return undefined;
  const f = commitFragment(c, MESSAGE_PATH, text, 1, Buffer.byteLength(text));
  f.place = 'commit-message';
  return f;
}

/** A Fragment of `path` as `commit` has it, with what a sink needs to weigh which commit is older. */
export function commitFragment(c: CommitInfo, path: string, text: string, startLine: number, bytes: number, context?: number[]): PatchFragment {
  return {
    text, path, startLine, bytes,
    commit: c.commit, author: c.author, email: c.email, date: c.date, message: c.message, time: c.time, seq: c.seq, origin: undefined,
    context, place: undefined,
  };
}

export interface LogPatchStream {
  fragments: AsyncGenerator<PatchFragment>;
  /** Stops git when the fragments will not be read after all. */
  stop(): void;
}

/**
 * Starts `git log` at once — it works while the caller loads rules — and returns the Fragments to read.
 * Set `onSkip`/`onCommit` before reading; `exclude` may be set late too (it is read per file).
 */
export function logPatchFragments(opts: LogPatchOptions): LogPatchStream {
  // `--end-of-options` keeps a revision that starts with `-` from being read as an option.
  const proc = spawnGit(opts.root, [...PATCH_ARGS, ...opts.select, '--end-of-options', ...opts.revs], 'read the history');
  proc.child.stdin.end();
  return { fragments: readPatches(proc, opts), stop: () => proc.kill() };
}

async function* readPatches(proc: GitProcess, opts: LogPatchOptions): AsyncGenerator<PatchFragment> {
  let commit: CommitInfo | undefined;
  let seq = 0;
  /**
   * The current file's runs of added lines, held until the file ends (it may yet turn out too large),
   * then scanned with the unchanged lines around them (joinRuns): a multi-line secret's lines that the
   * commit kept (a private key's BEGIN line, a YAML key's name) are scanned with it, and a match on
   * them alone is dropped (`context`, onAddedLines).
   */
  let runs: AddedRun[] = [];
  const ready: PatchFragment[] = [];
  /** Files git showed as binary: read and compared once the log is read (text-changes.ts). */
  const binaries: Array<BinaryLookingChange & { commit: CommitInfo }> = [];
  const skip = (file: DiffFile, reason: SkippedFile['reason'], detail: string) =>
    opts.onSkip?.({ path: file.path, reason, detail: `${detail}, commit ${commit?.commit.slice(0, 12) ?? '?'}` });
  const parser = new DiffParser(
    {
      added: (_file, startLine, lines, above, below) => {
        runs.push({ startLine, lines, above, below });
      },
      fileEnd: (file) => {
        const held = runs;
        runs = [];
        if (!commit || file.mode === '160000') return; // a submodule's "Subproject commit <id>"
        if (opts.exclude?.(file.path)) return;
        const c = commit;
        const fragment = (text: string, startLine: number, bytes: number, context?: number[]) => commitFragment(c, file.path, text, startLine, bytes, context);
        if (file.status !== 'deleted' && held.length === 0 && opts.byName?.(file.path)) ready.push(fragment('', 1, 0));
        if (file.binary) {
          if (file.status === 'deleted') return;
          if (!file.newBlob || ZERO_ID.test(file.newBlob)) return skip(file, 'binary', 'binary');
          const oldBlobs = (file.oldBlob ?? '').split(',').filter((o) => o !== '' && !ZERO_ID.test(o));
          binaries.push({ commit: c, path: file.path, newBlob: file.newBlob, oldBlobs });
          return;
        }
        if (file.tooLarge) return skip(file, 'too-large', `more than ${opts.maxFileSize} bytes added`);
        if (held.length === 0) return;
        // The file's added bytes are counted once, on its first Fragment (what fills gaps is not content).
        let bytes = file.addedBytes;
        for (const t of joinRuns(held)) {
          ready.push(fragment(t.lines.join('\n'), t.startLine, bytes, t.context.length > 0 ? t.context : undefined));
          bytes = 0;
        }
      },
    },
    { maxFileBytes: opts.maxFileSize },
  );
  const onLine = (line: string) => {
    if (parser.push(line)) return;
    if (line.charCodeAt(0) !== 0x1e) return; // the blank line after a header
    // A commit header: the previous commit's last file is over.
    parser.end();
    const [h, ct, an, ae, ai, s] = line.slice(1).split('\0');
    commit = { commit: h ?? '', time: Number(ct), seq: seq++, author: an ?? '', email: ae ?? '', date: ai ?? '', message: s ?? '' };
    opts.onCommit?.(commit);
  };
  const decoder = new StringDecoder('utf8');
  const splitter = new LineSplitter();
  let ok = false;
  try {
    for await (const chunk of readAhead(proc.child.stdout)) {
      for (const line of splitter.write(decoder.write(chunk))) onLine(line);
      if (ready.length) yield* ready.splice(0);
    }
    for (const line of splitter.write(decoder.end())) onLine(line);
    for (const line of splitter.end()) onLine(line);
    parser.end();
    if (ready.length) yield* ready.splice(0);
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
  for await (const t of textChanges(opts.root, binaries, opts.maxFileSize, 'a version')) {
    const { commit: c, path } = t.change;
    if ('skip' in t) {
      opts.onSkip?.({ path, reason: t.skip, detail: `${t.detail ? `${t.detail}, ` : ''}commit ${c.commit.slice(0, 12)}` });
      continue;
    }
    let bytes = t.bytes;
    for (const run of joinRuns(t.runs)) {
      yield commitFragment(c, path, run.lines.join('\n'), run.startLine, bytes, run.context.length > 0 ? run.context : undefined);
      bytes = 0;
    }
  }
}

/** Skipped files named in a report; more are only counted (a history can skip thousands of binaries). */
const MAX_NAMED_SKIPS = 1000;

/** Skips kept up to a bound, the rest only counted by reason. */
export function boundedSkips(): { list: SkippedFile[]; add: (s: SkippedFile) => void; count: (stats: ScanStats) => void } {
  const list: SkippedFile[] = [];
  const extra: Partial<Record<SkippedFile['reason'], number>> = {};
  return {
    list,
    add: (s) => {
      if (list.length < MAX_NAMED_SKIPS) list.push(s);
      else extra[s.reason] = (extra[s.reason] ?? 0) + 1;
    },
    /** Adds the skips beyond the bound to stats that counted the list. */
    count: (stats) => {
      for (const [reason, n] of Object.entries(extra) as Array<[SkippedFile['reason'], number]>) {
        stats.skipped += n;
        stats.skippedByReason[reason] = (stats.skippedByReason[reason] ?? 0) + n;
      }
    },
  };
}

/** Where a finding was seen: enough to tell which of two commits is older, and nothing more. */
interface Seen {
  commit: string | undefined;
  time: number;
  seq: number;
}

/**
 * Older: printed later by `git log`, which prints newest first and, with `--date-order`, never a
 * commit before its children — so a child whose committer clock was behind its parent's still counts
 * as newer (by time alone, a secret was reported at the commit that only edited its line). Time
 * breaks a tie (the root commits' files, read apart, come with the same place).
 */
export function older(a: Seen, b: Seen): boolean {
  return a.seq !== b.seq ? a.seq > b.seq : a.time < b.time;
}

/**
 * A finding with its strings copied: a slice of a fragment's text can keep the whole text alive, and
 * a history scan keeps findings from many fragments.
 */
function detach(f: Finding): Finding {
  const copy = (x: string) => Buffer.from(x, 'utf8').toString('utf8');
  const d: Finding = { ...f, secret: copy(f.secret), match: copy(f.match), lineText: copy(f.lineText) };
  if (f.encoded !== undefined) d.encoded = copy(f.encoded);
  return d;
}

/** A sink for commit sources, with the count of suppressed candidates it did not keep. */
export interface CommitSink extends FindingSink<PatchFragment> {
  count(stats: ScanStats): void;
}

/** A place a key (a fingerprint) was found: where, and the origin whose commit may still move back. */
interface Candidate<T> {
  item: T;
  finding: Finding;
  at: Seen;
  origin: Origin | undefined;
}

/** Places (a change and a file) kept per key; past this the newest goes (a secret re-found at every edit next to it). */
const MAX_ORIGINS_PER_KEY = 64;

/** Where a candidate belongs now: its origin's oldest commit, or where it was found. */
const placeOf = (c: Candidate<unknown>): Seen => (c.origin ? c.origin.info : c.at);

const fileOf = (c: Candidate<unknown>): string => (c.origin ? c.origin.path : c.finding.file);

/** Older place first; within a commit, the first file and line, a file before the commit's message. */
function before(a: Candidate<unknown>, b: Candidate<unknown>): boolean {
  const pa = placeOf(a);
  const pb = placeOf(b);
  if (pa.commit !== pb.commit) return older(pa, pb);
  const ma = a.finding.place === 'commit-message';
  if (ma !== (b.finding.place === 'commit-message')) return !ma;
  const fa = fileOf(a);
  const fb = fileOf(b);
  return fa < fb || (fa === fb && a.finding.line < b.finding.line);
}

/**
 * The oldest candidate per key. A history scan reads newest first and scans a change once however
 * many commits make it, so the commit it belongs to (its origin's) can still move back after its
 * findings came in: candidates are kept per origin, and the oldest is chosen at the end.
 */
class OldestPerKey<T> {
  private readonly byKey = new Map<string, Array<Candidate<T>>>();

  get size(): number {
    return this.byKey.size;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Adds a candidate; `own` makes the copy that is kept (only a candidate kept is copied). */
  add(key: string, c: Candidate<T>, own: (c: Candidate<T>) => Candidate<T>): void {
    const list = this.byKey.get(key);
    if (!list) {
      this.byKey.set(key, [own(c)]);
      return;
    }
    // One per place: a change (its origin) and the file it was found in (range Fragments have no origin).
    const same = list.findIndex((x) => x.origin === c.origin && x.finding.file === c.finding.file);
    if (same >= 0) {
      if (before(c, list[same]!)) list[same] = own(c);
      return;
    }
    list.push(own(c));
    if (list.length > MAX_ORIGINS_PER_KEY) {
      let newest = 0;
      for (let k = 1; k < list.length; k++) if (before(list[newest]!, list[k]!)) newest = k;
      list.splice(newest, 1);
    }
  }

  /**
   * Each key's candidates, oldest first (the keys by their oldest), each with the origin it moves to
   * (if its finding was found elsewhere) and the other places its change was made (Origin.others).
   */
  oldest(): Array<Array<{ item: T; moved: Origin | undefined; others: Origin['others']; at: Seen }>> {
    const order = (a: Candidate<T>, b: Candidate<T>) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
    const lists = [...this.byKey.values()].map((list) => [...list].sort(order));
    lists.sort((a, b) => order(a[0]!, b[0]!));
    return lists.map((list) => list.map((c) => {
      const o = c.origin;
      return { item: c.item, moved: o && (o.info.commit !== c.at.commit || o.path !== c.finding.file) ? o : undefined, others: o?.others, at: placeOf(c) };
    }));
  }
}

/** A kept candidate's own copy of its finding (see detach). */
const ownFinding = (c: Candidate<Finding>): Candidate<Finding> => {
  const finding = detach(c.finding);
  return { ...c, item: finding, finding };
};
const ownSuppression = (c: Candidate<Suppression>): Candidate<Suppression> => {
  const finding = detach(c.finding);
  return { ...c, item: { ...c.item, finding }, finding };
};

/** The finding as made by the origin's change instead: same content, so the same line and column. */
function movedTo(f: Finding, o: Origin | undefined): Finding {
  if (!o) return f;
  const c = o.info;
  return { ...f, file: o.path, commit: c.commit, author: c.author, email: c.email, date: c.date, message: c.message };
}

/**
 * Each fingerprint once, from the oldest commit that added it (within a commit, the first place).
 * Suppressed candidates fold the same way, per fingerprint and kind, up to a bound. A finding that
 * moves to an older commit or another path (its change's origin) goes through `recheck` there, since
 * an allowlist may name that commit or path: what it says drops the finding after all.
 */
export function oldestCommitSink(
  maxSuppressed = MAX_KEPT_SUPPRESSED,
  recheck?: (f: Finding) => Omit<Suppression, 'finding'> | undefined,
): CommitSink {
  const kept = new OldestPerKey<Finding>();
  const dropped = new OldestPerKey<Suppression>();
  const overflow: Partial<Record<Suppression['kind'], number>> = {};
  /** Findings and suppressions as they end up, worked out once (both lists depend on the rechecks). */
  let settled: { findings: Finding[]; suppressed: Suppression[]; elsewhere: Map<Finding, Finding[]> } | undefined;
  const settle = () => {
    if (settled) return settled;
    const findings: Finding[] = [];
    const elsewhere = new Map<Finding, Finding[]>();
    const suppressed = dropped.oldest().map((list) => list[0]!).map(({ item, moved }) => (moved ? { ...item, finding: movedTo(item.finding, moved) } : item));
    for (const places of kept.oldest()) {
      // The oldest place no allowlist drops (a place it moved to may be allowlisted); the later ones
      // stay known, for an ignore entry that drops the one reported (applyIgnoreFiles).
      let reported: Finding | undefined;
      const rest: Array<{ f: Finding; at: Seen }> = [];
      for (const { item, moved, others, at } of places) {
        const f = movedTo(item, moved);
        const verdict = moved && recheck?.(f);
        if (verdict) {
          if (!reported && rest.length === 0) suppressed.push({ ...verdict, finding: f });
        } else if (!reported) reported = f;
        else rest.push({ f, at });
        // The same change made elsewhere: the same finding there.
        for (const p of others ?? []) {
          const g = movedTo(item, { info: p.info, path: p.path });
          if (!recheck?.(g)) rest.push({ f: g, at: p.info });
        }
      }
      if (!reported) continue;
      findings.push(reported);
      if (rest.length > 0) elsewhere.set(reported, rest.sort((a, b) => (older(a.at, b.at) ? -1 : older(b.at, a.at) ? 1 : 0)).map((x) => x.f));
    }
    return (settled = { findings, suppressed, elsewhere });
  };
  return {
    add(r: DetectResult, fragment: PatchFragment) {
      // Not the fragment itself: it holds the text.
      const at: Seen = { commit: fragment.commit, time: fragment.time, seq: fragment.seq };
      const origin = fragment.origin;
      for (const f of r.findings) kept.add(f.fingerprint, { item: f, finding: f, at, origin }, ownFinding);
      for (const s of r.suppressed) {
        const key = `${s.kind}\0${s.finding.fingerprint}`;
        if (!dropped.has(key) && dropped.size >= maxSuppressed) {
          overflow[s.kind] = (overflow[s.kind] ?? 0) + 1;
          continue;
        }
        dropped.add(key, { item: s, finding: s.finding, at, origin }, ownSuppression);
      }
      addOverflow(overflow, r.overflow);
    },
    findings: () => settle().findings,
    suppressed: () => settle().suppressed,
    elsewhere: () => settle().elsewhere,
    count: (stats) => countOverflow(stats, overflow),
  };
}

export interface RepoInfo {
  shallow: boolean;
  hasCommits: boolean;
  /** Refs `--all` covers; a detached HEAD counts as one more. */
  refs: number;
  /** Refs that lead to a file or a folder rather than a commit (see objectTips). */
  tips: ObjectTip[];
  /** Refs to annotated tags: the tag object's id. */
  tags: Array<{ ref: string; oid: string }>;
}

/** A ref that leads to a blob or a tree, not a commit. */
export interface ObjectTip {
  ref: string;
  oid: string;
  type: 'blob' | 'tree';
}

/** What `--history` and `--range` need to know first; errors say why there is no repository. */
export async function inspectRepo(root: string, flag = '--history'): Promise<RepoInfo> {
  try {
    if (!statSync(root).isDirectory()) throw new LeakwardError('USAGE', `${root} is not a directory`, 'Pass a directory inside a git repository.');
  } catch (e) {
    if (e instanceof LeakwardError) throw e;
    throw new LeakwardError('USAGE', `cannot scan ${root}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'Check the path exists and is readable.');
  }
  const top = await gitRun(root, ['rev-parse', '--git-dir', '--is-shallow-repository']);
  if (top.code !== 0) {
    const why = gitReason(top.stderr) ?? '';
    if (/not a git repository/i.test(why)) {
      throw new LeakwardError('NOT_A_REPO', `${root} is not in a git repository, so it has no history to scan`,
        `Run it inside a clone (or pass its path), or drop ${flag} to scan the files as they are.`);
    }
    throw new LeakwardError('GIT_FAILED', `git could not open the repository at ${root}: ${why || `exit code ${top.code}`}`,
      'Run `git status` there to see what is wrong.');
  }
  const [refs, head] = await Promise.all([
    // Each ref's object type, and the type of what an annotated tag points at (one level).
    gitRun(root, ['for-each-ref', '--format=%(objecttype) %(*objecttype) %(objectname) %(*objectname) %(refname)']),
    gitRun(root, ['symbolic-ref', '-q', 'HEAD']),
  ]);
  // (symbolic-ref -q exits 1 for a detached HEAD; anything else is git failing, not an empty history.)
  for (const [r, what] of [[refs, 'list its refs'], [head, 'read HEAD']] as const) {
    if (r.code !== 0 && !(r === head && r.code === 1)) {
      const why = gitReason(r.stderr) ?? `exit code ${r.code}`;
      throw new LeakwardError('GIT_FAILED', `git could not ${what} in ${root}: ${why}`, 'Run `git status` there to see what is wrong.');
    }
  }
  const lines = refs.stdout.split('\n').filter(Boolean);
  const { tips, tags } = await objectTips(root, lines);
  // HEAD names a branch even before its first commit (symbolic-ref succeeds on an unborn branch); a
  // detached HEAD always points at a commit. So there are commits iff a ref leads to one or HEAD is detached.
  const detached = head.code !== 0;
  return {
    shallow: top.stdout.split('\n')[1]?.trim() === 'true',
    hasCommits: lines.length > tips.length || detached,
    refs: lines.length + (detached ? 1 : 0),
    tips,
    tags,
  };
}

/**
 * The refs that lead to a file or a folder, not a commit (`git tag key <blob>`, an annotated tag of a
 * tree): `git log --all` passes over them, yet they are pushed and cloned like any tag. A tag of a tag
 * is followed to the end (`ref^{}`), which for-each-ref's `*` fields do not do. Also the refs to
 * annotated tags (`tags`): their messages are pushed with them.
 */
async function objectTips(root: string, refLines: string[]): Promise<Pick<RepoInfo, 'tips' | 'tags'>> {
  const tips: ObjectTip[] = [];
  const tags: RepoInfo['tags'] = [];
  const nested: string[] = [];
  for (const line of refLines) {
    // Ref names hold no spaces (git refuses them), so the fields split cleanly; `*` fields are empty
    // for a ref that is not an annotated tag.
    const [type, peeledType, oid, peeledOid, ref] = line.split(' ');
    if (ref === undefined) continue;
    if (type === 'tag') tags.push({ ref, oid: oid! });
    const t = peeledType || type;
    if (t === 'blob' || t === 'tree') tips.push({ ref, oid: (peeledType ? peeledOid : oid)!, type: t });
    else if (t === 'tag') nested.push(ref);
  }
  if (nested.length === 0) return { tips, tags };
  const r = await gitRun(root, ['cat-file', '--batch-check=%(objecttype) %(objectname)'], nested.map((ref) => `${ref}^{}\n`).join(''));
  if (r.code !== 0) throw new LeakwardError('GIT_FAILED', `git could not read the tags in ${root}: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, 'Run `git status` there to see what is wrong.');
  r.stdout.split('\n').slice(0, nested.length).forEach((line, k) => {
    const [type, oid] = line.split(' ');
    if ((type === 'blob' || type === 'tree') && oid) tips.push({ ref: nested[k]!, oid, type });
  });
  return { tips, tags };
}

/**
 * What git makes of a `--since` value, as a note for the user ("commits newer than …"). git reads any
 * text as a date — a typo as "now" — and a window starting now or later holds no commit: that would
 * pass for an all-clear, so it is an error instead.
 */
export async function sinceWindow(root: string, since: string): Promise<string> {
  const r = await gitRun(root, ['rev-parse', `--since=${since}`]);
  const at = Number(/--max-age=(\d+)/.exec(r.stdout)?.[1]);
  if (r.code !== 0 || !Number.isFinite(at)) {
    throw new LeakwardError('USAGE', `git cannot read --since ${JSON.stringify(since)} as a date`, 'Give a date such as 2024-01-01 or "2 weeks ago".');
  }
  const when = new Date(at * 1000).toISOString().replace('.000Z', 'Z');
  if (at * 1000 >= Date.now() - 1000) {
    throw new LeakwardError('USAGE', `--since ${JSON.stringify(since)} reads as ${when}, now or later, so no commit is newer: nothing would be scanned`,
      'Give a date in the past, such as 2024-01-01, "2 weeks ago" or yesterday (git reads text it does not know as now).');
  }
  return `--since ${JSON.stringify(since)}: commits newer than ${when}.`;
}

/** Path-only rules (no regex: the file's name is the finding), to test names that have no text to scan. */
export function byName(ruleSet: RuleSet): ((path: string) => boolean) | undefined {
  const rules = ruleSet.rules.filter((r) => !r.matcher && r.pathMatcher);
  return rules.length ? (path) => rules.some((r) => r.pathMatcher!.test(path)) : undefined;
}
