/**
 * `--history`: every commit reachable from every ref (branches, tags, remotes, stash, a detached HEAD),
 * each secret reported once, at the commit that introduced it.
 *
 * Blob-based, newest commit first: `git log --raw` names the file versions each commit brings in and
 * the versions they replace (no diffs — git producing patches is the floor of every patch-based
 * scanner), the versions are read from one `git cat-file --batch`, and only the lines a change added
 * are scanned, with a line of context (src/sources/new-lines.ts). Newest first because a pack stores a
 * file's newest version whole and older ones as deltas against newer ones: read oldest first, git
 * rebuilds each old version from the top of its chain, and on a 12,000-commit history that made
 * `cat-file` 6× slower (4.25 s against 0.69 s for the same blobs). Each version is read once: the one
 * a change replaced is kept for the next (older) change to that file, which brings it in.
 *
 * Also scanned: each commit's message (from the same log), and — whole history only — the files of
 * refs that lead to a blob or a tree instead of a commit, and annotated tags' messages (runTips,
 * runTagMessages); those have no commit.
 *
 * A change made by several commits (a cherry-pick, the same edit on two branches) is scanned once — at
 * paths the rules treat alike (HistoryWalk.changeKey) — and its findings belong to the oldest of them; the same secret added in several places is reported once,
 * at the oldest (src/sources/log-patch.ts, oldestCommitSink). The root commits' files, which newest
 * first would come last, are read by a second `cat-file` from the start and scanned whenever the engine
 * thread has room (HistoryWalk.runRoots). Memory is bounded: the changes seen (300k), the versions
 * kept for the next change (32 MB), the log's read-ahead queue (16 MB), the engine thread's batches in
 * flight and the one waiting for room (git's output is read only while there is room), the root files'
 * ids (200k), plus the distinct secrets found.
 */
import { allowlisted, pathAllowed, pathSignature } from '../engine/allowlist.js';
import type { EngineSpec, Utf8Text } from '../engine/worker-detector.js';
import { LeakwardError } from '../errors.js';
import { onAddedLines, type FragmentLane } from '../scan-core.js';
import { scanFragments, type ScanContext, type ScanProgress, type ScanResult } from '../scan.js';
import type { RuleSet, SkippedFile } from '../types.js';
import { decodeText } from './decode-text.js';
import { BlobFetcher, feedLines, gitReason, gitRun, readBlobs, spawnGit, streamBlobs, type BlobContent } from './git-stream.js';
import {
  boundedSkips, byName, commitFragment, inspectRepo, messageFragment, oldestCommitSink, samePlaceAgain, sinceWindow,
  type CommitInfo, type CommitSink, type ObjectTip, type Origin, type PatchFragment, type RepoInfo,
} from './log-patch.js';
import { isRegular, rawLogCommits, type RawCommit } from './log-raw.js';
import { addedLineSpans, LineHashSet, lineStarts, type LineSpan } from './new-lines.js';

/** What a scan of commits (history or a range) takes. */
export interface CommitScanOptions {
  /** A directory inside the repository (a working tree or a bare repository). */
  root: string;
  /** The rules, or how to get them: called once git is already at work. */
  ruleSet: RuleSet | (() => RuleSet);
  /** History: a file version larger than this is skipped. Range: a file's added lines in one commit beyond this. */
  maxFileSize: number;
  /** Only commits newer than this (anything `git log --since` takes: 2024-01-01, "2 weeks ago"). */
  since?: string;
  /** Only the N most recent commits, across all refs. */
  maxCount?: number;
  baseline?: Set<string>;
  onProgress?: (p: ScanProgress) => void;
  /** How to resolve `ruleSet` on an engine thread; without it the engine runs on this one. */
  engine?: EngineSpec;
}

export type HistoryOptions = CommitScanOptions & {
  /** Bytes of versions kept for the next change to their file (default 32 MB; past it they are read again). */
  keptBytes?: number;
};

export async function scanHistory(options: HistoryOptions): Promise<ScanResult> {
  const started = performance.now();
  const select = ['--all'];
  if (options.since !== undefined) select.push(`--since=${options.since}`);
  if (options.maxCount !== undefined) select.push(`--max-count=${options.maxCount}`);
  // git starts first: it walks the history while the repository is inspected and the rules load.
  const log = rawLogCommits({ root: options.root, select });
  // The root commits' files, known at the start (see HistoryWalk.scanRoot); not for a window of the history.
  const rootLog = select.length === 1 ? rawLogCommits({ root: options.root, select: ['--all', '--max-parents=0'] }) : undefined;
  let repo: RepoInfo;
  let ruleSet: RuleSet;
  let roots = new Map<string, Origin>();
  let sinceNote: string | undefined;
  try {
    [repo, sinceNote] = await Promise.all([
      inspectRepo(options.root),
      options.since !== undefined ? sinceWindow(options.root, options.since) : undefined,
    ]);
    ruleSet = typeof options.ruleSet === 'function' ? options.ruleSet() : options.ruleSet;
    if (rootLog && repo.hasCommits) roots = await rootVersions(rootLog.commits);
  } catch (e) {
    log.stop();
    rootLog?.stop();
    throw e;
  }
  if (!repo.hasCommits) {
    log.stop();
    rootLog?.stop();
  }
  const notes: string[] = [];
  if (repo.shallow) {
    notes.push('shallow clone: commits before the clone\'s depth are not here, so this history is incomplete, and secrets that ' +
      'older commits added show up at the oldest commit present. Fetch all of it first: `git fetch --unshallow` ' +
      '(GitHub Actions: actions/checkout with `fetch-depth: 0`).');
  }
  if (!repo.hasCommits && repo.tips.length === 0) notes.push('the repository has no commits yet: there is no history to scan.');
  if (sinceNote) notes.push(sinceNote);
  // Refs to a file or folder have no commit, so no date: they belong to the whole history, not a window.
  const tips = select.length === 1 ? repo.tips : [];
  if (repo.tips.length > 0) notes.push(tipsNote(repo.tips, tips.length > 0));
  if (repo.tags.length > 0 && select.length > 1) {
    notes.push(`annotated tags' messages are not scanned in a --since/--max-count window (${repo.tags.length} tag${repo.tags.length === 1 ? '' : 's'}): scan the whole history to include them.`);
  }
  const skips = boundedSkips();
  const walk = new HistoryWalk({
    root: options.root,
    maxFileSize: options.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== undefined,
    byName: byName(ruleSet),
    signature: pathSignature(ruleSet),
    onSkip: skips.add,
    roots,
    keptBytes: options.keptBytes ?? KEPT_BYTES,
  });
  const ctx: ScanContext = {
    ruleSet,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.onProgress ? { onProgress: (p: ScanProgress) => options.onProgress!({ ...p, commits: walk.commits }) } : {}),
  };
  // A finding moved to an older commit or path (the same change made there) meets its allowlists again.
  const rules = new Map(ruleSet.rules.map((r) => [r.rule.id, r]));
  const sink = onAddedLines(oldestCommitSink(undefined, (f) => allowlisted(ruleSet.allowlists, rules.get(f.ruleId)?.allowlists ?? [], f)));
  const source = async (lane: FragmentLane<PatchFragment>): Promise<void> => {
    if (repo.hasCommits) await walk.run(log.commits, lane);
    if (tips.length > 0) await walk.runTips(tips, lane);
    // Annotated tags' messages (release notes), like commit messages; not dated, so whole history only.
    if (select.length === 1 && repo.tags.length > 0) await walk.runTagMessages(repo.tags, lane);
  };
  const result = await scanFragments(source, ctx, {
    mode: 'history', skipped: skips.list, started, sink, ...(options.engine ? { worker: options.engine } : {}),
    // Once git's log is all read, this thread's work is winding down while the engine thread's may
    // not be: rather than wait for room in its queue, this thread scans the batch itself.
    helpWhen: () => walk.logRead,
    // The root commits' files, read apart from the start: they fill the engine thread's idle time.
    ...(roots.size > 0 ? { background: (lane: FragmentLane<PatchFragment>) => walk.runRoots(lane) } : {}),
  });
  Object.assign(result.stats, { commits: walk.commits, refs: repo.refs, shallow: repo.shallow, deduplicated: walk.repeated });
  skips.count(result.stats);
  result.notes = notes;
  return result;
}

/** What the scan made of refs that lead to a file or a folder (`ref/path` is where their findings are). */
function tipsNote(tips: ObjectTip[], scanned: boolean): string {
  const names = tips.slice(0, 3).map((t) => `${t.ref} (a ${t.type === 'blob' ? 'file' : 'folder'})`).join(', ') + (tips.length > 3 ? `, and ${tips.length - 3} more` : '');
  return scanned
    ? `${tips.length === 1 ? 'a ref leads' : `${tips.length} refs lead`} to a file or folder, not a commit: ${names}. Scanned as ${tips.length === 1 ? 'it is' : 'they are'}; ` +
      'a finding there has no commit, and its path is the ref\'s name (`ref/path` inside a folder).'
    : `not scanned in a --since/--max-count window, having no commit date: ${names}. Scan the whole history to include them.`;
}

/** Root commits' files known ahead, at most: past this the rest are scanned where the log lists them. */
const MAX_ROOT_FILES = 200_000;

/** The files root commits add (a history's initial import): version id → where it was added. */
async function rootVersions(commits: AsyncIterable<RawCommit>): Promise<Map<string, Origin>> {
  const roots = new Map<string, Origin>();
  for await (const { info, changes } of commits) {
    // Placed last until the main walk lists the commit (scannedAsRoot gives it its place).
    const root = { ...info, seq: Number.MAX_SAFE_INTEGER };
    for (const ch of changes) {
      if (isRegular(ch.mode) && ch.from.length === 0 && !roots.has(ch.oid) && roots.size < MAX_ROOT_FILES) roots.set(ch.oid, { info: root, path: ch.path });
    }
  }
  return roots;
}

/** A change to read: the version a commit brings in, the versions it replaced, the blobs expected for it. */
interface Change {
  oid: string;
  /** The replaced versions (one per parent), as ids. */
  from: string[];
  /** Whether the new version was asked of git; if not, an earlier change kept it (it replaced it). */
  read: boolean;
  origin: Origin;
  /** The ids asked of git for this change, in order: the new version's if `read`, then `from`. */
  expect: string[];
  /** Their contents as they come (undefined: git does not have it). */
  got: Array<Buffer | undefined>;
  /** The new version, read again (not `read`, and no longer kept); null when git did not have it. */
  fetched?: Buffer | null;
}

/** A version kept for the next change to its file; `starts` once known. */
interface Kept {
  data: Buffer;
  starts: Int32Array | undefined;
}

/**
 * A path's verdict (HistoryWalk.pathVerdict): `flags` allowlisted, or named by a path-only rule;
 * `sig` how the rules treat it otherwise (pathSignature).
 */
interface PathVerdict {
  flags: number;
  sig: string;
}
const EXCLUDED = 1;
const BY_NAME = 2;
/** Path verdicts remembered; past this the map starts over. */
const MAX_VERDICTS = 100_000;

/** Changes remembered (scanned once; ≈ 40 MB); past this the map starts over, so memory stays flat. */
const MAX_SEEN_CHANGES = 300_000;

/** Versions kept for the next change to their file (bytes): past this the oldest kept go, and are read again when needed. */
const KEPT_BYTES = 32 * 1024 * 1024;

/**
 * Commits → the changes they make that were not seen before → the lines they added, as Fragments.
 * The blob ids stream into one `cat-file --batch` as the log is parsed; contents come back in order.
 */
class HistoryWalk {
  commits = 0;
  /** Changes not scanned again: the same change already seen (another branch, a cherry-pick). */
  repeated = 0;
  /** All of git's log has been read (the changes left are queued). */
  logRead = false;
  private origins = new Map<string, Origin>();
  private verdicts = new Map<string, PathVerdict>();
  /** Ids of replaced versions the walk will keep: a change bringing one in needs not ask git for it. */
  private promised = new Set<string>();
  /** Root versions scanned (see scanRoot). */
  private rootsScanned = new Set<string>();
  private kept = new Map<string, Kept>();
  /** The chunks of git's output the kept versions lie in, with how many each holds. */
  private chunks = new Map<ArrayBufferLike, number>();
  private keptBytes = 0;
  private readonly set = new LineHashSet();
  private readonly queue: Change[] = [];
  private head = 0;
  /** Changes complete (all their versions came), to be scanned in order from `readyHead`. */
  private readonly ready: Change[] = [];
  private readyHead = 0;
  /** A version being read again (drain stops at the change that needs it until it comes). */
  private refetch: Promise<void> | undefined;
  private readonly fetcher: BlobFetcher;

  constructor(private readonly opts: {
    root: string;
    maxFileSize: number;
    exclude: (path: string) => boolean;
    byName: ((path: string) => boolean) | undefined;
    /** How the rules treat a path beyond excluding it (pathSignature): part of a change's identity. */
    signature: (path: string) => string;
    onSkip: (s: SkippedFile) => void;
    /** The files root commits add (rootVersions): scanned when first read, not where the log lists them, last. */
    roots: Map<string, Origin>;
    keptBytes: number;
  }) {
    this.fetcher = new BlobFetcher(opts.root);
  }

  /**
   * Reads the versions the commits' changes need from one `git cat-file --batch` and pushes the
   * Fragments of what they added into `out` as git's output comes, in its stream events: no promise or
   * generator step per blob or per Fragment (those steps, and V8 compiling the async generators they
   * ran in, were ≈ 0.1 s of CPU on the 3,000-commit bench history). Resolves once git is done and
   * every change is out.
   */
  async run(commits: AsyncIterable<RawCommit>, out: FragmentLane<PatchFragment>): Promise<void> {
    const proc = spawnGit(this.opts.root, ['cat-file', '--batch', '--buffer'], 'read blobs');
    const feeding = feedLines(proc.child, this.wantedIds(commits, out));
    feeding.catch(() => {});
    let ok = false;
    try {
      await streamBlobs(proc.child.stdout, (blobs) => {
        for (const b of blobs) this.deliver(b);
        if (!this.refetch) this.drain(out);
      }, () => this.refetch ?? (out.full() ? out.room() : undefined));
      this.deliver(undefined);
      if (!this.refetch) this.drain(out);
      while (this.refetch) await this.refetch;
      await feeding;
      ok = true;
    } finally {
      if (!ok) {
        proc.kill();
        this.fetcher.kill();
      }
    }
    await proc.finish();
    await this.fetcher.close();
  }

  /**
   * Pushes the Fragments of the changes now complete, in order. A kept version the bound let go is
   * read again: the changes stop there until it comes (`refetch`, which goes on from there).
   */
  private drain(out: FragmentLane<PatchFragment>): void {
    const { ready } = this;
    while (this.readyHead < ready.length) {
      const c = ready[this.readyHead]!;
      if (!c.read && c.fetched === undefined && !this.kept.has(c.oid)) {
        this.refetch = this.fetcher.read(c.oid).then((data) => {
          c.fetched = data ?? null;
          this.refetch = undefined;
          this.drain(out);
        });
        // Awaited by the stream's hold or at the end; if the scan already failed, nobody will.
        this.refetch.catch(() => {});
        return;
      }
      ready[this.readyHead++] = undefined as unknown as Change;
      this.changeFragments(c, out);
    }
    ready.length = 0;
    this.readyHead = 0;
  }

  /**
   * Hands a blob from git to the changes at the head of the queue; those complete move to `ready`, in
   * order. Ids come back in the order asked; one git does not have (a partial clone) has no reply. With
   * no blob (git's output ended), every change still waiting completes without what did not come.
   */
  private deliver(blob: BlobContent | undefined): void {
    const { ready } = this;
    for (let c = this.queue[this.head]; c; c = this.queue[this.head]) {
      let used = false;
      if (c.got.length < c.expect.length) {
        used = blob !== undefined && c.expect[c.got.length] === blob.oid;
        c.got.push(used ? blob!.data : undefined);
        if (c.got.length < c.expect.length) {
          if (used) break;
          continue;
        }
      }
      this.queue[this.head++] = undefined as unknown as Change;
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      ready.push(c);
      if (used) break;
    }
  }

  /** The ids of versions to read, queued with their change; path-only findings go to `named`. */
  private async *wantedIds(commits: AsyncIterable<RawCommit>, named: FragmentLane<PatchFragment>): AsyncGenerator<string> {
    for await (const c of commits) {
      const ids = this.queueChanges(c, named);
      if (ids) yield ids;
    }
    this.logRead = true;
  }

  /** Queues a commit's changes not seen before; returns the ids to ask git for, one per line ('' for none). */
  private queueChanges({ info, body, changes }: RawCommit, named: FragmentLane<PatchFragment>): string {
    this.commits++;
    const message = messageFragment(info, body);
    if (message) named.push(message);
    let ids = '';
    for (const ch of changes) {
      // Submodules (160000) have no content here; symlinks (120000) hold a path, not a secret.
      if (!isRegular(ch.mode)) continue;
      const verdict = this.pathVerdict(ch.path);
      if (verdict.flags & EXCLUDED) continue;
      if (verdict.flags & BY_NAME) named.push(commitFragment(info, ch.path, '', 1, 0));
      // A mode change, or a merge that kept one side's version as it was: no line is new.
      if (ch.from.includes(ch.oid)) continue;
      if (ch.from.length === 0 && this.scannedAsRoot(ch.oid, ch.path, info)) continue;
      const key = this.changeKey(ch.oid, ch.from, ch.path);
      const seen = this.origins.get(key);
      if (seen) {
        // The same change again: its findings belong to the oldest place (samePlaceAgain).
        this.repeated++;
        samePlaceAgain(seen, info, ch.path);
        continue;
      }
      if (this.origins.size >= MAX_SEEN_CHANGES) this.origins = new Map();
      const origin: Origin = { info, path: ch.path };
      this.origins.set(key, origin);
      const read = !this.promised.delete(ch.oid);
      const expect = read ? [ch.oid, ...ch.from] : ch.from;
      if (this.promised.size >= MAX_SEEN_CHANGES) this.promised.clear();
      for (const p of ch.from) this.promised.add(p);
      this.queue.push({ oid: ch.oid, from: ch.from, read, origin, expect, got: [] });
      for (const id of expect) ids = ids ? `${ids}\n${id}` : id;
    }
    return ids;
  }

  /**
   * The root commits' files, read by a `cat-file` of their own from the start and scanned whole unless
   * a change read one first (scanRoot): pushed to the background lane, which the engine thread takes
   * when it has room.
   */
  async runRoots(out: FragmentLane<PatchFragment>): Promise<void> {
    const proc = spawnGit(this.opts.root, ['cat-file', '--batch', '--buffer'], 'read blobs');
    const feeding = feedLines(proc.child, this.opts.roots.keys());
    feeding.catch(() => {});
    let ok = false;
    try {
      await streamBlobs(proc.child.stdout, (blobs) => {
        for (const b of blobs) this.scanRoot(b.oid, b.data, out);
      }, () => (out.full() ? out.room() : undefined));
      await feeding;
      ok = true;
    } finally {
      if (!ok) proc.kill();
    }
    await proc.finish();
  }

  /**
   * The refs that lead to a file or a folder rather than a commit, scanned whole: a folder's files
   * are listed by `git ls-tree` and those not already scanned whole at a commit are read. A finding
   * here has no commit; one in a commit too is reported there (a ref's place counts as newest).
   */
  async runTips(tips: ObjectTip[], out: FragmentLane<PatchFragment>): Promise<void> {
    // Each version once per way the rules treat its path (changeKey), as reported: `ref/path`, so
    // that path rules and allowlists (`(^|/)\.netrc$`, `vendor/`) read the folder's own paths.
    const files = new Map<string, { oid: string; path: string }>();
    const add = (oid: string, inner: string, path: string) => {
      const key = this.changeKey(oid, [], inner);
      if (!this.origins.has(key) && !files.has(key)) files.set(key, { oid, path });
    };
    for (const tip of tips) {
      if (tip.type === 'blob') {
        add(tip.oid, tip.ref, tip.ref);
        continue;
      }
      const r = await gitRun(this.opts.root, ['ls-tree', '-r', '-z', '--full-tree', tip.oid]);
      if (r.code !== 0) throw new LeakwardError('GIT_FAILED', `git could not list ${tip.ref}: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, 'Run `git fsck` there to see what is wrong.');
      for (const entry of r.stdout.split('\0')) {
        // `<mode> <type> <oid>\t<path>`
        const tab = entry.indexOf('\t');
        const [mode, , oid] = entry.slice(0, tab).split(' ');
        const path = entry.slice(tab + 1);
        if (tab < 0 || !oid || !isRegular(mode!) || this.pathVerdict(path).flags & EXCLUDED) continue;
        add(oid, path, `${tip.ref}/${path}`);
      }
    }
    // git answers in the order asked, a version asked twice twice.
    const order = [...files.values()];
    let k = 0;
    for await (const blob of readBlobs(this.opts.root, order.map((f) => f.oid))) {
      const { path } = order[k++]!;
      const data = this.asText(blob.data);
      if (!this.skipped(path, data, '') && data.length > 0) out.push(new TipFragment(path, data));
      if (out.full()) await out.room();
    }
  }

  /**
   * The messages of annotated tags (a tag of a tag too, followed down): scanned like commit messages,
   * as `<ref> (tag message)`, with no commit, and newer than any commit (see TipFragment).
   */
  async runTagMessages(tags: Array<{ ref: string; oid: string }>, out: FragmentLane<PatchFragment>): Promise<void> {
    const seen = new Set<string>();
    let level: Array<{ ref: string; oid: string }> = [];
    for (const t of tags) {
      if (seen.has(t.oid)) continue;
      seen.add(t.oid);
      level.push(t);
    }
    // Tags of tags, followed to the end (a chain cannot loop: an object names the one it tags by its hash).
    while (level.length > 0) {
      const byId = new Map(level.map((t) => [t.oid, t.ref]));
      const next: Array<{ ref: string; oid: string }> = [];
      for await (const { oid, data } of readBlobs(this.opts.root, byId.keys())) {
        const ref = byId.get(oid)!;
        const text = data.toString('utf8');
        const end = text.indexOf('\n\n');
        const inner = /^object ([0-9a-f]+)\ntype tag\n/.exec(text)?.[1];
        if (inner && !seen.has(inner)) {
          seen.add(inner);
          next.push({ ref, oid: inner });
        }
        const message = end < 0 ? '' : text.slice(end + 2).replace(/\n+$/, '');
        if (message.trim() !== '') out.push(new TipFragment(`${ref} (tag message)`, Buffer.from(message, 'utf8'), 'tag-message'));
        if (out.full()) await out.room();
      }
      level = next;
    }
  }

  /**
   * Whether a change is a root commit adding a file, scanned apart (runRoots, or scanRoot when a
   * later change read it first), so not queued here. History is read newest first, so a root commit
   * comes last: scanning its files there — an initial import is often most of what a history adds —
   * left the engine thread alone with them at the end, with git done and this thread idle.
   */
  private scannedAsRoot(oid: string, path: string, info: CommitInfo): boolean {
    const root = this.opts.roots.get(oid);
    if (!root || root.path !== path || root.info.commit !== info.commit) return false;
    // The root commit as this walk lists it: its place among the others (rootVersions could not know
    // it, and a root is not older than every commit — a gh-pages branch started last year).
    root.info = info;
    // A copy of it made later at another path (treated alike) is the same change.
    const key = this.changeKey(oid, [], path);
    if (!this.origins.has(key)) this.origins.set(key, root);
    return true;
  }

  /**
   * A change's identity for the seen-set: its version and the versions it replaced, and how the
   * rules treat its path. The same change at a path treated otherwise is scanned again there: once,
   * at the newer path, it was scanned with that path's allowlists and path-scoped rules, and moving
   * its findings to the older path could not bring back what those had dropped or never looked for.
   */
  private changeKey(oid: string, from: string[], path: string): string {
    const { sig } = this.pathVerdict(path);
    const key = from.length === 0 ? oid : `${oid}${from.join('')}`;
    return sig === '' ? key : `${key}\0${sig}`;
  }

  /** A root version, read: scanned whole at its root commit, once (see scannedAsRoot). */
  private scanRoot(oid: string, data: Buffer, out: FragmentLane<PatchFragment>): void {
    const root = this.opts.roots.get(oid);
    if (!root || this.rootsScanned.has(oid)) return;
    this.rootsScanned.add(oid);
    if (this.pathVerdict(root.path).flags & EXCLUDED) return;
    const key = this.changeKey(oid, [], root.path);
    if (!this.origins.has(key)) this.origins.set(key, root);
    const text = this.asText(data);
    if (!this.skipped(root.path, text, atCommit(root)) && text.length > 0) out.push(new BlobFragment(root, text, 1, text.length));
  }

  /**
   * A version as UTF-8 text: UTF-16 with a byte-order mark (Windows tools write it) is converted, so
   * its lines compare and scan as text, not skipped as binary for its NULs, as the tree scan and the
   * staged scan read it. Anything else as it is (past the size limit too: it is skipped).
   */
  private asText(data: Buffer): Buffer {
    if (data.length < 2 || data.length > this.opts.maxFileSize) return data;
    const bom = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
    return bom ? Buffer.from(decodeText(data)!, 'utf8') : data;
  }

  /** Whether a version at `path` is not scanned (too large, binary); says so, with `where` after the reason. */
  private skipped(path: string, data: Buffer, where: string): boolean {
    const skip = (reason: 'binary' | 'too-large', detail: string) => this.opts.onSkip({ path, reason, detail: `${detail}${where}` });
    if (data.length > this.opts.maxFileSize) skip('too-large', `${data.length} bytes, over the ${this.opts.maxFileSize}-byte limit`);
    // git's own test for binary content: a NUL in the first 8,000 bytes.
    else if (data.subarray(0, 8000).includes(0)) skip('binary', 'binary');
    else return false;
    return true;
  }

  /**
   * What the allowlists and rules say of a path (PathVerdict), remembered: the same few hundred paths
   * change again and again, and each verdict runs every path regex.
   */
  private pathVerdict(path: string): PathVerdict {
    let v = this.verdicts.get(path);
    if (v === undefined) {
      v = { flags: (this.opts.exclude(path) ? EXCLUDED : 0) | (this.opts.byName?.(path) ? BY_NAME : 0), sig: this.opts.signature(path) };
      if (this.verdicts.size >= MAX_VERDICTS) this.verdicts = new Map();
      this.verdicts.set(path, v);
    }
    return v;
  }

  /**
   * Keeps a replaced version for the next change to its file, within the bound (the oldest kept go
   * first). A version read from git is usually a view into a chunk of git's output, and keeping it
   * keeps the whole chunk: the bound counts each chunk held once, however many versions it holds (a
   * copy per version cost a memcpy and an allocation each, for memory this already bounds).
   */
  private keep(oid: string, v: Kept): void {
    const old = this.kept.get(oid);
    if (old) this.release(oid, old);
    this.kept.set(oid, v);
    this.hold(v);
    for (const [id, k] of this.kept) {
      if (this.keptBytes <= this.opts.keptBytes || this.kept.size === 1) break;
      this.release(id, k);
    }
  }

  private take(oid: string): Kept | undefined {
    const v = this.kept.get(oid);
    if (v) this.release(oid, v);
    return v;
  }

  private hold(v: Kept): void {
    const chunk = v.data.buffer;
    const n = this.chunks.get(chunk) ?? 0;
    if (n === 0) this.keptBytes += chunk.byteLength;
    this.chunks.set(chunk, n + 1);
    this.keptBytes += v.starts?.byteLength ?? 0;
  }

  private release(oid: string, v: Kept): void {
    this.kept.delete(oid);
    const chunk = v.data.buffer;
    const n = this.chunks.get(chunk)!;
    if (n === 1) {
      this.chunks.delete(chunk);
      this.keptBytes -= chunk.byteLength;
    } else this.chunks.set(chunk, n - 1);
    this.keptBytes -= v.starts?.byteLength ?? 0;
  }

  /** Adds to `out` the Fragments of a change whose versions have all come. */
  private changeFragments(c: Change, out: FragmentLane<PatchFragment>): void {
    const kept = c.read ? undefined : this.take(c.oid);
    const got = c.read ? c.got[0] : (kept?.data ?? c.fetched);
    const data = got && this.asText(got);
    const parents = c.read ? c.got.slice(1) : c.got;
    const usable: Buffer[] = [];
    const usableIds: string[] = [];
    for (let k = 0; k < parents.length; k++) {
      const raw = parents[k];
      const p = raw && this.asText(raw);
      if (p && this.opts.roots.has(c.from[k]!)) this.scanRoot(c.from[k]!, p, out);
      // A parent git does not have, or one too large to compare with: its lines count as new.
      if (p && p.length <= this.opts.maxFileSize) {
        usable.push(p);
        usableIds.push(c.from[k]!);
      }
    }
    if (!data || this.skipped(c.origin.path, data, atCommit(c.origin))) {
      for (let k = 0; k < usable.length; k++) this.keep(usableIds[k]!, { data: usable[k]!, starts: undefined });
      return;
    }
    // An added file (or one whose versions before git does not have): all of it is new, as it is.
    if (usable.length === 0) {
      if (data.length > 0) out.push(new BlobFragment(c.origin, data, 1, data.length));
      return;
    }
    const starts = kept?.starts ?? lineStarts(data);
    const { spans, parents: replaced } = addedLineSpans({ data, starts }, usable, this.set);
    for (let k = 0; k < replaced.length; k++) this.keep(usableIds[k]!, replaced[k]!);
    blobFragments(c.origin, data, spans, out);
  }
}

/** Spans of one version further apart than this many lines are scanned as separate Fragments; nearer ones share one. */
const MAX_GAP = 200;

/**
 * What stands in a shared Fragment for a line between spans that is not scanned: a line no key
 * block's match crosses. Empty lines did not stop one: the private-key rule (END optional, whitespace
 * between body lines) ran from an old key's BEGIN line, cut short, down through the padding into the
 * next span's added lines, and reported a key no version of the file holds as new. (A key block a
 * span takes in part is read on to its ends: spansAround.)
 */
const UNSEEN_BYTE = '-'.charCodeAt(0);

/** The added lines' spans, grouped into Fragments of the version's UTF-8 bytes, added to `out`. */
function blobFragments(origin: Origin, data: Buffer, spans: LineSpan[], out: FragmentLane<PatchFragment>): void {
  // The version's size is counted once, on its first Fragment (padding is not content).
  let bytes = data.length;
  for (const group of groupSpans(spans)) {
    // The group's lines as UTF-8, copied out of the version; UNSEEN lines stand for those between
    // spans, so line numbers stay those of the file. Between two spans: the line break ending the
    // first, then an UNSEEN line and its line break for each line not read.
    const unseen = (k: number) => group[k]!.firstLine - group[k - 1]!.lastLine - 1;
    let size = 0;
    for (let k = 0; k < group.length; k++) size += (k > 0 ? 1 + 2 * unseen(k) : 0) + group[k]!.end - group[k]!.start;
    const utf8 = Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = 0; k < group.length; k++) {
      const s = group[k]!;
      if (k > 0) {
        utf8[at++] = 10;
        for (let l = unseen(k); l > 0; l--) {
          utf8[at++] = UNSEEN_BYTE;
          utf8[at++] = 10;
        }
      }
      at += data.copy(utf8, at, s.start, s.end);
    }
    // The lines between spans are not the change's: context too.
    const context = group.length === 1 ? group[0]!.context : group.flatMap((g, k) => {
      const padding: number[] = [];
      if (k > 0) for (let l = group[k - 1]!.lastLine + 1; l < g.firstLine; l++) padding.push(l);
      return [...padding, ...g.context];
    });
    out.push(new BlobFragment(origin, utf8, group[0]!.firstLine, bytes, context.length > 0 ? context : undefined));
    bytes = 0;
  }
}

/**
 * A Fragment of a file version: its text stays UTF-8 until read — on the engine thread, which gets the
 * bytes as they are (src/engine/worker-detector.ts), so this thread, busy reading git, never decodes it.
 */
class BlobFragment implements PatchFragment, Utf8Text {
  readonly commit: string;
  readonly author: string;
  readonly email: string;
  readonly date: string;
  readonly message: string;
  readonly time: number;
  readonly seq: number;

  readonly path: string;

  constructor(
    readonly origin: Origin, readonly utf8: Buffer, readonly startLine: number, readonly bytes: number,
    /** Lines only there as context (1-based, ascending; see onAddedLines). */
    readonly context?: number[],
  ) {
    const c: CommitInfo = origin.info;
    this.path = origin.path;
    this.commit = c.commit;
    this.author = c.author;
    this.email = c.email;
    this.date = c.date;
    this.message = c.message;
    this.time = c.time;
    this.seq = c.seq;
  }

  get text(): string {
    return this.utf8.toString('utf8');
  }
}

/**
 * A file a ref leads to without a commit (HistoryWalk.runTips), or a tag's message: no commit,
 * author or date, and newer than any commit, so a secret also in a commit is reported at the commit.
 */
class TipFragment implements PatchFragment, Utf8Text {
  readonly commit = undefined;
  readonly author = undefined;
  readonly email = undefined;
  readonly date = undefined;
  readonly message = undefined;
  readonly time = Number.MAX_SAFE_INTEGER;
  readonly seq = -1;
  readonly origin = undefined;
  readonly startLine = 1;
  readonly bytes: number;

  constructor(readonly path: string, readonly utf8: Buffer, readonly place: 'ref' | 'tag-message' = 'ref') {
    this.bytes = utf8.length;
  }

  get text(): string {
    return this.utf8.toString('utf8');
  }
}

/** Where a skipped version was, for its reason's detail. */
const atCommit = (o: Origin): string => `, commit ${o.info.commit.slice(0, 12)}`;

/** Spans closer than MAX_GAP lines share a Fragment. */
function groupSpans(spans: LineSpan[]): LineSpan[][] {
  const groups: LineSpan[][] = [];
  let lastLine = -Infinity;
  for (const s of spans) {
    if (s.firstLine - lastLine > MAX_GAP) groups.push([]);
    groups[groups.length - 1]!.push(s);
    lastLine = s.lastLine;
  }
  return groups;
}
