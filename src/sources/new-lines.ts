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

  constructor(private readonly maxBits = 22, initialBits = 16) {
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

/** Bytes compared per native call (memcmp) when looking for where two versions start to differ. */
const BLOCK = 1024;

/** Length of the common prefix of `a` and `b`. */
export function commonPrefix(a: Buffer, b: Buffer): number {
  return commonRun(a, 0, b, 0, Math.min(a.length, b.length));
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
export function commonSuffix(a: Buffer, b: Buffer, max: number): number {
  const n = Math.min(a.length, b.length, max);
  const an = a.length;
  const bn = b.length;
  let k = 0;
  while (k + BLOCK <= n && a.compare(b, bn - k - BLOCK, bn - k, an - k - BLOCK, an - k) === 0) k += BLOCK;
  while (k < n && a[an - 1 - k] === b[bn - 1 - k]) k++;
  return k;
}

/** How many bytes from `a[ai]` and `b[bi]` on are equal, at most `max`. */
function commonRun(a: Buffer, ai: number, b: Buffer, bi: number, max: number): number {
  let k = 0;
  while (k + BLOCK <= max && a.compare(b, bi + k, bi + k + BLOCK, ai + k, ai + k + BLOCK) === 0) k += BLOCK;
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

/**
 * The lines of `data` new to `seen` (added to it), with context, as spans in file order, and the
 * version as read (to pass as `previous` for the next version of the file).
 *
 * `previous`, an earlier version of the same file that went through here, saves the work on the
 * lines both share at their start and end — most of a file, for most changes: those lines were
 * hashed (or skipped the same way) when that version was read, so they are not new, and their line
 * offsets are that version's (shifted, for the end).
 */
export function newLineSpans(data: Buffer, seen: LineSet, previous?: FileVersion): { spans: LineSpan[]; version: FileVersion } {
  const n = data.length;
  let lines = 0;
  let i = 0;
  /** Line index from which lines are shared with `previous`'s end, and how many. */
  let tailAt = -1;
  let tail = 0;
  let tailShift = 0;
  let stop = n;
  if (previous) {
    const prev = previous.starts;
    const m = previous.data.length;
    const prefix = commonPrefix(data, previous.data);
    // Shared at the start: the lines whose newline lies in the common prefix (the line after them
    // starts at or before its end). The first line not shared starts at the same offset in both.
    lines = Math.max(0, lowerBound(prev, prev.length, prefix + 1) - 1);
    if (scratch.length < prev.length + 1) scratch = new Int32Array(Math.max(scratch.length * 2, prev.length + 1));
    scratch.set(prev.subarray(0, lines));
    i = lines > 0 ? prev[lines]! : 0;
    // Shared at the end: whole lines whose preceding newline lies in the common suffix; the suffix is
    // kept clear of the lines handled above.
    const suffix = commonSuffix(data, previous.data, Math.min(n, m) - i);
    const firstShared = lowerBound(prev, prev.length, m - suffix + 1);
    tail = prev.length - firstShared;
    if (tail > 0) {
      tailShift = n - m;
      stop = prev[firstShared]! + tailShift;
      tailAt = firstShared;
    }
  }
  // Whole 4-byte words at any offset, so a line hashes the same wherever it sits in a file: three
  // times faster than byte by byte, and the newlines are found natively.
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const fresh: number[] = [];
  /** Where in `previous` to look for the next shared run, and whether to look now. */
  let searchFrom = i;
  let retryIn = 0;
  while (i < stop) {
    push(lines, i);
    let end = data.indexOf(10, i);
    if (end === -1) end = n;
    let h1 = 0x811c9dc5;
    let h2 = 0x2545f491;
    let k = i;
    for (; k + 4 <= end; k += 4) {
      const w = words.getInt32(k, true);
      h1 = Math.imul(h1 ^ w, 0x01000193);
      h2 = Math.imul(h2 + w, 0x5bd1e995) ^ (h2 >>> 15);
    }
    for (; k < end; k++) {
      const c = data[k]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const len = end - i;
    // The length is mixed in (a tail byte and a word can collide); `| 1` keeps the low half non-zero;
    // `>>> 0` because the set's arrays hold unsigned values, which an int32 would never equal.
    const isNew = seen.add((h1 ^ len) >>> 0, ((h2 ^ Math.imul(len, 0x27d4eb2f)) | 1) >>> 0);
    if (isNew) fresh.push(lines);
    lines++;
    const lineStart = i;
    i = end + 1;
    // Back in step with the previous version? A line it also has, found a little after the last
    // shared run, may start another: the lines of that run are whole lines of the previous version,
    // so not new — their offsets are copied instead of hashing them. (Any run found this way is
    // correct; a good one only saves more.)
    if (isNew) retryIn = 0;
    else if (previous && end < stop && --retryIn < 0) {
      retryIn = RETRY_LINES;
      const pd = previous.data;
      const ps = previous.starts;
      const at = pd.subarray(searchFrom, Math.min(pd.length, searchFrom + SEARCH_WINDOW)).indexOf(data.subarray(lineStart, i));
      const pos = searchFrom + at;
      if (at >= 0 && (pos === 0 || pd[pos - 1] === 10)) {
        const run = commonRun(data, lineStart, pd, pos, Math.min(stop - lineStart, pd.length - pos));
        if (run >= MIN_RUN) {
          const shift = lineStart - pos;
          // The previous version's line after the anchor; copy those whose newline is inside the run.
          let pk = lowerBound(ps, ps.length, i - shift);
          while (pk + 1 < ps.length && ps[pk + 1]! <= pos + run) {
            push(lines++, ps[pk]! + shift);
            pk++;
          }
          // (When the anchor was the previous version's last line, there is nothing to copy.)
          if (pk < ps.length) {
            i = ps[pk]! + shift;
            searchFrom = ps[pk]!;
          }
          retryIn = 0;
        }
      }
    }
  }
  if (tail > 0) {
    for (let t = 0; t < tail; t++) push(lines + t, previous!.starts[tailAt + t]! + tailShift);
    lines += tail;
  }
  const starts = scratch.slice(0, lines);
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
  return { spans, version: { data, starts } };
}
