/**
 * Which lines a commit added to a file: the lines of the new version that none of the versions it
 * replaced (one per parent) had — what a diff would show as added, without asking git for diffs
 * (producing patches is what makes `git log -p` slow). Lines are compared by a 64-bit hash of their
 * bytes, before any decoding. The two versions' shared start and end are found with native compares
 * and never hashed, so the work is in the changed middle only.
 */
import { beginsBlock, endsBlock } from '../engine/key-block.js';
import { KEY_HEADER_REACH } from './diff-parse.js';

/** Lines of context kept around each added line: multi-line secrets (a key's BEGIN line, a YAML key above its value). */
export const CONTEXT = 1;


/** A run of lines to scan: bytes [start, end) holding lines firstLine..lastLine (1-based, inclusive). */
export interface LineSpan {
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
  /** Its lines that are only context (1-based, ascending): the change did not add them. */
  context: number[];
}

/** A version of a file as read here: its bytes and the offsets where its lines start. */
export interface FileVersion {
  data: Buffer;
  starts: Int32Array;
}

/**
 * The line hashes of one comparison: open addressing over a table sized for it, so a small change
 * stays in cache. Slots carry the comparison's stamp, so starting the next one clears nothing.
 */
export class LineHashSet {
  private keys = new Uint32Array(2 << 12);
  private stamps = new Uint32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private stamp = 0;
  private size = 0;

  /** Empties the set for a comparison of about `lines` lines. */
  reset(lines: number): void {
    let slots = 1 << 10;
    while (slots < lines * 2) slots *= 2;
    this.use(slots);
    this.size = 0;
  }

  /** Adds a hash (unsigned halves). */
  add(hi: number, lo: number): void {
    if (this.size * 2 >= this.mask) this.grow();
    const { keys, stamps, mask, stamp } = this;
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    while (stamps[i] === stamp) {
      if (keys[2 * i + 1] === lo && keys[2 * i] === hi) return;
      i = (i + 1) & mask;
    }
    stamps[i] = stamp;
    keys[2 * i] = hi;
    keys[2 * i + 1] = lo;
    this.size++;
  }

  has(hi: number, lo: number): boolean {
    const { keys, stamps, mask, stamp } = this;
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    while (stamps[i] === stamp) {
      if (keys[2 * i + 1] === lo && keys[2 * i] === hi) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  /** Uses the first `slots` slots (a power of two) under a new stamp, growing the arrays if needed. */
  private use(slots: number): void {
    if (slots > this.stamps.length) {
      this.keys = new Uint32Array(2 * slots);
      this.stamps = new Uint32Array(slots);
      this.stamp = 0;
    }
    this.mask = slots - 1;
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  private grow(): void {
    const live: number[] = [];
    for (let i = 0; i <= this.mask; i++) if (this.stamps[i] === this.stamp) live.push(this.keys[2 * i]!, this.keys[2 * i + 1]!);
    // Copies: `use` may replace the arrays.
    this.use((this.mask + 1) * 2);
    this.size = 0;
    for (let k = 0; k < live.length; k += 2) this.add(live[k]!, live[k + 1]!);
  }
}

/** Bytes compared by the first native call (memcmp) when looking for where two versions start to differ. */
const FIRST_BLOCK = 1024;
/** The largest block compared by one call: the block doubles after each equal one (a few calls per file). */
const MAX_BLOCK = 1 << 20;

/** How many bytes from `a[ai]` and `b[bi]` on are equal, at most `max`. */
export function commonRun(a: Buffer, ai: number, b: Buffer, bi: number, max: number): number {
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

/**
 * How many bytes before `a[ai]` and `b[bi]` are equal, at most `max`. Blocks double while equal and
 * halve on a difference, so a long shared run takes a handful of native compares, not one per kilobyte.
 */
export function commonRunBack(a: Buffer, ai: number, b: Buffer, bi: number, max: number): number {
  let k = 0;
  let block = FIRST_BLOCK;
  while (block >= 32) {
    const len = Math.min(block, max - k);
    if (len >= 32 && a.compare(b, bi - k - len, bi - k, ai - k - len, ai - k) === 0) {
      k += len;
      if (block < MAX_BLOCK) block *= 2;
    } else block >>>= 1;
  }
  while (k < max && a[ai - 1 - k] === b[bi - 1 - k]) k++;
  return k;
}

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
let count = 0;

/** Makes room for `n` starts after those collected. */
function room(n: number): void {
  if (count + n <= scratch.length) return;
  const grown = new Int32Array(Math.max(scratch.length * 2, count + n));
  grown.set(scratch.subarray(0, count));
  scratch = grown;
}

function push(offset: number): void {
  if (count === scratch.length) room(1);
  scratch[count++] = offset;
}

/** Appends `xs[from, to)` plus `shift` to the collected starts. */
function pushAll(xs: Int32Array, from: number, to: number, shift: number): void {
  room(to - from);
  if (shift === 0) scratch.set(xs.subarray(from, to), count);
  else for (let k = from; k < to; k++) scratch[count + k - from] = xs[k]! + shift;
  count += to - from;
}

/** Where each line of `data` starts (a last line without a newline counts; an empty file has none). */
export function lineStarts(data: Buffer): Int32Array {
  const n = data.length;
  count = 0;
  if (n > 0) push(0);
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const x = words.getInt32(i, true) ^ 0x0a0a0a0a;
    if (((x - 0x01010101) & ~x & 0x80808080) === 0) continue;
    for (let k = i; k < i + 4; k++) if (data[k] === 10 && k + 1 < n) push(k + 1);
  }
  for (; i < n; i++) if (data[i] === 10 && i + 1 < n) push(i + 1);
  return scratch.slice(0, count);
}

/** The last line's hash, in two unsigned halves. */
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
  hashLo = (h2 ^ Math.imul(len, 0x27d4eb2f)) >>> 0;
  return k;
}

/** Hashes the lines of `data` from `at` up to `stop` (a line start, or the end) into `set`, collecting their starts. */
function hashLinesInto(data: Buffer, at: number, stop: number, set: LineHashSet): void {
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  while (at < stop) {
    push(at);
    const end = hashLine(data, words, at);
    set.add(hashHi, hashLo);
    at = end + 1;
  }
}

/** A shared run shorter than this is not worth splitting at (it may be a common line such as `}`). */
const MIN_RUN = 256;
/** Bytes of the version, from a line's start, looked for in the parent to find a run they share. */
const PROBE = 64;
/** Runs split at per comparison, at most: past this the rest is hashed as it is. */
const MAX_SPLITS = 32;

/** One comparison's state: the version and its first parent, the unshared pieces, the splits made. */
const cmp = {
  data: Buffer.alloc(0) as Buffer,
  starts: new Int32Array(0) as Int32Array,
  parent: Buffer.alloc(0) as Buffer,
  set: undefined as unknown as LineHashSet,
  /** The version's lines (index ranges [from, to), in pairs) left to check against the set. */
  pieces: [] as number[],
  splits: 0,
};

/**
 * The lines of `version` that none of `parents` has, with CONTEXT lines around each, as spans in file
 * order; and each parent as a FileVersion (the next, older, change to the file starts from it).
 *
 * Against the first parent, what the two share is found with native searches and compares and never
 * hashed: their common start and end, then, in what lies between, runs found by looking up a piece of
 * the version in the parent (split, and the two sides looked at again, as a diff would). Their line
 * offsets there are the version's own, shifted, so the parent's starts come almost free. Only what is
 * left is hashed: the parent's lines into a set, then the version's are looked up in it. Other parents
 * (a merge) are hashed whole. A line counted as added that the parent had elsewhere only costs a scan.
 */
export function addedLineSpans(version: FileVersion, parents: Buffer[], set: LineHashSet): { spans: LineSpan[]; parents: FileVersion[] } {
  const { data, starts } = version;
  const n = data.length;
  const lines = starts.length;
  if (parents.length === 0) return { spans: lines > 0 ? [{ start: 0, end: n, firstLine: 1, lastLine: lines, context: [] }] : [], parents: [] };
  const first = parents[0]!;
  const m = first.length;
  // Shared start: lines whose newline lies in the common prefix; the first other line starts at `at` in both.
  const head = Math.max(0, lowerBound(starts, lines, commonRun(data, 0, first, 0, Math.min(n, m)) + 1) - 1);
  const at = head > 0 ? starts[head]! : 0;
  // Shared end: lines whose preceding newline lies in the common suffix (kept clear of the start).
  const suffix = commonRunBack(data, n, first, m, Math.min(n, m) - at);
  const tail = lowerBound(starts, lines, n - suffix + 1);
  const stop = tail < lines ? starts[tail]! : n;
  const shift = n - m;
  set.reset((stop - at) >>> 5);
  cmp.data = data;
  cmp.starts = starts;
  cmp.parent = first;
  cmp.set = set;
  cmp.pieces.length = 0;
  cmp.splits = 0;
  count = 0;
  pushAll(starts, 0, head, 0);
  if (head < tail) compareMiddle(head, tail, at, stop - shift);
  else hashLinesInto(first, at, stop - shift, set);
  pushAll(starts, tail, lines, -shift);
  const versions: FileVersion[] = [{ data: first, starts: scratch.slice(0, count) }];
  if (parents.length > 1) hashOtherParents(parents, set, versions);
  const added = uncommonLines(data, starts, set);
  cmp.data = cmp.parent = EMPTY;
  return { spans: spansAround(added, starts, data), parents: versions };
}

/** A merge's other parents, hashed whole into the set, with their line starts. */
function hashOtherParents(parents: Buffer[], set: LineHashSet, versions: FileVersion[]): void {
  for (let k = 1; k < parents.length; k++) {
    count = 0;
    hashLinesInto(parents[k]!, 0, parents[k]!.length, set);
    versions.push({ data: parents[k]!, starts: scratch.slice(0, count) });
  }
}

/** The lines of the version's unshared pieces that the set does not have (indices, ascending). */
function uncommonLines(data: Buffer, starts: Int32Array, set: LineHashSet): number[] {
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const added: number[] = [];
  const { pieces } = cmp;
  for (let p = 0; p < pieces.length; p += 2) {
    for (let k = pieces[p]!; k < pieces[p + 1]!; k++) {
      hashLine(data, words, starts[k]!);
      if (!set.has(hashHi, hashLo)) added.push(k);
    }
  }
  return added;
}

const EMPTY: Buffer = Buffer.alloc(0);

/**
 * Lines [lo, hi) of the version against bytes [pa, pb) of the parent (both whole lines): a run they
 * share splits them in two, each compared the same way; what has none is left to hashing. Collects
 * the parent's line starts in order.
 */
function compareMiddle(lo: number, hi: number, pa: number, pb: number): void {
  const { starts } = cmp;
  const nA = lo < starts.length ? starts[lo]! : cmp.data.length;
  const nB = hi < starts.length ? starts[hi]! : cmp.data.length;
  if (cmp.splits < MAX_SPLITS && nB - nA >= MIN_RUN && pb - pa >= MIN_RUN) {
    // Probes at the middle, then a quarter in from each end: one of them is usually in a shared run.
    const span = hi - lo;
    if (splitAt(lo, hi, pa, pb, lo + (span >>> 1)) || splitAt(lo, hi, pa, pb, lo + (span >>> 2)) ||
      splitAt(lo, hi, pa, pb, hi - 1 - (span >>> 2))) return;
  }
  hashLinesInto(cmp.parent, pa, pb, cmp.set);
  if (lo < hi) cmp.pieces.push(lo, hi);
}

/**
 * Looks up PROBE bytes from line `k` of the version in the parent's [pa, pb); where found, grows the
 * match both ways (native compares) and, if the whole lines inside it make a run of MIN_RUN bytes or
 * more, compares what is left of it and right of it, and copies the run's starts. False when not.
 */
function splitAt(lo: number, hi: number, pa: number, pb: number, k: number): boolean {
  const { data, starts, parent } = cmp;
  const lines = starts.length;
  const n = data.length;
  const nA = starts[lo]!;
  const nB = hi < lines ? starts[hi]! : n;
  const s = starts[k]!;
  const len = Math.min(PROBE, nB - s);
  if (len < 16) return false;
  const found = parent.subarray(pa, pb).indexOf(data.subarray(s, s + len));
  if (found < 0) return false;
  const q = pa + found;
  const runStart = s - commonRunBack(data, s, parent, q, Math.min(s - nA, q - pa));
  const runEnd = s + commonRun(data, s, parent, q, Math.min(nB - s, pb - q));
  /** Parent offset = version offset - shift, inside the run. */
  const shift = s - q;
  // The whole lines inside the run, in both: a line starting where the run does must start a line in
  // the parent too; the file's last line (no newline) must end the parent's line too.
  let rl = lowerBound(starts, lines, runStart);
  if (rl < lines && starts[rl] === runStart && runStart - shift > pa && parent[runStart - shift - 1] !== 10) rl++;
  let rh = lowerBound(starts, lines, runEnd + 1) - 1;
  let pEnd = rh < lines ? starts[rh]! - shift : 0;
  if (rh === lines - 1 && runEnd === n && (n - shift === parent.length || parent[n - shift] === 10)) {
    rh = lines;
    pEnd = n - shift === parent.length ? parent.length : n - shift + 1;
  }
  if (rh <= rl || (rh < lines ? starts[rh]! : n) - starts[rl]! < MIN_RUN) return false;
  cmp.splits++;
  compareMiddle(lo, rl, pa, starts[rl]! - shift);
  pushAll(starts, rl, rh, -shift);
  compareMiddle(rh, hi, pEnd, pb);
  return true;
}

/**
 * The added lines (indices, ascending) with CONTEXT lines around each — reaching up to a BEGIN line
 * KEY_HEADER_REACH lines above, and down to the END line of a block a span leaves open — merged into
 * spans. (Cut short, an old key below a new one matched as BEGIN plus a line or two: a "secret" no
 * version of the file holds, reported at the commit that only put a key above it.)
 */
function spansAround(added: number[], starts: Int32Array, data: Buffer): LineSpan[] {
  const n = data.length;
  const lines = starts.length;
  const spans: LineSpan[] = [];
  /** Line index (0-based) one past the end of the last span. */
  let last = -1;
  /** The last span holds a BEGIN line with no END line after it. */
  let open = false;
  const markers = (from: number, to: number) => {
    for (let j = from; j < to; j++) {
      const m = blockMarker(data, starts[j]!);
      if (m !== NONE) open = m === BEGIN;
    }
  };
  const setEnd = () => {
    const span = spans[spans.length - 1]!;
    span.end = last < lines ? starts[last]! - 1 : n;
    span.lastLine = last;
  };
  // Reaches down to the open block's END line, when it is near.
  const close = () => {
    if (!open) return;
    open = false;
    for (let j = last; j < Math.min(lines, last + MAX_BLOCK_LINES); j++) {
      if (blockMarker(data, starts[j]!) === END) {
        last = j + 1;
        setEnd();
        return;
      }
    }
  };
  for (const k of added) {
    let from = Math.max(0, k - CONTEXT);
    // (A BEGIN line found inside the span before merges the two.)
    if (from > last) from = Math.min(from, keyHeaderAbove(data, starts, k));
    const to = Math.min(lines, k + CONTEXT + 1);
    if (spans.length > 0 && from > last) close();
    if (spans.length > 0 && from <= last) {
      if (to > last) markers(last, to);
      last = Math.max(last, to);
    } else {
      spans.push({ start: starts[from]!, end: 0, firstLine: from + 1, lastLine: 0, context: [] });
      open = false;
      markers(from, to);
      last = to;
    }
    setEnd();
  }
  if (spans.length > 0) close();
  // The lines around added ones that were not added themselves.
  let a = 0;
  for (const span of spans) {
    for (let k = span.firstLine - 1; k < span.lastLine; k++) {
      while (a < added.length && added[a]! < k) a++;
      if (added[a] !== k) span.context.push(k + 1);
    }
  }
  return spans;
}

/** How far below a span its open block's END line is looked for (a 4096-bit RSA key has ≈ 50 lines). */
const MAX_BLOCK_LINES = 120;

const NONE = 0;
const BEGIN = 1;
const END = 2;

/** Whether the line at `at` is a key block's first or last line (beginsBlock, endsBlock; indented too), or neither. */
function blockMarker(data: Buffer, at: number): number {
  while (data[at] === 32 || data[at] === 9) at++;
  // '-' (PEM, PGP) or 'P' (PuTTY) first: nearly every line fails there, without a string made.
  if (data[at] !== 45 && data[at] !== 80) return NONE;
  const head = data.toString('latin1', at, Math.min(at + 20, data.length));
  return beginsBlock(head) ? BEGIN : endsBlock(head) ? END : NONE;
}

/**
 * The line (index) above a key block's first line at most KEY_HEADER_REACH lines above line `k` (a
 * `leakward:allow-next-line` comment over the key), else `k`.
 */
function keyHeaderAbove(data: Buffer, starts: Int32Array, k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - KEY_HEADER_REACH); j--) if (blockMarker(data, starts[j]!) === BEGIN) return Math.max(0, j - 1);
  return k;
}
