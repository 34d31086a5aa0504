import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  MAX_GAP,
  boundedSkips,
  byName,
  commitFragment,
  inspectRepo,
  oldestCommitSink
} from "./chunk-MHWKBB7Z.mjs";
import "./chunk-B7NQA6O5.mjs";
import {
  readAhead,
  readBlobs,
  spawnGit
} from "./chunk-ZN2M6OI5.mjs";
import "./chunk-XJEGKPNE.mjs";
import {
  scanFragments
} from "./chunk-7VMPIWON.mjs";
import "./chunk-YZBMBJWR.mjs";
import "./chunk-5KIWAZV7.mjs";
import "./chunk-N5HQ6HQ5.mjs";
import "./chunk-34FTEJ42.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-P7L454IC.mjs";
import "./chunk-MCDJBE3I.mjs";
import "./chunk-4UU6KND7.mjs";
import {
  pathAllowed
} from "./chunk-Z2TNV32B.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/sources/log-raw.ts
import { StringDecoder } from "node:string_decoder";
var FORMAT = "--format=%x1e%H%x00%ct%x00%an%x00%ae%x00%aI%x00%s";
var HEADER_FIELDS = 5;
var RAW_ARGS = [
  "log",
  "--raw",
  "--cc",
  "-z",
  "--no-abbrev",
  "--no-renames",
  "--no-ext-diff",
  "--no-textconv",
  "--no-color",
  "--no-show-signature",
  "--date-order",
  "--reverse",
  FORMAT
];
var RawLogParser = class {
  constructor(emit) {
    this.emit = emit;
  }
  emit;
  pending;
  fields = [];
  want = "any";
  entry;
  seq = 0;
  decoder = new StringDecoder("utf8");
  /** The start of a token cut off at the end of the last chunk. */
  rest = "";
  /** A chunk of git's output: its complete tokens are parsed now, a cut-off last one with the next chunk. */
  push(chunk) {
    const tokens = (this.rest + this.decoder.write(chunk)).split("\0");
    this.rest = tokens.pop();
    for (let i = 0; i < tokens.length; i++) this.token(tokens[i]);
  }
  token(t) {
    if (this.want === "fields") {
      this.fields.push(t);
      if (this.fields.length === HEADER_FIELDS + 1) this.header();
      return;
    }
    if (this.want === "path") {
      this.want = "any";
      const e = this.entry;
      if (e.status !== "D") this.pending?.changes.push({ path: t, oid: e.oid, mode: e.mode });
      return;
    }
    const s = t.charCodeAt(0) === 10 ? t.slice(1) : t;
    if (s.charCodeAt(0) === 30) {
      this.flush();
      this.fields = [s.slice(1)];
      this.want = "fields";
    } else if (s.charCodeAt(0) === 58) {
      this.entry = parseEntry(s);
      this.want = "path";
    }
  }
  /** The last token and commit (call once the output ends). */
  end() {
    const tail = this.rest + this.decoder.end();
    this.rest = "";
    if (tail) this.token(tail);
    this.flush();
  }
  header() {
    const [h, ct, an, ae, ai, subject] = this.fields;
    this.want = "any";
    this.pending = {
      info: { commit: h, time: Number(ct), seq: -this.seq++, author: an, email: ae, date: ai, message: subject },
      changes: []
    };
  }
  flush() {
    if (this.pending) this.emit(this.pending);
    this.pending = void 0;
  }
};
function parseEntry(s) {
  let colons = 0;
  while (s.charCodeAt(colons) === 58) colons++;
  const parts = s.slice(colons).split(" ");
  const parents = colons;
  const mode = parts[parents];
  const oid = parts[2 * parents + 1];
  const status = parts[2 * parents + 2] ?? "";
  return { mode, oid, status: /^D+$/.test(status) ? "D" : status };
}
function rawLogCommits(opts) {
  const proc = spawnGit(opts.root, [...RAW_ARGS, ...opts.select], "read the history");
  proc.child.stdin.end();
  const output = readAhead(proc.child.stdout);
  async function* read() {
    const ready = [];
    const parser = new RawLogParser((c) => ready.push(c));
    let ok = false;
    try {
      for await (const chunk of output) {
        parser.push(chunk);
        if (ready.length) yield* ready.splice(0);
      }
      parser.end();
      if (ready.length) yield* ready.splice(0);
      ok = true;
    } finally {
      if (!ok) proc.kill();
    }
    await proc.finish();
  }
  return { commits: read(), stop: () => proc.kill() };
}

// src/sources/new-lines.ts
var CONTEXT = 1;
var LineSet = class {
  constructor(maxBits = 22, initialBits = 18) {
    this.maxBits = maxBits;
    this.slots = new Uint32Array(2 << initialBits);
    this.mask = (1 << initialBits) - 1;
  }
  maxBits;
  slots;
  size = 0;
  mask;
  /** Times the set was full and started over. */
  resets = 0;
  /** Adds the hash (unsigned halves; `lo` is never 0, which marks an empty slot); true when new. */
  add(hi, lo) {
    const { slots, mask } = this;
    let i = (hi ^ Math.imul(lo, 2654435761)) & mask;
    for (; ; ) {
      const l = slots[2 * i + 1];
      if (l === 0) break;
      if (l === lo && slots[2 * i] === hi) return false;
      i = i + 1 & mask;
    }
    if (this.size >= mask + 1 >>> 1) {
      this.grow();
      return this.add(hi, lo);
    }
    slots[2 * i] = hi;
    slots[2 * i + 1] = lo;
    this.size++;
    return true;
  }
  grow() {
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
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.add(old[i], old[i + 1]);
  }
};
var FIRST_BLOCK = 1024;
var MAX_BLOCK = 1 << 20;
function commonPrefix(a, b) {
  return commonRun(a, 0, b, 0, Math.min(a.length, b.length));
}
function commonSuffix(a, b, max) {
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
function commonRun(a, ai, b, bi, max) {
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
var SEARCH_WINDOW = 16 * 1024;
var MIN_RUN = 256;
var RETRY_LINES = 32;
function lowerBound(xs, n, v) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var scratch = new Int32Array(1 << 14);
function push(index, offset) {
  if (index === scratch.length) {
    const grown = new Int32Array(scratch.length * 2);
    grown.set(scratch);
    scratch = grown;
  }
  scratch[index] = offset;
}
var walk = { lines: 0, at: 0, searchFrom: 0 };
function newLineSpans(data, seen, previous) {
  const n = data.length;
  walk.lines = 0;
  walk.at = 0;
  let stop = n;
  let tail;
  if (previous) {
    skipSharedHead(data, previous);
    tail = sharedTail(data, previous, walk.at);
    if (tail) stop = tail.stop;
  }
  walk.searchFrom = walk.at;
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const fresh = [];
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
    const ps = previous.starts;
    for (let t = 0; t < count; t++) push(walk.lines + t, ps[at + t] + shift);
    walk.lines += count;
  }
  const starts = scratch.slice(0, walk.lines);
  return { spans: spansAround(fresh, starts, n), version: { data, starts } };
}
function skipSharedHead(data, previous) {
  const prev = previous.starts;
  const prefix = commonPrefix(data, previous.data);
  const lines = Math.max(0, lowerBound(prev, prev.length, prefix + 1) - 1);
  if (scratch.length < prev.length + 1) scratch = new Int32Array(Math.max(scratch.length * 2, prev.length + 1));
  scratch.set(prev.subarray(0, lines));
  walk.lines = lines;
  walk.at = lines > 0 ? prev[lines] : 0;
}
function sharedTail(data, previous, from) {
  const prev = previous.starts;
  const n = data.length;
  const m = previous.data.length;
  const suffix = commonSuffix(data, previous.data, Math.min(n, m) - from);
  const at = lowerBound(prev, prev.length, m - suffix + 1);
  const count = prev.length - at;
  if (count === 0) return void 0;
  return { at, count, shift: n - m, stop: prev[at] + n - m };
}
var hashHi = 0;
var hashLo = 0;
function hashLine(data, words, i) {
  const n = data.length;
  let h1 = 2166136261;
  let h2 = 625341585;
  let k = i;
  for (; k + 4 <= n; k += 4) {
    const w = words.getInt32(k, true);
    const x = w ^ 168430090;
    if ((x - 16843009 & ~x & 2155905152) !== 0) break;
    h1 = Math.imul(h1 ^ w, 16777619);
    h2 = Math.imul(h2 + w, 1540483477) ^ h2 >>> 15;
  }
  for (; k < n; k++) {
    const c = data[k];
    if (c === 10) break;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 + c, 1540483477) ^ h2 >>> 15;
  }
  const len = k - i;
  hashHi = (h1 ^ len) >>> 0;
  hashLo = (h2 ^ Math.imul(len, 668265263) | 1) >>> 0;
  return k;
}
function skipSharedRun(data, previous, lineStart, stop, prevStop) {
  const i = walk.at;
  if (stop - lineStart < MIN_RUN) return false;
  const pd = previous.data;
  const ps = previous.starts;
  const from = walk.searchFrom;
  const found = pd.subarray(from, Math.min(prevStop, from + SEARCH_WINDOW)).indexOf(data.subarray(lineStart, i));
  const pos = from + found;
  if (found < 0 || pos > 0 && pd[pos - 1] !== 10) return false;
  const run = commonRun(data, lineStart, pd, pos, Math.min(stop - lineStart, prevStop - pos));
  if (run < MIN_RUN) return false;
  const shift = lineStart - pos;
  let pk = lowerBound(ps, ps.length, i - shift);
  while (pk + 1 < ps.length && ps[pk + 1] <= pos + run) {
    push(walk.lines++, ps[pk] + shift);
    pk++;
  }
  if (pk < ps.length) {
    walk.at = ps[pk] + shift;
    walk.searchFrom = ps[pk];
  }
  return true;
}
function spansAround(fresh, starts, n) {
  const lines = starts.length;
  const spans = [];
  let last = -1;
  for (const k of fresh) {
    const from = Math.max(0, k - CONTEXT);
    const to = Math.min(lines, k + CONTEXT + 1);
    if (spans.length > 0 && from <= last) {
      last = Math.max(last, to);
    } else {
      spans.push({ start: starts[from], end: 0, firstLine: from + 1, lastLine: 0 });
      last = to;
    }
    const span = spans[spans.length - 1];
    span.end = last < lines ? starts[last] - 1 : n;
    span.lastLine = last;
  }
  return spans;
}

// src/sources/history.ts
async function scanHistory(options) {
  const started = performance.now();
  const select = ["--all"];
  if (options.since !== void 0) select.push(`--since=${options.since}`);
  if (options.maxCount !== void 0) select.push(`--max-count=${options.maxCount}`);
  const log = rawLogCommits({ root: options.root, select });
  let repo;
  let ruleSet;
  try {
    repo = await inspectRepo(options.root);
    ruleSet = typeof options.ruleSet === "function" ? options.ruleSet() : options.ruleSet;
  } catch (e) {
    log.stop();
    throw e;
  }
  if (!repo.hasCommits) log.stop();
  const notes = [];
  if (repo.shallow) {
    notes.push("shallow clone: commits before the clone's depth are not here, so this history is incomplete, and secrets that older commits added show up at the oldest commit present. Fetch all of it first: `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`).");
  }
  if (!repo.hasCommits) notes.push("the repository has no commits yet: there is no history to scan.");
  const skips = boundedSkips();
  const walk2 = new HistoryWalk({
    root: options.root,
    maxFileSize: options.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== void 0,
    byName: byName(ruleSet),
    onSkip: skips.add
  });
  const ctx = {
    ruleSet,
    ...options.baseline ? { baseline: options.baseline } : {},
    ...options.onProgress ? { onProgress: (p) => options.onProgress({ ...p, commits: walk2.commits }) } : {}
  };
  const fragments = repo.hasCommits ? walk2.fragments(log.commits) : (async function* () {
  })();
  const sink = oldestCommitSink();
  const result = await scanFragments(fragments, ctx, {
    mode: "history",
    skipped: skips.list,
    started,
    sink,
    ...options.engine ? { worker: options.engine } : {}
  });
  Object.assign(result.stats, { commits: walk2.commits, refs: repo.refs, shallow: repo.shallow, deduplicated: walk2.repeated });
  skips.count(result.stats);
  sink.count(result.stats);
  result.notes = notes;
  return result;
}
var EXCLUDED = 1;
var BY_NAME = 2;
var MAX_VERDICTS = 1e5;
var MAX_SEEN_BLOBS = 3e5;
var HistoryWalk = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  commits = 0;
  /** File versions not read again: the same content already seen (another branch, a revert, a rename). */
  repeated = 0;
  seenBlobs = /* @__PURE__ */ new Set();
  verdicts = /* @__PURE__ */ new Map();
  lines = new LineSet();
  /** The last version read of each path, to compare the next one with; bounded by LATEST_BYTES. */
  latest = /* @__PURE__ */ new Map();
  latestBytes = 0;
  queue = [];
  head = 0;
  async *fragments(commits) {
    const named = [];
    const ids = this.wantedIds(commits, named);
    for await (const blob of readBlobs(this.opts.root, ids)) {
      if (named.length) yield* named.splice(0);
      let w = this.queue[this.head];
      while (w && w.oid !== blob.oid) {
        this.queue[this.head++] = void 0;
        w = this.queue[this.head];
      }
      if (!w) continue;
      this.queue[this.head++] = void 0;
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      yield* this.blobFragments(w, blob.data);
    }
    if (named.length) yield* named.splice(0);
  }
  /** The ids of versions to read, queued with their commit; path-only findings go to `named`. */
  async *wantedIds(commits, named) {
    for await (const { info, changes } of commits) {
      this.commits++;
      for (const ch of changes) {
        if (ch.mode !== "100644" && ch.mode !== "100755") continue;
        const verdict = this.pathVerdict(ch.path);
        if (verdict & EXCLUDED) continue;
        if (verdict & BY_NAME) named.push(commitFragment(info, ch.path, "", 1, 0));
        if (this.seenBlobs.has(ch.oid)) {
          this.repeated++;
          continue;
        }
        if (this.seenBlobs.size >= MAX_SEEN_BLOBS) this.seenBlobs = /* @__PURE__ */ new Set();
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
  pathVerdict(path) {
    let v = this.verdicts.get(path);
    if (v === void 0) {
      v = (this.opts.exclude(path) ? EXCLUDED : 0) | (this.opts.byName?.(path) ? BY_NAME : 0);
      if (this.verdicts.size >= MAX_VERDICTS) this.verdicts = /* @__PURE__ */ new Map();
      this.verdicts.set(path, v);
    }
    return v;
  }
  remember(path, version) {
    const old = this.latest.get(path);
    if (old) this.latestBytes -= sizeOf(old);
    if (this.latestBytes + sizeOf(version) > LATEST_BYTES) {
      this.latest = /* @__PURE__ */ new Map();
      this.latestBytes = 0;
    }
    this.latest.set(path, version);
    this.latestBytes += sizeOf(version);
  }
  *blobFragments(w, data) {
    const skip = (reason, detail) => this.opts.onSkip({ path: w.path, reason, detail: `${detail}, commit ${w.commit.commit.slice(0, 12)}` });
    if (data.length > this.opts.maxFileSize) return skip("too-large", `${data.length} bytes, over the ${this.opts.maxFileSize}-byte limit`);
    if (data.subarray(0, 8e3).includes(0)) return skip("binary", "binary");
    const { spans, version } = newLineSpans(data, this.lines, this.latest.get(w.path));
    this.remember(w.path, version);
    if (spans.length === 0) return;
    let bytes = data.length;
    for (const group of groupSpans(spans)) {
      const gap = (k) => k > 0 ? group[k].firstLine - group[k - 1].lastLine : 0;
      let size = 0;
      for (let k = 0; k < group.length; k++) size += gap(k) + group[k].end - group[k].start;
      const utf8 = Buffer.allocUnsafe(size);
      let at = 0;
      for (let k = 0; k < group.length; k++) {
        const s = group[k];
        utf8.fill(10, at, at + gap(k));
        at += gap(k);
        at += data.copy(utf8, at, s.start, s.end);
      }
      yield new BlobFragment(w.commit, w.path, utf8, group[0].firstLine, bytes);
      bytes = 0;
    }
  }
};
var BlobFragment = class {
  constructor(c, path, utf8, startLine, bytes) {
    this.path = path;
    this.utf8 = utf8;
    this.startLine = startLine;
    this.bytes = bytes;
    this.commit = c.commit;
    this.author = c.author;
    this.email = c.email;
    this.date = c.date;
    this.message = c.message;
    this.time = c.time;
    this.seq = c.seq;
  }
  path;
  utf8;
  startLine;
  bytes;
  commit;
  author;
  email;
  date;
  message;
  time;
  seq;
  get text() {
    return this.utf8.toString("utf8");
  }
};
var LATEST_BYTES = 32 * 1024 * 1024;
var sizeOf = (v) => v.data.buffer.byteLength + v.starts.byteLength;
function groupSpans(spans) {
  const groups = [];
  let lastLine = -Infinity;
  for (const s of spans) {
    if (s.firstLine - lastLine > MAX_GAP) groups.push([]);
    groups[groups.length - 1].push(s);
    lastLine = s.lastLine;
  }
  return groups;
}
export {
  scanHistory
};
