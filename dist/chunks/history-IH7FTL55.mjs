import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  boundedSkips,
  byName,
  commitFragment,
  inspectRepo,
  messageFragment,
  oldestCommitSink,
  samePlaceAgain,
  sinceWindow
} from "./chunk-SMMKUOPH.mjs";
import {
  KEY_HEADER_REACH,
  beginsBlock,
  endsBlock
} from "./chunk-5JWPLCYZ.mjs";
import "./chunk-X6LCVEHX.mjs";
import {
  decodeText,
  onAddedLines,
  scanFragments
} from "./chunk-KYW7TU4C.mjs";
import {
  BlobFetcher,
  feedLines,
  gitReason,
  gitRun,
  readAhead,
  readBlobs,
  spawnGit,
  streamBlobs
} from "./chunk-WJIJQGAM.mjs";
import "./chunk-YZBMBJWR.mjs";
import "./chunk-YAV3TE62.mjs";
import "./chunk-N5HQ6HQ5.mjs";
import "./chunk-Z66QYUJO.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-P7L454IC.mjs";
import "./chunk-MCDJBE3I.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import {
  allowlisted,
  pathAllowed,
  pathSignature
} from "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/sources/log-raw.ts
import { StringDecoder } from "node:string_decoder";
var FORMAT = "--format=%x1e%H%x00%ct%x00%an%x00%ae%x00%aI%x00%s%x00%B";
var HEADER_FIELDS = 6;
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
  "--no-relative",
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
      if (e.status !== "D") this.pending?.changes.push({ path: t, oid: e.oid, mode: e.mode, from: e.from });
      return;
    }
    if (t.length === 0) return;
    const s = t.charCodeAt(0) === 10 ? t.slice(1) : t;
    if (s.length === 0) return;
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
    const [h, ct, an, ae, ai, subject, body] = this.fields;
    this.want = "any";
    this.pending = {
      info: { commit: h, time: Number(ct), seq: this.seq++, author: an, email: ae, date: ai, message: subject },
      body,
      changes: []
    };
  }
  flush() {
    if (this.pending) this.emit(this.pending);
    this.pending = void 0;
  }
};
var isRegular = (mode) => mode === "100644" || mode === "100755";
function parseEntry(s) {
  let colons = 0;
  while (s.charCodeAt(colons) === 58) colons++;
  const parts = s.slice(colons).split(" ");
  const parents = colons;
  const mode = parts[parents];
  const oid = parts[2 * parents + 1];
  const status = parts[2 * parents + 2] ?? "";
  const from = [];
  for (let k = 0; k < parents; k++) {
    if (isRegular(parts[k])) from.push(parts[parents + 1 + k]);
  }
  return { mode, oid, status: /^D+$/.test(status) ? "D" : status, from };
}
function rawLogCommits(opts) {
  const order = opts.select.some((o) => o.startsWith("--since=")) ? [] : ["--date-order"];
  const proc = spawnGit(opts.root, [...RAW_ARGS, ...order, ...opts.select], "read the history");
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
var LineHashSet = class {
  keys = new Uint32Array(2 << 12);
  stamps = new Uint32Array(1 << 12);
  mask = (1 << 12) - 1;
  stamp = 0;
  size = 0;
  /** Empties the set for a comparison of about `lines` lines. */
  reset(lines) {
    let slots = 1 << 10;
    while (slots < lines * 2) slots *= 2;
    this.use(slots);
    this.size = 0;
  }
  /** Adds a hash (unsigned halves). */
  add(hi, lo) {
    if (this.size * 2 >= this.mask) this.grow();
    const { keys, stamps, mask, stamp } = this;
    let i = (hi ^ Math.imul(lo, 2654435761)) & mask;
    while (stamps[i] === stamp) {
      if (keys[2 * i + 1] === lo && keys[2 * i] === hi) return;
      i = i + 1 & mask;
    }
    stamps[i] = stamp;
    keys[2 * i] = hi;
    keys[2 * i + 1] = lo;
    this.size++;
  }
  has(hi, lo) {
    const { keys, stamps, mask, stamp } = this;
    let i = (hi ^ Math.imul(lo, 2654435761)) & mask;
    while (stamps[i] === stamp) {
      if (keys[2 * i + 1] === lo && keys[2 * i] === hi) return true;
      i = i + 1 & mask;
    }
    return false;
  }
  /** Uses the first `slots` slots (a power of two) under a new stamp, growing the arrays if needed. */
  use(slots) {
    if (slots > this.stamps.length) {
      this.keys = new Uint32Array(2 * slots);
      this.stamps = new Uint32Array(slots);
      this.stamp = 0;
    }
    this.mask = slots - 1;
    if (++this.stamp === 4294967295) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }
  grow() {
    const live = [];
    for (let i = 0; i <= this.mask; i++) if (this.stamps[i] === this.stamp) live.push(this.keys[2 * i], this.keys[2 * i + 1]);
    this.use((this.mask + 1) * 2);
    this.size = 0;
    for (let k = 0; k < live.length; k += 2) this.add(live[k], live[k + 1]);
  }
};
var FIRST_BLOCK = 1024;
var MAX_BLOCK = 1 << 20;
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
function commonRunBack(a, ai, b, bi, max) {
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
var count = 0;
function room(n) {
  if (count + n <= scratch.length) return;
  const grown = new Int32Array(Math.max(scratch.length * 2, count + n));
  grown.set(scratch.subarray(0, count));
  scratch = grown;
}
function push(offset) {
  if (count === scratch.length) room(1);
  scratch[count++] = offset;
}
function pushAll(xs, from, to, shift) {
  room(to - from);
  if (shift === 0) scratch.set(xs.subarray(from, to), count);
  else for (let k = from; k < to; k++) scratch[count + k - from] = xs[k] + shift;
  count += to - from;
}
function lineStarts(data) {
  const n = data.length;
  count = 0;
  if (n > 0) push(0);
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const x = words.getInt32(i, true) ^ 168430090;
    if ((x - 16843009 & ~x & 2155905152) === 0) continue;
    for (let k = i; k < i + 4; k++) if (data[k] === 10 && k + 1 < n) push(k + 1);
  }
  for (; i < n; i++) if (data[i] === 10 && i + 1 < n) push(i + 1);
  return scratch.slice(0, count);
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
  hashLo = (h2 ^ Math.imul(len, 668265263)) >>> 0;
  return k;
}
function hashLinesInto(data, at, stop, set) {
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  while (at < stop) {
    push(at);
    const end = hashLine(data, words, at);
    set.add(hashHi, hashLo);
    at = end + 1;
  }
}
var MIN_RUN = 256;
var PROBE = 64;
var MAX_SPLITS = 32;
var cmp = {
  data: Buffer.alloc(0),
  starts: new Int32Array(0),
  parent: Buffer.alloc(0),
  set: void 0,
  /** The version's lines (index ranges [from, to), in pairs) left to check against the set. */
  pieces: [],
  splits: 0
};
function addedLineSpans(version, parents, set) {
  const { data, starts } = version;
  const n = data.length;
  const lines = starts.length;
  if (parents.length === 0) return { spans: lines > 0 ? [{ start: 0, end: n, firstLine: 1, lastLine: lines, context: [] }] : [], parents: [] };
  const first = parents[0];
  const m = first.length;
  const head = Math.max(0, lowerBound(starts, lines, commonRun(data, 0, first, 0, Math.min(n, m)) + 1) - 1);
  const at = head > 0 ? starts[head] : 0;
  const suffix = commonRunBack(data, n, first, m, Math.min(n, m) - at);
  const tail = lowerBound(starts, lines, n - suffix + 1);
  const stop = tail < lines ? starts[tail] : n;
  const shift = n - m;
  set.reset(stop - at >>> 5);
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
  const versions = [{ data: first, starts: scratch.slice(0, count) }];
  if (parents.length > 1) hashOtherParents(parents, set, versions);
  const added = uncommonLines(data, starts, set);
  cmp.data = cmp.parent = EMPTY;
  return { spans: spansAround(added, starts, data), parents: versions };
}
function hashOtherParents(parents, set, versions) {
  for (let k = 1; k < parents.length; k++) {
    count = 0;
    hashLinesInto(parents[k], 0, parents[k].length, set);
    versions.push({ data: parents[k], starts: scratch.slice(0, count) });
  }
}
function uncommonLines(data, starts, set) {
  const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const added = [];
  const { pieces } = cmp;
  for (let p = 0; p < pieces.length; p += 2) {
    for (let k = pieces[p]; k < pieces[p + 1]; k++) {
      hashLine(data, words, starts[k]);
      if (!set.has(hashHi, hashLo)) added.push(k);
    }
  }
  return added;
}
var EMPTY = Buffer.alloc(0);
function compareMiddle(lo, hi, pa, pb) {
  const { starts } = cmp;
  const nA = lo < starts.length ? starts[lo] : cmp.data.length;
  const nB = hi < starts.length ? starts[hi] : cmp.data.length;
  if (cmp.splits < MAX_SPLITS && nB - nA >= MIN_RUN && pb - pa >= MIN_RUN) {
    const span = hi - lo;
    if (splitAt(lo, hi, pa, pb, lo + (span >>> 1)) || splitAt(lo, hi, pa, pb, lo + (span >>> 2)) || splitAt(lo, hi, pa, pb, hi - 1 - (span >>> 2))) return;
  }
  hashLinesInto(cmp.parent, pa, pb, cmp.set);
  if (lo < hi) cmp.pieces.push(lo, hi);
}
function splitAt(lo, hi, pa, pb, k) {
  const { data, starts, parent } = cmp;
  const lines = starts.length;
  const n = data.length;
  const nA = starts[lo];
  const nB = hi < lines ? starts[hi] : n;
  const s = starts[k];
  const len = Math.min(PROBE, nB - s);
  if (len < 16) return false;
  const found = parent.subarray(pa, pb).indexOf(data.subarray(s, s + len));
  if (found < 0) return false;
  const q = pa + found;
  const runStart = s - commonRunBack(data, s, parent, q, Math.min(s - nA, q - pa));
  const runEnd = s + commonRun(data, s, parent, q, Math.min(nB - s, pb - q));
  const shift = s - q;
  let rl = lowerBound(starts, lines, runStart);
  if (rl < lines && starts[rl] === runStart && runStart - shift > pa && parent[runStart - shift - 1] !== 10) rl++;
  let rh = lowerBound(starts, lines, runEnd + 1) - 1;
  let pEnd = rh < lines ? starts[rh] - shift : 0;
  if (rh === lines - 1 && runEnd === n && (n - shift === parent.length || parent[n - shift] === 10)) {
    rh = lines;
    pEnd = n - shift === parent.length ? parent.length : n - shift + 1;
  }
  if (rh <= rl || (rh < lines ? starts[rh] : n) - starts[rl] < MIN_RUN) return false;
  cmp.splits++;
  compareMiddle(lo, rl, pa, starts[rl] - shift);
  pushAll(starts, rl, rh, -shift);
  compareMiddle(rh, hi, pEnd, pb);
  return true;
}
function spansAround(added, starts, data) {
  const n = data.length;
  const lines = starts.length;
  const spans = [];
  let last = -1;
  let open = false;
  const markers = (from, to) => {
    for (let j = from; j < to; j++) {
      const m = blockMarker(data, starts[j]);
      if (m !== NONE) open = m === BEGIN;
    }
  };
  const setEnd = () => {
    const span = spans[spans.length - 1];
    span.end = last < lines ? starts[last] - 1 : n;
    span.lastLine = last;
  };
  const close = () => {
    if (!open) return;
    open = false;
    for (let j = last; j < Math.min(lines, last + MAX_BLOCK_LINES); j++) {
      if (blockMarker(data, starts[j]) === END) {
        last = j + 1;
        setEnd();
        return;
      }
    }
  };
  for (const k of added) {
    let from = Math.max(0, k - CONTEXT);
    if (from > last) from = Math.min(from, keyHeaderAbove(data, starts, k));
    const to = Math.min(lines, k + CONTEXT + 1);
    if (spans.length > 0 && from > last) close();
    if (spans.length > 0 && from <= last) {
      if (to > last) markers(last, to);
      last = Math.max(last, to);
    } else {
      spans.push({ start: starts[from], end: 0, firstLine: from + 1, lastLine: 0, context: [] });
      open = false;
      markers(from, to);
      last = to;
    }
    setEnd();
  }
  if (spans.length > 0) close();
  let a = 0;
  for (const span of spans) {
    for (let k = span.firstLine - 1; k < span.lastLine; k++) {
      while (a < added.length && added[a] < k) a++;
      if (added[a] !== k) span.context.push(k + 1);
    }
  }
  return spans;
}
var MAX_BLOCK_LINES = 120;
var NONE = 0;
var BEGIN = 1;
var END = 2;
function blockMarker(data, at) {
  while (data[at] === 32 || data[at] === 9) at++;
  if (data[at] !== 45 && data[at] !== 80) return NONE;
  const head = data.toString("latin1", at, Math.min(at + 20, data.length));
  return beginsBlock(head) ? BEGIN : endsBlock(head) ? END : NONE;
}
function keyHeaderAbove(data, starts, k) {
  for (let j = k - 1; j >= Math.max(0, k - KEY_HEADER_REACH); j--) if (blockMarker(data, starts[j]) === BEGIN) return Math.max(0, j - 1);
  return k;
}

// src/sources/history.ts
async function scanHistory(options) {
  const started = performance.now();
  const select = ["--all"];
  if (options.since !== void 0) select.push(`--since=${options.since}`);
  if (options.maxCount !== void 0) select.push(`--max-count=${options.maxCount}`);
  const log = rawLogCommits({ root: options.root, select });
  const rootLog = select.length === 1 ? rawLogCommits({ root: options.root, select: ["--all", "--max-parents=0"] }) : void 0;
  let repo;
  let ruleSet;
  let roots = /* @__PURE__ */ new Map();
  let sinceNote;
  try {
    [repo, sinceNote] = await Promise.all([
      inspectRepo(options.root),
      options.since !== void 0 ? sinceWindow(options.root, options.since) : void 0
    ]);
    ruleSet = typeof options.ruleSet === "function" ? options.ruleSet() : options.ruleSet;
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
  const notes = [];
  if (repo.shallow) {
    notes.push("shallow clone: commits before the clone's depth are not here, so this history is incomplete, and secrets that older commits added show up at the oldest commit present. Fetch all of it first: `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`).");
  }
  if (!repo.hasCommits && repo.tips.length === 0) notes.push("the repository has no commits yet: there is no history to scan.");
  if (sinceNote) notes.push(sinceNote);
  const tips = select.length === 1 ? repo.tips : [];
  if (repo.tips.length > 0) notes.push(tipsNote(repo.tips, tips.length > 0));
  if (repo.tags.length > 0 && select.length > 1) {
    notes.push(`annotated tags' messages are not scanned in a --since/--max-count window (${repo.tags.length} tag${repo.tags.length === 1 ? "" : "s"}): scan the whole history to include them.`);
  }
  const skips = boundedSkips();
  const walk = new HistoryWalk({
    root: options.root,
    maxFileSize: options.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== void 0,
    byName: byName(ruleSet),
    signature: pathSignature(ruleSet),
    onSkip: skips.add,
    roots,
    keptBytes: options.keptBytes ?? KEPT_BYTES
  });
  const ctx = {
    ruleSet,
    ...options.baseline ? { baseline: options.baseline } : {},
    ...options.onProgress ? { onProgress: (p) => options.onProgress({ ...p, commits: walk.commits }) } : {}
  };
  const rules = new Map(ruleSet.rules.map((r) => [r.rule.id, r]));
  const sink = onAddedLines(oldestCommitSink(void 0, (f) => allowlisted(ruleSet.allowlists, rules.get(f.ruleId)?.allowlists ?? [], f)));
  const source = async (lane) => {
    if (repo.hasCommits) await walk.run(log.commits, lane);
    if (tips.length > 0) await walk.runTips(tips, lane);
    if (select.length === 1 && repo.tags.length > 0) await walk.runTagMessages(repo.tags, lane);
  };
  const result = await scanFragments(source, ctx, {
    mode: "history",
    skipped: skips.list,
    started,
    sink,
    ...options.engine ? { worker: options.engine } : {},
    // Once git's log is all read, this thread's work is winding down while the engine thread's may
    // not be: rather than wait for room in its queue, this thread scans the batch itself.
    helpWhen: () => walk.logRead,
    // The root commits' files, read apart from the start: they fill the engine thread's idle time.
    ...roots.size > 0 ? { background: (lane) => walk.runRoots(lane) } : {}
  });
  Object.assign(result.stats, { commits: walk.commits, refs: repo.refs, shallow: repo.shallow, deduplicated: walk.repeated });
  skips.count(result.stats);
  result.notes = notes;
  return result;
}
function tipsNote(tips, scanned) {
  const names = tips.slice(0, 3).map((t) => `${t.ref} (a ${t.type === "blob" ? "file" : "folder"})`).join(", ") + (tips.length > 3 ? `, and ${tips.length - 3} more` : "");
  return scanned ? `${tips.length === 1 ? "a ref leads" : `${tips.length} refs lead`} to a file or folder, not a commit: ${names}. Scanned as ${tips.length === 1 ? "it is" : "they are"}; a finding there has no commit, and its path is the ref's name (\`ref/path\` inside a folder).` : `not scanned in a --since/--max-count window, having no commit date: ${names}. Scan the whole history to include them.`;
}
var MAX_ROOT_FILES = 2e5;
async function rootVersions(commits) {
  const roots = /* @__PURE__ */ new Map();
  for await (const { info, changes } of commits) {
    const root = { ...info, seq: Number.MAX_SAFE_INTEGER };
    for (const ch of changes) {
      if (isRegular(ch.mode) && ch.from.length === 0 && !roots.has(ch.oid) && roots.size < MAX_ROOT_FILES) roots.set(ch.oid, { info: root, path: ch.path });
    }
  }
  return roots;
}
var EXCLUDED = 1;
var BY_NAME = 2;
var MAX_VERDICTS = 1e5;
var MAX_SEEN_CHANGES = 3e5;
var KEPT_BYTES = 32 * 1024 * 1024;
var HistoryWalk = class {
  constructor(opts) {
    this.opts = opts;
    this.fetcher = new BlobFetcher(opts.root);
  }
  opts;
  commits = 0;
  /** Changes not scanned again: the same change already seen (another branch, a cherry-pick). */
  repeated = 0;
  /** All of git's log has been read (the changes left are queued). */
  logRead = false;
  origins = /* @__PURE__ */ new Map();
  verdicts = /* @__PURE__ */ new Map();
  /** Ids of replaced versions the walk will keep: a change bringing one in needs not ask git for it. */
  promised = /* @__PURE__ */ new Set();
  /** Root versions scanned (see scanRoot). */
  rootsScanned = /* @__PURE__ */ new Set();
  kept = /* @__PURE__ */ new Map();
  /** The chunks of git's output the kept versions lie in, with how many each holds. */
  chunks = /* @__PURE__ */ new Map();
  keptBytes = 0;
  set = new LineHashSet();
  queue = [];
  head = 0;
  /** Changes complete (all their versions came), to be scanned in order from `readyHead`. */
  ready = [];
  readyHead = 0;
  /** A version being read again (drain stops at the change that needs it until it comes). */
  refetch;
  fetcher;
  /**
   * Reads the versions the commits' changes need from one `git cat-file --batch` and pushes the
   * Fragments of what they added into `out` as git's output comes, in its stream events: no promise or
   * generator step per blob or per Fragment (those steps, and V8 compiling the async generators they
   * ran in, were ≈ 0.1 s of CPU on the 3,000-commit bench history). Resolves once git is done and
   * every change is out.
   */
  async run(commits, out) {
    const proc = spawnGit(this.opts.root, ["cat-file", "--batch", "--buffer"], "read blobs");
    const feeding = feedLines(proc.child, this.wantedIds(commits, out));
    feeding.catch(() => {
    });
    let ok = false;
    try {
      await streamBlobs(proc.child.stdout, (blobs) => {
        for (const b of blobs) this.deliver(b);
        if (!this.refetch) this.drain(out);
      }, () => this.refetch ?? (out.full() ? out.room() : void 0));
      this.deliver(void 0);
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
  drain(out) {
    const { ready } = this;
    while (this.readyHead < ready.length) {
      const c = ready[this.readyHead];
      if (!c.read && c.fetched === void 0 && !this.kept.has(c.oid)) {
        this.refetch = this.fetcher.read(c.oid).then((data) => {
          c.fetched = data ?? null;
          this.refetch = void 0;
          this.drain(out);
        });
        this.refetch.catch(() => {
        });
        return;
      }
      ready[this.readyHead++] = void 0;
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
  deliver(blob) {
    const { ready } = this;
    for (let c = this.queue[this.head]; c; c = this.queue[this.head]) {
      let used = false;
      if (c.got.length < c.expect.length) {
        used = blob !== void 0 && c.expect[c.got.length] === blob.oid;
        c.got.push(used ? blob.data : void 0);
        if (c.got.length < c.expect.length) {
          if (used) break;
          continue;
        }
      }
      this.queue[this.head++] = void 0;
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      ready.push(c);
      if (used) break;
    }
  }
  /** The ids of versions to read, queued with their change; path-only findings go to `named`. */
  async *wantedIds(commits, named) {
    for await (const c of commits) {
      const ids = this.queueChanges(c, named);
      if (ids) yield ids;
    }
    this.logRead = true;
  }
  /** Queues a commit's changes not seen before; returns the ids to ask git for, one per line ('' for none). */
  queueChanges({ info, body, changes }, named) {
    this.commits++;
    const message = messageFragment(info, body);
    if (message) named.push(message);
    let ids = "";
    for (const ch of changes) {
      if (!isRegular(ch.mode)) continue;
      const verdict = this.pathVerdict(ch.path);
      if (verdict.flags & EXCLUDED) continue;
      if (verdict.flags & BY_NAME) named.push(commitFragment(info, ch.path, "", 1, 0));
      if (ch.from.includes(ch.oid)) continue;
      if (ch.from.length === 0 && this.scannedAsRoot(ch.oid, ch.path, info)) continue;
      const key = this.changeKey(ch.oid, ch.from, ch.path);
      const seen = this.origins.get(key);
      if (seen) {
        this.repeated++;
        samePlaceAgain(seen, info, ch.path);
        continue;
      }
      if (this.origins.size >= MAX_SEEN_CHANGES) this.origins = /* @__PURE__ */ new Map();
      const origin = { info, path: ch.path };
      this.origins.set(key, origin);
      const read = !this.promised.delete(ch.oid);
      const expect = read ? [ch.oid, ...ch.from] : ch.from;
      if (this.promised.size >= MAX_SEEN_CHANGES) this.promised.clear();
      for (const p of ch.from) this.promised.add(p);
      this.queue.push({ oid: ch.oid, from: ch.from, read, origin, expect, got: [] });
      for (const id of expect) ids = ids ? `${ids}
${id}` : id;
    }
    return ids;
  }
  /**
   * The root commits' files, read by a `cat-file` of their own from the start and scanned whole unless
   * a change read one first (scanRoot): pushed to the background lane, which the engine thread takes
   * when it has room.
   */
  async runRoots(out) {
    const proc = spawnGit(this.opts.root, ["cat-file", "--batch", "--buffer"], "read blobs");
    const feeding = feedLines(proc.child, this.opts.roots.keys());
    feeding.catch(() => {
    });
    let ok = false;
    try {
      await streamBlobs(proc.child.stdout, (blobs) => {
        for (const b of blobs) this.scanRoot(b.oid, b.data, out);
      }, () => out.full() ? out.room() : void 0);
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
  async runTips(tips, out) {
    const files = /* @__PURE__ */ new Map();
    const add = (oid, inner, path) => {
      const key = this.changeKey(oid, [], inner);
      if (!this.origins.has(key) && !files.has(key)) files.set(key, { oid, path });
    };
    for (const tip of tips) {
      if (tip.type === "blob") {
        add(tip.oid, tip.ref, tip.ref);
        continue;
      }
      const r = await gitRun(this.opts.root, ["ls-tree", "-r", "-z", "--full-tree", tip.oid]);
      if (r.code !== 0) throw new LeakwardError("GIT_FAILED", `git could not list ${tip.ref}: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, "Run `git fsck` there to see what is wrong.");
      for (const entry of r.stdout.split("\0")) {
        const tab = entry.indexOf("	");
        const [mode, , oid] = entry.slice(0, tab).split(" ");
        const path = entry.slice(tab + 1);
        if (tab < 0 || !oid || !isRegular(mode) || this.pathVerdict(path).flags & EXCLUDED) continue;
        add(oid, path, `${tip.ref}/${path}`);
      }
    }
    const order = [...files.values()];
    let k = 0;
    for await (const blob of readBlobs(this.opts.root, order.map((f) => f.oid))) {
      const { path } = order[k++];
      const data = this.asText(blob.data);
      if (!this.skipped(path, data, "") && data.length > 0) out.push(new TipFragment(path, data));
      if (out.full()) await out.room();
    }
  }
  /**
   * The messages of annotated tags (a tag of a tag too, followed down): scanned like commit messages,
   * as `<ref> (tag message)`, with no commit, and newer than any commit (see TipFragment).
   */
  async runTagMessages(tags, out) {
    const seen = /* @__PURE__ */ new Set();
    let level = [];
    for (const t of tags) {
      if (seen.has(t.oid)) continue;
      seen.add(t.oid);
      level.push(t);
    }
    while (level.length > 0) {
      const byId = new Map(level.map((t) => [t.oid, t.ref]));
      const next = [];
      for await (const { oid, data } of readBlobs(this.opts.root, byId.keys())) {
        const ref = byId.get(oid);
        const text = data.toString("utf8");
        const end = text.indexOf("\n\n");
        const inner = /^object ([0-9a-f]+)\ntype tag\n/.exec(text)?.[1];
        if (inner && !seen.has(inner)) {
          seen.add(inner);
          next.push({ ref, oid: inner });
        }
        const message = end < 0 ? "" : text.slice(end + 2).replace(/\n+$/, "");
        if (message.trim() !== "") out.push(new TipFragment(`${ref} (tag message)`, Buffer.from(message, "utf8"), "tag-message"));
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
  scannedAsRoot(oid, path, info) {
    const root = this.opts.roots.get(oid);
    if (!root || root.path !== path || root.info.commit !== info.commit) return false;
    root.info = info;
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
  changeKey(oid, from, path) {
    const { sig } = this.pathVerdict(path);
    const key = from.length === 0 ? oid : `${oid}${from.join("")}`;
    return sig === "" ? key : `${key}\0${sig}`;
  }
  /** A root version, read: scanned whole at its root commit, once (see scannedAsRoot). */
  scanRoot(oid, data, out) {
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
  asText(data) {
    if (data.length < 2 || data.length > this.opts.maxFileSize) return data;
    const bom = data[0] === 255 && data[1] === 254 || data[0] === 254 && data[1] === 255;
    return bom ? Buffer.from(decodeText(data), "utf8") : data;
  }
  /** Whether a version at `path` is not scanned (too large, binary); says so, with `where` after the reason. */
  skipped(path, data, where) {
    const skip = (reason, detail) => this.opts.onSkip({ path, reason, detail: `${detail}${where}` });
    if (data.length > this.opts.maxFileSize) skip("too-large", `${data.length} bytes, over the ${this.opts.maxFileSize}-byte limit`);
    else if (data.subarray(0, 8e3).includes(0)) skip("binary", "binary");
    else return false;
    return true;
  }
  /**
   * What the allowlists and rules say of a path (PathVerdict), remembered: the same few hundred paths
   * change again and again, and each verdict runs every path regex.
   */
  pathVerdict(path) {
    let v = this.verdicts.get(path);
    if (v === void 0) {
      v = { flags: (this.opts.exclude(path) ? EXCLUDED : 0) | (this.opts.byName?.(path) ? BY_NAME : 0), sig: this.opts.signature(path) };
      if (this.verdicts.size >= MAX_VERDICTS) this.verdicts = /* @__PURE__ */ new Map();
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
  keep(oid, v) {
    const old = this.kept.get(oid);
    if (old) this.release(oid, old);
    this.kept.set(oid, v);
    this.hold(v);
    for (const [id, k] of this.kept) {
      if (this.keptBytes <= this.opts.keptBytes || this.kept.size === 1) break;
      this.release(id, k);
    }
  }
  take(oid) {
    const v = this.kept.get(oid);
    if (v) this.release(oid, v);
    return v;
  }
  hold(v) {
    const chunk = v.data.buffer;
    const n = this.chunks.get(chunk) ?? 0;
    if (n === 0) this.keptBytes += chunk.byteLength;
    this.chunks.set(chunk, n + 1);
    this.keptBytes += v.starts?.byteLength ?? 0;
  }
  release(oid, v) {
    this.kept.delete(oid);
    const chunk = v.data.buffer;
    const n = this.chunks.get(chunk);
    if (n === 1) {
      this.chunks.delete(chunk);
      this.keptBytes -= chunk.byteLength;
    } else this.chunks.set(chunk, n - 1);
    this.keptBytes -= v.starts?.byteLength ?? 0;
  }
  /** Adds to `out` the Fragments of a change whose versions have all come. */
  changeFragments(c, out) {
    const kept = c.read ? void 0 : this.take(c.oid);
    const got = c.read ? c.got[0] : kept?.data ?? c.fetched;
    const data = got && this.asText(got);
    const parents = c.read ? c.got.slice(1) : c.got;
    const usable = [];
    const usableIds = [];
    for (let k = 0; k < parents.length; k++) {
      const raw = parents[k];
      const p = raw && this.asText(raw);
      if (p && this.opts.roots.has(c.from[k])) this.scanRoot(c.from[k], p, out);
      if (p && p.length <= this.opts.maxFileSize) {
        usable.push(p);
        usableIds.push(c.from[k]);
      }
    }
    if (!data || this.skipped(c.origin.path, data, atCommit(c.origin))) {
      for (let k = 0; k < usable.length; k++) this.keep(usableIds[k], { data: usable[k], starts: void 0 });
      return;
    }
    if (usable.length === 0) {
      if (data.length > 0) out.push(new BlobFragment(c.origin, data, 1, data.length));
      return;
    }
    const starts = kept?.starts ?? lineStarts(data);
    const { spans, parents: replaced } = addedLineSpans({ data, starts }, usable, this.set);
    for (let k = 0; k < replaced.length; k++) this.keep(usableIds[k], replaced[k]);
    blobFragments(c.origin, data, spans, out);
  }
};
var MAX_GAP = 200;
var UNSEEN_BYTE = "-".charCodeAt(0);
function blobFragments(origin, data, spans, out) {
  let bytes = data.length;
  for (const group of groupSpans(spans)) {
    const unseen = (k) => group[k].firstLine - group[k - 1].lastLine - 1;
    let size = 0;
    for (let k = 0; k < group.length; k++) size += (k > 0 ? 1 + 2 * unseen(k) : 0) + group[k].end - group[k].start;
    const utf8 = Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = 0; k < group.length; k++) {
      const s = group[k];
      if (k > 0) {
        utf8[at++] = 10;
        for (let l = unseen(k); l > 0; l--) {
          utf8[at++] = UNSEEN_BYTE;
          utf8[at++] = 10;
        }
      }
      at += data.copy(utf8, at, s.start, s.end);
    }
    const context = group.length === 1 ? group[0].context : group.flatMap((g, k) => {
      const padding = [];
      if (k > 0) for (let l = group[k - 1].lastLine + 1; l < g.firstLine; l++) padding.push(l);
      return [...padding, ...g.context];
    });
    out.push(new BlobFragment(origin, utf8, group[0].firstLine, bytes, context.length > 0 ? context : void 0));
    bytes = 0;
  }
}
var BlobFragment = class {
  constructor(origin, utf8, startLine, bytes, context) {
    this.origin = origin;
    this.utf8 = utf8;
    this.startLine = startLine;
    this.bytes = bytes;
    this.context = context;
    const c = origin.info;
    this.path = origin.path;
    this.commit = c.commit;
    this.author = c.author;
    this.email = c.email;
    this.date = c.date;
    this.message = c.message;
    this.time = c.time;
    this.seq = c.seq;
  }
  origin;
  utf8;
  startLine;
  bytes;
  context;
  commit;
  author;
  email;
  date;
  message;
  time;
  seq;
  path;
  get text() {
    return this.utf8.toString("utf8");
  }
};
var TipFragment = class {
  constructor(path, utf8, place = "ref") {
    this.path = path;
    this.utf8 = utf8;
    this.place = place;
    this.bytes = utf8.length;
  }
  path;
  utf8;
  place;
  commit = void 0;
  author = void 0;
  email = void 0;
  date = void 0;
  message = void 0;
  time = Number.MAX_SAFE_INTEGER;
  seq = -1;
  origin = void 0;
  startLine = 1;
  bytes;
  get text() {
    return this.utf8.toString("utf8");
  }
};
var atCommit = (o) => `, commit ${o.info.commit.slice(0, 12)}`;
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
