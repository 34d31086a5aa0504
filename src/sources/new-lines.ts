/**
 * Which lines of a file are new to a history: each line is hashed (on its bytes, before any decoding)
 * into a bounded set shared by the whole scan, and a file version is scanned only around the lines that
 * set has not seen — what a diff would show as added, without asking git for diffs (producing patches is
 * what makes `git log -p` slow). A line seen anywhere before, at any path, was scanned where it first
 * appeared, which is where its secret was introduced.
 */

/** Lines of context kept around each new line: multi-line secrets (a key's BEGIN line, a YAML key above its value). */
export const CONTEXT = 1;

/**
 * A set of line hashes in two 32-bit halves (a false "seen" takes a 1-in-2^52 collision), open
 * addressing in one typed array (both halves of a slot share a cache line). It grows while that pays —
 * a small table stays in cache, which is most of this loop's cost — up to 32 MB (2M lines); then it starts over:
 * lines look new again and are scanned again, which costs time, never a finding (a history scan folds
 * repeated findings to the oldest commit).
 */
export class LineSet {
  private slots: Uint32Array;
  private size = 0;
  private mask: number;
  /** Times the set was full and started over. */
  resets = 0;

  constructor(private readonly maxBits = 22, initialBits = 18) {
    this.slots = new Uint32Array(2 << initialBits);
    this.mask = (1 << initialBits) - 1;
  }

  /** Adds the hash (unsigned halves; `lo` is never 0, which marks an empty slot); true when new. */
  add(hi: number, lo: number): boolean {
    const { slots, mask } = this;
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    for (;;) {
      const l = slots[2 * i + 1]!;
      if (l === 0) break;
      if (l === lo && slots[2 * i] === hi) return false;
      i = (i + 1) & mask;
    }
    if (this.size >= (mask + 1) >>> 1) {
      this.grow();
      return this.add(hi, lo);
    }
    slots[2 * i] = hi;
    slots[2 * i + 1] = lo;
    this.size++;
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const bits = Math.log2(this.mask + 1);
    if (bits >= this.maxBits) {
      old.fill(0);
      this.size = 0;
      this.resets++;
      return;
    }
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.add(old[i]!, old[i + 1]!);
  }
}

/** A run of lines to scan: bytes [start, end) holding lines firstLine..lastLine (1-based, inclusive). */
export interface LineSpan {
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
}

/** A version of a file as read here: its bytes and the offsets where its lines start. */
export interface FileVersion {
  data: Buffer;
  starts: Int32Array;
}

/** Bytes compared by the first native call (memcmp) when looking for where two versions start to differ. */
const FIRST_BLOCK = 1024;
/** The largest block compared by one call: the block doubles after each equal one (a few calls per file). */
const MAX_BLOCK = 1 << 20;

/** Length of the common prefix of `a` and `b`. */
export function commonPrefix(a: Buffer, b: Buffer): number {
  return commonRun(a, 0, b, 0, Math.min(a.length, b.length));
}

/**
 * Length of the common suffix of `a` and `b`, at most `max`. Blocks double while equal and halve on a
 * difference, so a long shared end takes a handful of native compares, not one per kilobyte.
 */
export function commonSuffix(a: Buffer, b: Buffer, max: number): number {
  const n = Math.min(a.length, b.length, max);
  const an = a.length;
  const bn = b.length;
  let k = 0;
  let block = FIRST_BLOCK;
  while (block >= 32) {
    const len = Math.min(block, n - k);
    if (len >= 32 && a.compare(b, bn - k - len, bn - k, an - k - len, an - k) === 0) {
      k += len;
      if (block < MAX_BLOCK) block *= 2;
    } else block >>>= 1;
  }
  while (k < n && a[an - 1 - k] === b[bn - 1 - k]) k++;
  return k;
}

/** How many bytes from `a[ai]` and `b[bi]` on are equal, at most `max` (blocks as in commonSuffix). */
function commonRun(a: Buffer, ai: number, b: Buffer, bi: number, max: number): number {
  let k = 0;
  let block = FIRST_BLOCK;
  while (block >= 32) {
    const len = Math.min(block, max - k);
    if (len >= 32 && a.compare(b, bi + k, bi + k + len, ai + k, ai + k + len) === 0) {
      k += len;
      if (block < MAX_BLOCK) block *= 2;
    } else block >>>= 1;
  }
  while (k < max && a[ai + k] === b[bi + k]) k++;
  return k;
}

/** Bytes of the previous version searched for a line to get back in step after a change. */
const SEARCH_WINDOW = 16 * 1024;
/** A shared run shorter than this is not worth stepping over (it may be a common line such as `}`). */
const MIN_RUN = 256;
/** Lines hashed before trying again to get back in step, when no new line came along. */
const RETRY_LINES = 32;

/** First index in sorted `xs[0, n)` whose value is ≥ `v`. */
function lowerBound(xs: Int32Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Line starts being collected; grows as needed and is copied out at the end. */
let scratch = new Int32Array(1 << 14);

function push(index: number, offset: number): void {
  if (index === scratch.length) {
    const grown = new Int32Array(scratch.length * 2);
    grown.set(scratch);
    scratch = grown;
  }
  scratch[index] = offset;
}

/** The walk over one version: line count, where the next line starts, where to look in `previous` next. */
const walk = { lines: 0, at: 0, searchFrom: 0 };

/**
 * The lines of `data` new to `seen` (added to it), with context, as spans in file order, and the
 * version as read (to pass as `previous` for the next version of the file).
 *
 * `previous`, an earlier version of the same file that went through here, saves the work on the
 * lines both share at their start and end — most of a file, for most changes: those lines were
 * hashed (or skipped the same way) when that version was read, so they are not new, and their line
 * offsets are that version's (shifted, for the end).
 *
 * The work is split into small functions on purpose: V8 optimises each on its own, so one branch
 * seen late (the first file with a previous version, the first run found again) no longer throws
 * away and recompiles the whole walk — which it did up to eight times per scan.
 */
export function newLineSpans(data: Buffer, seen: LineSet, previous?: FileVersion): { spans: LineSpan[]; version: FileVersion } {
  const n = data.length;
  walk.lines = 0;
  walk.at = 0;
  let stop = n;
  let tail: SharedTail | undefined;
  if (previous) {
    skipSharedHead(data, previous);
    tail = sharedTail(data, previous, walk.at);
    if (tail) stop = tail.stop;
  }
  walk.searchFrom = walk.at;
  // Whole 4-byte words at any offset, so a line hashes the same wherever it sits in a file.
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const fresh: number[] = [];
  /** Lines hashed before trying again to get back in step with `previous`. */
  let retryIn = 0;
  while (walk.at < stop) {
    const lineStart = walk.at;
    push(walk.lines, lineStart);
    const end = hashLine(data, words, lineStart);
    const isNew = seen.add(hashHi, hashLo);
    if (isNew) fresh.push(walk.lines);
    walk.lines++;
    walk.at = end + 1;
    if (isNew) retryIn = 0;
    else if (previous && end < stop && --retryIn < 0) {
      retryIn = RETRY_LINES;
      if (skipSharedRun(data, previous, lineStart, stop, tail ? tail.stop - tail.shift : previous.data.length)) retryIn = 0;
    }
  }
  if (tail) {
    const { at, count, shift } = tail;
    const ps = previous!.starts;
    for (let t = 0; t < count; t++) push(walk.lines + t, ps[at + t]! + shift);
    walk.lines += count;
  }
  const starts = scratch.slice(0, walk.lines);
  return { spans: spansAround(fresh, starts, n), version: { data, starts } };
}

/**
 * Shared at the start: the lines whose newline lies in the common prefix (the line after them starts
 * at or before its end) keep `previous`'s offsets; the walk starts at the first line not shared, which
 * starts at the same offset in both.
 */
function skipSharedHead(data: Buffer, previous: FileVersion): void {
  const prev = previous.starts;
  const prefix = commonPrefix(data, previous.data);
  const lines = Math.max(0, lowerBound(prev, prev.length, prefix + 1) - 1);
  if (scratch.length < prev.length + 1) scratch = new Int32Array(Math.max(scratch.length * 2, prev.length + 1));
  scratch.set(prev.subarray(0, lines));
  walk.lines = lines;
  walk.at = lines > 0 ? prev[lines]! : 0;
}

/** The lines shared at the end: `count` lines of `previous` from line `at`, `shift` bytes later here; the walk stops at `stop`. */
interface SharedTail {
  at: number;
  count: number;
  shift: number;
  stop: number;
}

/** Shared at the end: whole lines whose preceding newline lies in the common suffix, kept clear of `from`. */
function sharedTail(data: Buffer, previous: FileVersion, from: number): SharedTail | undefined {
  const prev = previous.starts;
  const n = data.length;
  const m = previous.data.length;
  const suffix = commonSuffix(data, previous.data, Math.min(n, m) - from);
  const at = lowerBound(prev, prev.length, m - suffix + 1);
  const count = prev.length - at;
  if (count === 0) return undefined;
  return { at, count, shift: n - m, stop: prev[at]! + n - m };
}

/** The last line's hash, in two unsigned halves (`hashLo` never 0: LineSet's empty mark). */
let hashHi = 0;
let hashLo = 0;

/**
 * Hashes the line starting at `i` into hashHi/hashLo; returns the offset of its newline (or the end).
 * The newline is found in the same pass: a word holding a 0x0a byte (the has-zero-byte test on
 * w ^ 0x0a0a0a0a) ends the word loop, and the bytes before the newline are hashed one by one.
 */
function hashLine(data: Buffer, words: DataView, i: number): number {
  const n = data.length;
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  let k = i;
  for (; k + 4 <= n; k += 4) {
    const w = words.getInt32(k, true);
    const x = w ^ 0x0a0a0a0a;
    if (((x - 0x01010101) & ~x & 0x80808080) !== 0) break;
    h1 = Math.imul(h1 ^ w, 0x01000193);
    h2 = Math.imul(h2 + w, 0x5bd1e995) ^ (h2 >>> 15);
  }
  for (; k < n; k++) {
    const c = data[k]!;
    if (c === 10) break;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const len = k - i;
  // The length is mixed in (a tail byte and a word can collide); `>>> 0` because the set's arrays
  // hold unsigned values, which an int32 would never equal.
  hashHi = (h1 ^ len) >>> 0;
  hashLo = ((h2 ^ Math.imul(len, 0x27d4eb2f)) | 1) >>> 0;
  return k;
}

/**
 * Back in step with the previous version? The line just hashed (from `lineStart` to the walk's
 * position), found a little after the last shared run, may start another: the lines of that run are
 * whole lines of the previous version, so not new — their offsets are copied instead of hashing them,
 * and the walk moves past them. (Any run found this way is correct; a good one only saves more.)
 *
 * Only the middles are searched: up to `stop` here and `prevStop` in `previous`, where their shared
 * ends begin. A run beyond them is already accounted for, and searching a whole window past them for
 * a common line (a `}`, a blank) that a rewritten block happens to share cost more than it saved.
 */
function skipSharedRun(data: Buffer, previous: FileVersion, lineStart: number, stop: number, prevStop: number): boolean {
  const i = walk.at;
  if (stop - lineStart < MIN_RUN) return false;
  const pd = previous.data;
  const ps = previous.starts;
  const from = walk.searchFrom;
  const found = pd.subarray(from, Math.min(prevStop, from + SEARCH_WINDOW)).indexOf(data.subarray(lineStart, i));
  const pos = from + found;
  if (found < 0 || (pos > 0 && pd[pos - 1] !== 10)) return false;
  const run = commonRun(data, lineStart, pd, pos, Math.min(stop - lineStart, prevStop - pos));
  if (run < MIN_RUN) return false;
  const shift = lineStart - pos;
  // The previous version's line after the anchor; copy those whose newline is inside the run.
  let pk = lowerBound(ps, ps.length, i - shift);
  while (pk + 1 < ps.length && ps[pk + 1]! <= pos + run) {
    push(walk.lines++, ps[pk]! + shift);
    pk++;
  }
  // (When the anchor was the previous version's last line, there is nothing to copy.)
  if (pk < ps.length) {
    walk.at = ps[pk]! + shift;
    walk.searchFrom = ps[pk]!;
  }
  return true;
}

/** The new lines (indices, ascending) with CONTEXT lines around each, merged into spans. */
function spansAround(fresh: number[], starts: Int32Array, n: number): LineSpan[] {
  const lines = starts.length;
  const spans: LineSpan[] = [];
  /** Line index (0-based) one past the end of the last span. */
  let last = -1;
  for (const k of fresh) {
    const from = Math.max(0, k - CONTEXT);
    const to = Math.min(lines, k + CONTEXT + 1);
    if (spans.length > 0 && from <= last) {
      last = Math.max(last, to);
    } else {
      spans.push({ start: starts[from]!, end: 0, firstLine: from + 1, lastLine: 0 });
      last = to;
    }
    const span = spans[spans.length - 1]!;
    span.end = last < lines ? starts[last]! - 1 : n;
    span.lastLine = last;
  }
  return spans;
}
