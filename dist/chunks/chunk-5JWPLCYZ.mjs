import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  decodeText
} from "./chunk-KYW7TU4C.mjs";
import {
  checkObjects,
  readBlobs
} from "./chunk-WJIJQGAM.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/engine/key-block.ts
var beginsBlock = (line) => {
  const t = line.trimStart();
  return t.startsWith("-----BEGIN ") || t.startsWith("PuTTY-User-Key-File-");
};
var endsBlock = (line) => {
  const t = line.trimStart();
  return t.startsWith("-----END ") || t.startsWith("Private-MAC:");
};

// src/sources/diff-parse.ts
var KEY_HEADER_REACH = 8;
function contextAbove(above) {
  for (let k = above.length - 1; k >= 0; k--) if (beginsBlock(above[k])) return above.slice(Math.max(0, k - 1));
  return above.slice(-1);
}
function withContext(startLine, lines, above, below, openAbove = blockOpen(false, above)) {
  const before = contextAbove(above);
  const context = [];
  for (let k = 0; k < before.length; k++) context.push(startLine - before.length + k);
  const all = before.length > 0 ? [...before, ...lines] : [...lines];
  let open = blockOpen(openAbove, lines);
  let take = Math.min(1, below.length);
  if (take > 0 && open) {
    const end = below.findIndex(endsBlock);
    if (end >= 0) take = end + 1;
  }
  for (let k = 0; k < take; k++) {
    context.push(startLine + lines.length + k);
    all.push(below[k]);
  }
  open = blockOpen(open, below.slice(0, take));
  return { startLine: startLine - before.length, lines: all, context, open };
}
function blockOpen(open, lines) {
  for (const line of lines) open = openAfter(open, line);
  return open;
}
var openAfter = (open, line) => endsBlock(line) ? false : beginsBlock(line) ? true : open;
function joinRuns(runs) {
  const out = [];
  let text;
  let prev;
  let next = 0;
  let open = false;
  for (const shown of runs) {
    const r = slideAboveOldKey(shown);
    const seenFrom = r.startLine - r.above.length;
    const prevEnd = prev ? prev.startLine + prev.lines.length : 0;
    const lineAt = (line) => line >= seenFrom ? r.above[line - seenFrom] : prev.below[line - prevEnd];
    const joined = text !== void 0 && prevEnd + prev.below.length >= seenFrom;
    if (text && !joined) {
      out.push(text);
      text = void 0;
    }
    let openAbove = joined ? open : false;
    for (let line = joined ? next : seenFrom; line < r.startLine; line++) openAbove = openAfter(openAbove, lineAt(line));
    const run = withContext(r.startLine, r.lines, r.above, r.below, openAbove);
    open = run.open;
    if (!text) {
      text = { startLine: run.startLine, lines: [], context: [] };
      next = run.startLine;
    }
    for (; next < run.startLine; next++) {
      text.lines.push(lineAt(next));
      text.context.push(next);
    }
    for (let k = next - run.startLine; k < run.lines.length; k++) text.lines.push(run.lines[k]);
    for (const line of run.context) if (line >= next) text.context.push(line);
    next = run.startLine + run.lines.length;
    prev = r;
  }
  if (text) out.push(text);
  return out;
}
function slideAboveOldKey(r) {
  const { lines, above } = r;
  const n = lines.length;
  const m = above.length;
  for (let k = Math.min(n - 1, m); k >= 1; k--) {
    if (lines[n - k] !== above[m - k] || !beginsBlock(lines[n - k])) continue;
    let same = true;
    for (let i = 1; i < k && same; i++) same = lines[n - k + i] === above[m - k + i] && !endsBlock(lines[n - k + i]);
    if (!same || !lines.slice(0, n - k).some(endsBlock)) continue;
    return {
      startLine: r.startLine - k,
      lines: [...above.slice(above.length - k), ...lines.slice(0, lines.length - k)],
      above: above.slice(0, above.length - k),
      below: [...lines.slice(lines.length - k), ...r.below]
    };
  }
  return r;
}
var HUNK = /^(@{2,}) ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? \1(?: |$)/;
var OLD_RANGE = /-\d+(?:,(\d+))?/g;
var BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*$/;
var DiffParser = class {
  constructor(sink, options = {}) {
    this.sink = sink;
    this.src = options.srcPrefix ?? "a/";
    this.dst = options.dstPrefix ?? "b/";
    this.maxFileBytes = options.maxFileBytes ?? Number.POSITIVE_INFINITY;
  }
  sink;
  state = 0 /* Outside */;
  file;
  /** Paths from the header lines, resolved into `file.path` when the file ends or its first hunk starts. */
  gitLinePaths;
  minusPath;
  plusPath;
  renameTo;
  renameFrom;
  resolved = false;
  /** A hunk of this file was read: from then on only hunks (and "\ No newline") belong to it. */
  sawHunk = false;
  // Hunk state.
  parents = 1;
  oldLeft = [];
  newLeft = 0;
  nextLine = 0;
  block = [];
  blockStart = 0;
  blockAbove = [];
  /** A run of added lines that ended, waiting for the context lines below it (at most KEY_HEADER_REACH). */
  pending;
  /** The last line of the hunk was an added one (for "\ No newline at end of file"). */
  lastAdded = false;
  /** The context lines seen since the hunk began or the last added line (the last KEY_HEADER_REACH). */
  context = [];
  src;
  dst;
  maxFileBytes;
  /**
   * One line of the diff, without its line terminator. Returns false when the line is not part of a
   * diff (a commit header or message in `git log -p` output, a blank separator): the caller handles it.
   */
  push(line) {
    switch (this.state) {
      case 2 /* Hunk */:
        if (this.hunkLine(line)) return true;
        this.endHunk();
        this.state = 1 /* Header */;
        return this.headerLine(line);
      case 1 /* Header */:
        return this.headerLine(line);
      case 3 /* BinaryPatch */:
        if (line === "" || BASE85_LINE.test(line) || /^(?:literal|delta) \d+$/.test(line)) return true;
        this.endFile();
        return this.outsideLine(line);
      case 0 /* Outside */:
        return this.outsideLine(line);
    }
  }
  /** The input is over: ends the last hunk and file. */
  end() {
    if (this.state === 2 /* Hunk */) this.endHunk();
    this.endFile();
  }
  outsideLine(line) {
    if (line.startsWith("diff --git ")) {
      this.startFile(false);
      this.gitLinePaths = splitGitLine(line.slice(11), this.src, this.dst);
      return true;
    }
    if (line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      this.startFile(true);
      const p = unquote(line.slice(line.indexOf(" ", 5) + 1));
      this.gitLinePaths = [p, p];
      return true;
    }
    return false;
  }
  startFile(combined) {
    this.endFile();
    this.file = { path: "", status: "modified", binary: false, addedBytes: 0, tooLarge: false, combined };
    this.gitLinePaths = void 0;
    this.minusPath = void 0;
    this.plusPath = void 0;
    this.renameTo = void 0;
    this.renameFrom = void 0;
    this.resolved = false;
    this.sawHunk = false;
    this.state = 1 /* Header */;
  }
  headerLine(line) {
    const file = this.file;
    if (line.startsWith("@@")) {
      const m = HUNK.exec(line);
      if (!m) return this.foreign(line);
      this.resolve();
      this.parents = m[1].length - 1;
      this.oldLeft = [];
      for (const r of m[2].matchAll(OLD_RANGE)) this.oldLeft.push(r[1] === void 0 ? 1 : Number(r[1]));
      if (this.oldLeft.length !== this.parents) return this.foreign(line);
      this.newLeft = m[4] === void 0 ? 1 : Number(m[4]);
      this.nextLine = Number(m[3]);
      this.handOver();
      this.block = [];
      this.context = [];
      this.sawHunk = true;
      this.lastAdded = false;
      this.state = 2 /* Hunk */;
      if (this.newLeft === 0 && this.oldLeft.every((n) => n === 0)) this.state = 1 /* Header */;
      return true;
    }
    if (line.startsWith("\\")) return this.noNewline();
    if (this.sawHunk) return this.foreign(line);
    if (line.startsWith("--- ")) {
      this.minusPath = this.headerPath(line.slice(4), this.src);
      return true;
    }
    if (line.startsWith("+++ ")) {
      this.plusPath = this.headerPath(line.slice(4), this.dst);
      return true;
    }
    if (line.startsWith("index ")) {
      const m = /^index ([0-9a-f,]+)\.\.([0-9a-f]+)(?: (\d+))?$/.exec(line);
      if (m) {
        file.oldBlob = m[1];
        file.newBlob = m[2];
        if (m[3]) file.mode ??= m[3];
      }
      return true;
    }
    if (line.startsWith("new file mode ")) {
      file.status = "added";
      file.mode = line.slice(14);
      return true;
    }
    if (line.startsWith("deleted file mode ")) {
      file.status = "deleted";
      return true;
    }
    if (line.startsWith("new mode ")) {
      file.mode = line.slice(9);
      return true;
    }
    if (line.startsWith("old mode ") || line.startsWith("mode ")) return true;
    if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
      this.renameFrom = unquote(line.slice(line.indexOf(" from ") + 6));
      return true;
    }
    if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      file.status = line.startsWith("rename") ? "renamed" : "copied";
      this.renameTo = unquote(line.slice(line.indexOf(" to ") + 4));
      return true;
    }
    if (line.startsWith("similarity index ") || line.startsWith("dissimilarity index ")) return true;
    if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      file.binary = true;
      return true;
    }
    if (line === "GIT binary patch") {
      file.binary = true;
      this.state = 3 /* BinaryPatch */;
      return true;
    }
    return this.foreign(line);
  }
  /** A line that belongs to no diff: the file is over, and the line may start the next one. */
  foreign(line) {
    this.endFile();
    return this.outsideLine(line);
  }
  /** One line inside a hunk; false when it cannot be part of it. */
  hunkLine(line) {
    const n = this.parents;
    if (line.startsWith("\\")) return this.noNewline();
    const cols = line.length >= n ? line.slice(0, n) : line === "" ? " ".repeat(n) : void 0;
    if (cols === void 0 || !/^[ +-]*$/.test(cols)) return false;
    const inNew = !cols.includes("-");
    if (inNew && this.newLeft === 0) return false;
    for (let i = 0; i < n; i++) {
      if ((inNew ? cols[i] === " " : cols[i] === "-") && this.oldLeft[i] === 0) return false;
    }
    if (inNew) this.newLeft--;
    for (let i = 0; i < n; i++) if (inNew ? cols[i] === " " : cols[i] === "-") this.oldLeft[i]--;
    const added = inNew && cols === "+".repeat(n);
    this.lastAdded = added;
    if (added) this.addLine(line.slice(n));
    else if (inNew) {
      const text = line.slice(n);
      this.flushBlock();
      if (this.pending) {
        this.pending.below.push(text);
        if (this.pending.below.length === KEY_HEADER_REACH) this.handOver();
      }
      if (this.context.length === KEY_HEADER_REACH) this.context.shift();
      this.context.push(text);
    }
    if (inNew) this.nextLine++;
    if (this.newLeft === 0 && this.oldLeft.every((x) => x === 0)) {
      this.endHunk();
      this.state = 1 /* Header */;
    }
    return true;
  }
  addLine(text) {
    const file = this.file;
    if (this.block.length === 0) {
      this.handOver();
      this.blockStart = this.nextLine;
      this.blockAbove = this.context;
      this.context = [];
    }
    file.addedBytes += Buffer.byteLength(text) + 1;
    if (file.addedBytes > this.maxFileBytes + 1) {
      file.tooLarge = true;
      this.block = [];
      return;
    }
    if (!file.tooLarge) this.block.push(text);
  }
  /** Ends the run of added lines: it waits for the lines below it (pending) before it is handed over. */
  flushBlock() {
    if (this.block.length > 0) {
      this.pending = { start: this.blockStart, lines: this.block, above: this.blockAbove, below: [] };
      this.block = [];
    }
  }
  /** Hands over the run that ended, with the lines seen below it. */
  handOver() {
    const p = this.pending;
    if (!p) return;
    this.pending = void 0;
    this.sink.added?.(this.file, p.start, p.lines, p.above, p.below);
  }
  endHunk() {
    this.flushBlock();
    this.handOver();
  }
  /** "\ No newline at end of file" after an added line: that line's newline was counted, and is not there. */
  noNewline() {
    if (this.lastAdded && this.file) this.file.addedBytes--;
    this.lastAdded = false;
    return true;
  }
  endFile() {
    if (this.state === 2 /* Hunk */) this.endHunk();
    const file = this.file;
    this.state = 0 /* Outside */;
    if (!file) return;
    if (file.addedBytes > this.maxFileBytes) file.tooLarge = true;
    this.resolve();
    this.file = void 0;
    this.sink.fileEnd?.(file);
  }
  /** Settles the file's paths from everything its header said. */
  resolve() {
    if (this.resolved || !this.file) return;
    this.resolved = true;
    const file = this.file;
    const oldPath = this.renameFrom ?? this.minusPath ?? this.gitLinePaths?.[0];
    const newPath = this.renameTo ?? this.plusPath ?? this.gitLinePaths?.[1];
    if (this.minusPath === void 0 && this.plusPath !== void 0 && file.status === "modified") file.status = "added";
    if (this.plusPath === void 0 && this.minusPath !== void 0 && file.status === "modified") file.status = "deleted";
    file.path = (file.status === "deleted" ? oldPath ?? newPath : newPath ?? oldPath) ?? "";
    if (oldPath !== void 0 && oldPath !== file.path) file.oldPath = oldPath;
  }
  /** The path of a `---`/`+++` line, without its prefix; undefined for /dev/null. */
  headerPath(raw, prefix) {
    if (raw === "/dev/null") return void 0;
    const p = raw.startsWith('"') ? unquote(raw) : raw.endsWith("	") ? raw.slice(0, -1) : raw;
    if (this.file?.combined) return stripPrefix(p, prefix) ?? stripPrefix(p, this.src) ?? p;
    return stripPrefix(p, prefix) ?? p;
  }
};
function stripPrefix(p, prefix) {
  return p.startsWith(prefix) ? p.slice(prefix.length) : void 0;
}
function splitGitLine(rest, src = "a/", dst = "b/") {
  let a;
  let b;
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest, 0);
    if (end < 0) return void 0;
    a = unquote(rest.slice(0, end + 1));
    b = rest.slice(end + 2);
    b = b.startsWith('"') ? unquote(b) : b;
  } else if (rest.endsWith('"')) {
    const i = rest.lastIndexOf(` "${dst}`);
    if (i < 0) return void 0;
    a = rest.slice(0, i);
    b = unquote(rest.slice(i + 1));
  } else {
    const half = (rest.length - 1 - src.length - dst.length) / 2;
    if (Number.isInteger(half) && half > 0) {
      const left = rest.slice(0, src.length + half);
      const right = rest.slice(src.length + half + 1);
      if (rest[src.length + half] === " " && left.startsWith(src) && right.startsWith(dst) && left.slice(src.length) === right.slice(dst.length)) {
        return [left.slice(src.length), right.slice(dst.length)];
      }
    }
    const i = rest.indexOf(` ${dst}`);
    if (i < 0) return void 0;
    a = rest.slice(0, i);
    b = rest.slice(i + 1);
  }
  return [stripPrefix(a, src) ?? a, stripPrefix(b, dst) ?? b];
}
function quotedEnd(s, start) {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote(s) {
  if (!(s.length >= 2 && s.startsWith('"') && s.endsWith('"'))) return s;
  const bytes = [];
  const body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      const code = c.charCodeAt(0);
      if (code < 128) bytes.push(code);
      else for (const byte of Buffer.from(c)) bytes.push(byte);
      continue;
    }
    const next = body[i + 1];
    if (next !== void 0 && next >= "0" && next <= "7") {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4))[0];
      bytes.push(Number.parseInt(oct, 8) & 255);
      i += oct.length;
    } else if (next !== void 0 && ESCAPES[next] !== void 0) {
      bytes.push(ESCAPES[next]);
      i++;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
var LineSplitter = class {
  rest = "";
  /** The complete lines in `chunk` (plus what was left over from before). */
  write(chunk) {
    const text = this.rest + chunk;
    const lines = text.split("\n");
    this.rest = lines.pop();
    return lines;
  }
  /** The last line, when the input did not end with a newline. */
  end() {
    const r = this.rest;
    this.rest = "";
    return r === "" ? [] : [r];
  }
};
function parseDiff(text, options = {}) {
  const files = [];
  const blocks = [];
  const other = [];
  const parser = new DiffParser(
    {
      added: (file, startLine, lines2) => blocks.push({ path: file.path, startLine, text: lines2.join("\n") }),
      fileEnd: (file) => files.push(file)
    },
    options
  );
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) if (!parser.push(line)) other.push(line);
  parser.end();
  return { files, blocks, other };
}

// src/sources/text-changes.ts
var ZERO_ID = /^0+$/;
function addedRuns(text, olds) {
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (olds.length === 0) return text === "" ? [] : [{ startLine: 1, lines, above: [], below: [] }];
  const had = /* @__PURE__ */ new Set();
  for (const old of olds) for (const line of old.split("\n")) had.add(line);
  const runs = [];
  let i = 0;
  let prevEnd = 0;
  while (i < lines.length) {
    if (had.has(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !had.has(lines[j])) j++;
    runs.push({ startLine: i + 1, lines: lines.slice(i, j), above: lines.slice(Math.max(prevEnd, i - KEY_HEADER_REACH), i), below: [] });
    prevEnd = j;
    i = j;
  }
  for (let k = 0; k < runs.length; k++) {
    const end = runs[k].startLine - 1 + runs[k].lines.length;
    const stop = k + 1 < runs.length ? runs[k + 1].startLine - 1 : lines.length;
    runs[k].below = lines.slice(end, Math.min(stop, end + KEY_HEADER_REACH));
  }
  return runs;
}
var READ_LIMIT = 64 * 1024 * 1024;
async function* textChanges(root, changes, maxFileSize, what) {
  const limit = Math.max(maxFileSize, READ_LIMIT);
  const ids = /* @__PURE__ */ new Set();
  for (const c of changes) {
    ids.add(c.newBlob);
    for (const o of c.oldBlobs) ids.add(o);
  }
  const sizes = /* @__PURE__ */ new Map();
  for await (const info of checkObjects(root, ids)) sizes.set(info.oid, info.size);
  const readable = (id) => (sizes.get(id) ?? Infinity) <= limit;
  const order = [];
  for (const c of changes) if (readable(c.newBlob)) order.push(c.newBlob, ...c.oldBlobs.filter(readable));
  const blobs = readBlobs(root, order)[Symbol.asyncIterator]();
  const next = async () => (await blobs.next()).value.data;
  try {
    for (const change of changes) {
      const size = sizes.get(change.newBlob);
      if (size === void 0) throw new LeakwardError("GIT_FAILED", `git could not read ${what} of ${change.path}`, "Run `git status` (or `git fsck`) to see what is wrong with the repository.");
      if (size > limit) {
        yield { change, skip: "too-large", detail: `${size} bytes` };
        continue;
      }
      const text = decodeText(await next());
      const olds = [];
      for (const o of change.oldBlobs.filter(readable)) {
        const old = decodeText(await next());
        if (old !== void 0) olds.push(old);
      }
      if (text === void 0) {
        yield { change, skip: "binary" };
        continue;
      }
      const runs = addedRuns(text, olds);
      let added = 0;
      for (const r of runs) for (const line of r.lines) added += Buffer.byteLength(line) + 1;
      if (added > maxFileSize) yield { change, skip: "too-large", detail: `${added} bytes added` };
      else yield { change, runs, bytes: size };
    }
  } finally {
    await blobs.return?.(void 0);
  }
}

export {
  beginsBlock,
  endsBlock,
  KEY_HEADER_REACH,
  joinRuns,
  DiffParser,
  LineSplitter,
  parseDiff,
  ZERO_ID,
  textChanges
};
