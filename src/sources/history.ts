/**
 * `--history`: every commit reachable from every ref (branches, tags, remotes, stash, a detached HEAD),
 * each secret reported once, at the commit that introduced it.
 *
 * Blob-based, oldest commit first: `git log --raw` names the file versions each commit brings in (no
 * diffs — git producing patches is the floor of every patch-based scanner), each version is read once
 * (`git cat-file --batch`; a blob id is its content's hash, so identical content — two branches, a
 * revert, a rename — is read once), and only the lines no earlier version had are scanned, with a few
 * lines of context (src/sources/new-lines.ts). A line's first appearance is the commit that introduced
 * it, so each secret is found there, with exact line numbers of that version of the file. It replaced a
 * `git log -p -U0` stream, which can never be faster than git's diffing: on a history of large files
 * with small edits it is 0.94× plain `git log -p --all` where the stream was 1.33× (README, design
 * notes; `npm run bench -- --history-only`). Memory is bounded: blob ids (300k, ≈ 30 MB), line hashes
 * (32 MB), the last version of each path (32 MB), the read-ahead queue (16 MB), the engine thread's
 * batches in flight, plus the distinct secrets found.
 */
import { pathAllowed } from '../engine/allowlist.js';
import type { EngineSpec, Utf8Text } from '../engine/worker-detector.js';
import { scanFragments, type ScanContext, type ScanProgress, type ScanResult } from '../scan.js';
import type { RuleSet, SkippedFile } from '../types.js';
import { readBlobs } from './git-stream.js';
import {
  boundedSkips, byName, commitFragment, inspectRepo, MAX_GAP, oldestCommitSink, type CommitInfo, type PatchFragment, type RepoInfo,
} from './log-patch.js';
import { rawLogCommits, type RawCommit } from './log-raw.js';
import { LineSet, newLineSpans, type FileVersion, type LineSpan } from './new-lines.js';

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

export type HistoryOptions = CommitScanOptions;

export async function scanHistory(options: HistoryOptions): Promise<ScanResult> {
  const started = performance.now();
  const select = ['--all'];
  if (options.since !== undefined) select.push(`--since=${options.since}`);
  if (options.maxCount !== undefined) select.push(`--max-count=${options.maxCount}`);
  // git starts first: it walks the history while the repository is inspected and the rules load.
  const log = rawLogCommits({ root: options.root, select });
  let repo: RepoInfo;
  let ruleSet: RuleSet;
  try {
    repo = await inspectRepo(options.root);
    ruleSet = typeof options.ruleSet === 'function' ? options.ruleSet() : options.ruleSet;
  } catch (e) {
    log.stop();
    throw e;
  }
  if (!repo.hasCommits) log.stop();
  const notes: string[] = [];
  if (repo.shallow) {
    notes.push('shallow clone: commits before the clone\'s depth are not here, so this history is incomplete, and secrets that ' +
      'older commits added show up at the oldest commit present. Fetch all of it first: `git fetch --unshallow` ' +
      '(GitHub Actions: actions/checkout with `fetch-depth: 0`).');
  }
  if (!repo.hasCommits) notes.push('the repository has no commits yet: there is no history to scan.');
  const skips = boundedSkips();
  const walk = new HistoryWalk({
    root: options.root,
    maxFileSize: options.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== undefined,
    byName: byName(ruleSet),
    onSkip: skips.add,
  });
  const ctx: ScanContext = {
    ruleSet,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.onProgress ? { onProgress: (p: ScanProgress) => options.onProgress!({ ...p, commits: walk.commits }) } : {}),
  };
  const fragments = repo.hasCommits ? walk.fragments(log.commits) : (async function* (): AsyncGenerator<PatchFragment> {})();
  const sink = oldestCommitSink();
  const result = await scanFragments(fragments, ctx, {
    mode: 'history', skipped: skips.list, started, sink, ...(options.engine ? { worker: options.engine } : {}),
  });
  Object.assign(result.stats, { commits: walk.commits, refs: repo.refs, shallow: repo.shallow, deduplicated: walk.repeated });
  skips.count(result.stats);
  sink.count(result.stats);
  result.notes = notes;
  return result;
}

/** A file version to read, and the commit that brought it in first. */
interface Wanted {
  path: string;
  oid: string;
  commit: CommitInfo;
}

/** A path's verdict (HistoryWalk.pathVerdict): allowlisted, or named by a path-only rule. */
const EXCLUDED = 1;
const BY_NAME = 2;
/** Path verdicts remembered; past this the map starts over. */
const MAX_VERDICTS = 100_000;

/** Blob ids remembered (read once; ≈ 30 MB); past this the set starts over, so memory stays flat. */
const MAX_SEEN_BLOBS = 300_000;

/**
 * Commits → the file versions they bring in that were not seen before → their new lines as Fragments.
 * The blob ids stream into one `cat-file --batch` as the log is parsed; contents come back in order.
 */
class HistoryWalk {
  commits = 0;
  /** File versions not read again: the same content already seen (another branch, a revert, a rename). */
  repeated = 0;
  private seenBlobs = new Set<string>();
  private verdicts = new Map<string, number>();
  private readonly lines = new LineSet();
  /** The last version read of each path, to compare the next one with; bounded by LATEST_BYTES. */
  private latest = new Map<string, FileVersion>();
  private latestBytes = 0;
  private readonly queue: Wanted[] = [];
  private head = 0;

  constructor(private readonly opts: {
    root: string;
    maxFileSize: number;
    exclude: (path: string) => boolean;
    byName: ((path: string) => boolean) | undefined;
    onSkip: (s: SkippedFile) => void;
  }) {}

  async *fragments(commits: AsyncIterable<RawCommit>): AsyncGenerator<PatchFragment> {
    /** Path-only findings (a keystore's name) of a commit: they need no content. */
    const named: PatchFragment[] = [];
    const ids = this.wantedIds(commits, named);
    for await (const blob of readBlobs(this.opts.root, ids)) {
      if (named.length) yield* named.splice(0);
      // Ids come back in order; one that is missing (a partial clone) has no reply.
      let w = this.queue[this.head];
      while (w && w.oid !== blob.oid) {
        this.queue[this.head++] = undefined as unknown as Wanted;
        w = this.queue[this.head];
      }
      if (!w) continue;
      this.queue[this.head++] = undefined as unknown as Wanted;
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      yield* this.blobFragments(w, blob.data);
    }
    if (named.length) yield* named.splice(0);
  }

  /** The ids of versions to read, queued with their commit; path-only findings go to `named`. */
  private async *wantedIds(commits: AsyncIterable<RawCommit>, named: PatchFragment[]): AsyncGenerator<string> {
    for await (const { info, changes } of commits) {
      this.commits++;
      for (const ch of changes) {
        // Submodules (160000) have no content here; symlinks (120000) hold a path, not a secret.
        if (ch.mode !== '100644' && ch.mode !== '100755') continue;
        const verdict = this.pathVerdict(ch.path);
        if (verdict & EXCLUDED) continue;
        if (verdict & BY_NAME) named.push(commitFragment(info, ch.path, '', 1, 0));
        if (this.seenBlobs.has(ch.oid)) {
          this.repeated++;
          continue;
        }
        if (this.seenBlobs.size >= MAX_SEEN_BLOBS) this.seenBlobs = new Set();
        this.seenBlobs.add(ch.oid);
        this.queue.push({ path: ch.path, oid: ch.oid, commit: info });
        yield ch.oid;
      }
    }
  }

  /**
   * What the allowlists and path-only rules say of a path, remembered: the same few hundred paths
   * change again and again, and each verdict runs every path regex.
   */
  private pathVerdict(path: string): number {
    let v = this.verdicts.get(path);
    if (v === undefined) {
      v = (this.opts.exclude(path) ? EXCLUDED : 0) | (this.opts.byName?.(path) ? BY_NAME : 0);
      if (this.verdicts.size >= MAX_VERDICTS) this.verdicts = new Map();
      this.verdicts.set(path, v);
    }
    return v;
  }

  private remember(path: string, version: FileVersion): void {
    const old = this.latest.get(path);
    if (old) this.latestBytes -= sizeOf(old);
    if (this.latestBytes + sizeOf(version) > LATEST_BYTES) {
      this.latest = new Map();
      this.latestBytes = 0;
    }
    this.latest.set(path, version);
    this.latestBytes += sizeOf(version);
  }

  private *blobFragments(w: Wanted, data: Buffer): Generator<PatchFragment> {
    const skip = (reason: 'binary' | 'too-large', detail: string) =>
      this.opts.onSkip({ path: w.path, reason, detail: `${detail}, commit ${w.commit.commit.slice(0, 12)}` });
    if (data.length > this.opts.maxFileSize) return skip('too-large', `${data.length} bytes, over the ${this.opts.maxFileSize}-byte limit`);
    // git's own test for binary content: a NUL in the first 8,000 bytes.
    if (data.subarray(0, 8000).includes(0)) return skip('binary', 'binary');
    const { spans, version } = newLineSpans(data, this.lines, this.latest.get(w.path));
    this.remember(w.path, version);
    if (spans.length === 0) return;
    // The version's size is counted once, on its first Fragment (padding is not content).
    let bytes = data.length;
    for (const group of groupSpans(spans)) {
      // The group's lines as UTF-8, copied out of the version; empty lines stand for those between
      // spans, so line numbers stay those of the file.
      const gap = (k: number) => (k > 0 ? group[k]!.firstLine - group[k - 1]!.lastLine : 0);
      let size = 0;
      for (let k = 0; k < group.length; k++) size += gap(k) + group[k]!.end - group[k]!.start;
      const utf8 = Buffer.allocUnsafe(size);
      let at = 0;
      for (let k = 0; k < group.length; k++) {
        const s = group[k]!;
        utf8.fill(10, at, at + gap(k));
        at += gap(k);
        at += data.copy(utf8, at, s.start, s.end);
      }
      yield new BlobFragment(w.commit, w.path, utf8, group[0]!.firstLine, bytes);
      bytes = 0;
    }
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

  constructor(c: CommitInfo, readonly path: string, readonly utf8: Buffer, readonly startLine: number, readonly bytes: number) {
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

/** Versions kept to compare with (bytes): past this they are dropped, and the next versions are hashed whole. */
const LATEST_BYTES = 32 * 1024 * 1024;

/**
 * The memory a kept version holds. A blob read from git is often a view into a chunk of git's output,
 * and keeping the view keeps the whole chunk: that is counted (not copied out — a copy per version cost
 * an allocation and a memcpy of every version read, for memory this bound already caps).
 */
const sizeOf = (v: FileVersion): number => v.data.buffer.byteLength + v.starts.byteLength;

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
