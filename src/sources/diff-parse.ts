/**
 * Unified diffs → the lines they add. Pure: text in, callbacks out, no I/O.
 *
 * Reads what `git diff --cached` and `git log -p` print (with or without context lines, and git's
 * combined `diff --cc` format for merges), one line at a time, so a source can stream git's output
 * through it without holding it. Only added lines matter to a secret scanner: a deleted secret is not
 * being committed, and a secret that merely stays is reported where it was added.
 *
 *   const parser = new DiffParser({ added: (file, startLine, lines, above, below) => …, fileEnd: (file) => … });
 *   for (const line of lines) if (!parser.push(line)) handleOtherLine(line); // e.g. a commit header
 *   parser.end();
 *
 * Paths come from the `+++`/`---` lines, `rename to`/`copy to`, or the `diff --git` line, in that order
 * of preference; names git quotes as C strings ("b/\303\274 \"x\".txt") are decoded.
 */
import { beginsBlock, endsBlock } from '../engine/key-block.js';

export interface DiffFile {
  /** The path after the change, relative to the repository root, forward slashes; for a deletion, the old path. */
  path: string;
  /** The path before the change, when it differs (renames, copies). */
  oldPath?: string;
  status: 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';
  /** Git printed "Binary files … differ" (or a binary patch): no lines to read. */
  binary: boolean;
  /** The new mode, e.g. `100644`, `100755`, `120000` (symlink), `160000` (submodule), when git said it. */
  mode?: string;
  /** Blob ids from the `index` line (abbreviated unless git ran with --full-index). */
  oldBlob?: string;
  newBlob?: string;
  /** Bytes (UTF-8, one newline per line) of the added lines. */
  addedBytes: number;
  /** Added lines were dropped after `addedBytes` passed `maxFileBytes`: the file's blocks are incomplete. */
  tooLarge: boolean;
  /** A combined (merge) diff: only lines that are new against every parent count as added. */
  combined: boolean;
}

/**
 * How far above a change a key block's first line is still looked for, and taken in as context with
 * the lines between — and how far below, its last: a rotated key's new body can start lines below
 * its BEGIN line (every unencrypted OpenSSH key's first body line is the same, PGP and encrypted PEM
 * keys have header lines, a PuTTY key keeps its header), and a key edited in part ends lines below
 * the change. (The diff sources ask git for this much context.)
 */
export const KEY_HEADER_REACH = 8;

/**
 * Of the unchanged lines above a change (nearest last), those scanned with it: from the line above a
 * block's first line if one is there (a `leakward:allow-next-line` comment over the key), else the nearest.
 */
export function contextAbove(above: string[]): string[] {
  for (let k = above.length - 1; k >= 0; k--) if (beginsBlock(above[k]!)) return above.slice(Math.max(0, k - 1));
  return above.slice(-1);
}

/**
 * A run of added lines with the lines scanned around it, and which of them are context: above,
 * contextAbove; below, the nearest line — or, when a key block is open at the run's end, the lines
 * down to its last (so the key is matched whole, as a tree scan sees it, not cut where the change
 * ends). `openAbove`: a key block is open just above the run (its first line may be further up than
 * `above` reaches). `open` in the result: one is open after its last line.
 */
export function withContext(
  startLine: number, lines: string[], above: string[], below: string[], openAbove = blockOpen(false, above),
): { startLine: number; lines: string[]; context: number[]; open: boolean } {
  const before = contextAbove(above);
  const context: number[] = [];
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
    all.push(below[k]!);
  }
  open = blockOpen(open, below.slice(0, take));
  return { startLine: startLine - before.length, lines: all, context, open };
}

/** Whether a key block is open after `lines`, given whether one was before them. */
function blockOpen(open: boolean, lines: string[]): boolean {
  for (const line of lines) open = openAfter(open, line);
  return open;
}

/** Whether a key block is open after `line`, given whether one was before it. */
const openAfter = (open: boolean, line: string): boolean => (endsBlock(line) ? false : beginsBlock(line) ? true : open);

/** A run of added lines with the unchanged lines seen above it (nearest last) and below it (nearest first): a diff shows KEY_HEADER_REACH. */
export interface AddedRun {
  startLine: number;
  lines: string[];
  above: string[];
  below: string[];
}

/**
 * A file's runs of added lines (in file order) as texts to scan, each run with its context
 * (withContext). Runs share a text when every line between them was seen (below the one, above the
 * other: within one hunk of the diff), filled in with those lines as context — so a key block two
 * runs share is matched as the file has it. Runs further apart are scanned apart: a match across
 * lines nobody read would be a secret no version of the file holds (the PuTTY rule spans up to 1,000
 * characters of anything; the private-key rule ran through blank padding into the next change).
 * Each run is first read as the edit that leaves an old key below it unchanged (slideAboveOldKey).
 */
export function joinRuns(runs: AddedRun[]): Array<{ startLine: number; lines: string[]; context: number[] }> {
  const out: Array<{ startLine: number; lines: string[]; context: number[] }> = [];
  let text: (typeof out)[number] | undefined;
  let prev: AddedRun | undefined;
  /** The line after the text's last. */
  let next = 0;
  /** A key block is open at the text's end. */
  let open = false;
  for (const shown of runs) {
    const r = slideAboveOldKey(shown);
    const seenFrom = r.startLine - r.above.length;
    const prevEnd = prev ? prev.startLine + prev.lines.length : 0;
    const lineAt = (line: number): string => (line >= seenFrom ? r.above[line - seenFrom]! : prev!.below[line - prevEnd]!);
    const joined = text !== undefined && prevEnd + prev!.below.length >= seenFrom;
    if (text && !joined) {
      out.push(text);
      text = undefined;
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
    // Lines the text already has (context of the run before: the lines between two runs near each
    // other, or a key block's lines down to its end) are left out; they are context in both.
    for (let k = next - run.startLine; k < run.lines.length; k++) text.lines.push(run.lines[k]!);
    for (const line of run.context) if (line >= next) text.context.push(line);
    next = run.startLine + run.lines.length;
    prev = r;
  }
  if (text) out.push(text);
  return out;
}

/**
 * The same edit as `r`, shown so that the first lines of an old key below it stay unchanged. Put a
 * key above an old one of the same kind, and git's diff lines the new key's first lines up with the
 * old key's identical ones (BEGIN, an OpenSSH key's first body line, PGP or PuTTY headers): it shows
 * those as unchanged above the run, and the old key's as added at the run's end, after the new key's
 * END line (and any line put between the two) — which reported the old, untouched key as new. Slid
 * up by those lines, the run holds the new key whole and the old key's lines are below it,
 * unchanged. Only the first lines of a block, never a whole one: a copy of a key (or of any line)
 * the run adds is new where it is added. (History compares with the replaced version's lines, and
 * never sees this.)
 */
function slideAboveOldKey(r: AddedRun): AddedRun {
  const { lines, above } = r;
  const n = lines.length;
  const m = above.length;
  for (let k = Math.min(n - 1, m); k >= 1; k--) {
    // Cheapest test first: nearly every run fails here, and a run can be a whole new file.
    if (lines[n - k] !== above[m - k] || !beginsBlock(lines[n - k]!)) continue;
    let same = true;
    for (let i = 1; i < k && same; i++) same = lines[n - k + i] === above[m - k + i] && !endsBlock(lines[n - k + i]!);
    if (!same || !lines.slice(0, n - k).some(endsBlock)) continue;
    return {
      startLine: r.startLine - k,
      lines: [...above.slice(above.length - k), ...lines.slice(0, lines.length - k)],
      above: above.slice(0, above.length - k),
      below: [...lines.slice(lines.length - k), ...r.below],
    };
  }
  return r;
}

export interface DiffSink {
  /**
   * A run of consecutive added lines of `file`, the first at line `startLine` (1-based) of the new file.
   * `above` holds the unchanged lines just above the run that the diff shows as context (nearest last,
   * at most KEY_HEADER_REACH), `below` those just below it (nearest first, as many): a
   * `leakward:allow-next-line` comment on an unchanged line, the unchanged BEGIN and END lines around
   * a private key's new body (see withContext).
   */
  added?(file: DiffFile, startLine: number, lines: string[], above: string[], below: string[]): void;
  /** A file's diff is over: status, paths, `binary` and `tooLarge` are final. Called for every file, with or without added lines. */
  fileEnd?(file: DiffFile): void;
}

export interface DiffParserOptions {
  /** Prefixes of the old and new paths (git's defaults, forced by `--src-prefix=a/ --dst-prefix=b/`). */
  srcPrefix?: string;
  dstPrefix?: string;
  /** Stop keeping a file's added lines once they pass this many bytes; the file is then marked `tooLarge`. */
  maxFileBytes?: number;
}

const enum State {
  /** Between files: only a `diff --git` / `diff --cc` line means anything. */
  Outside,
  /** In a file's extended header, before or between hunks. */
  Header,
  /** Inside a hunk, with lines still to come per the `@@` counts. */
  Hunk,
  /** Inside a `GIT binary patch` (only with --binary): base85 lines until the next file. */
  BinaryPatch,
}

const HUNK = /^(@{2,}) ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? \1(?: |$)/;
const OLD_RANGE = /-\d+(?:,(\d+))?/g;
const BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*$/;

export class DiffParser {
  private state = State.Outside;
  private file: DiffFile | undefined;
  /** Paths from the header lines, resolved into `file.path` when the file ends or its first hunk starts. */
  private gitLinePaths: [string, string] | undefined;
  private minusPath: string | undefined;
  private plusPath: string | undefined;
  private renameTo: string | undefined;
  private renameFrom: string | undefined;
  private resolved = false;
  /** A hunk of this file was read: from then on only hunks (and "\ No newline") belong to it. */
  private sawHunk = false;
  // Hunk state.
  private parents = 1;
  private oldLeft: number[] = [];
  private newLeft = 0;
  private nextLine = 0;
  private block: string[] = [];
  private blockStart = 0;
  private blockAbove: string[] = [];
  /** A run of added lines that ended, waiting for the context lines below it (at most KEY_HEADER_REACH). */
  private pending: { start: number; lines: string[]; above: string[]; below: string[] } | undefined;
  /** The last line of the hunk was an added one (for "\ No newline at end of file"). */
  private lastAdded = false;
  /** The context lines seen since the hunk began or the last added line (the last KEY_HEADER_REACH). */
  private context: string[] = [];
  private readonly src: string;
  private readonly dst: string;
  private readonly maxFileBytes: number;

  constructor(
    private readonly sink: DiffSink,
    options: DiffParserOptions = {},
  ) {
    this.src = options.srcPrefix ?? 'a/';
    this.dst = options.dstPrefix ?? 'b/';
    this.maxFileBytes = options.maxFileBytes ?? Number.POSITIVE_INFINITY;
  }

  /**
   * One line of the diff, without its line terminator. Returns false when the line is not part of a
   * diff (a commit header or message in `git log -p` output, a blank separator): the caller handles it.
   */
  push(line: string): boolean {
    switch (this.state) {
      case State.Hunk:
        if (this.hunkLine(line)) return true;
        // Fewer lines than the header promised: the hunk is cut short; read the line afresh.
        this.endHunk();
        this.state = State.Header;
        return this.headerLine(line);
      case State.Header:
        return this.headerLine(line);
      case State.BinaryPatch:
        if (line === '' || BASE85_LINE.test(line) || /^(?:literal|delta) \d+$/.test(line)) return true;
        this.endFile();
        return this.outsideLine(line);
      case State.Outside:
        return this.outsideLine(line);
    }
  }

  /** The input is over: ends the last hunk and file. */
  end(): void {
    if (this.state === State.Hunk) this.endHunk();
    this.endFile();
  }

  private outsideLine(line: string): boolean {
    if (line.startsWith('diff --git ')) {
      this.startFile(false);
      this.gitLinePaths = splitGitLine(line.slice(11), this.src, this.dst);
      return true;
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.startFile(true);
      const p = unquote(line.slice(line.indexOf(' ', 5) + 1));
      this.gitLinePaths = [p, p];
      return true;
    }
    return false;
  }

  private startFile(combined: boolean): void {
    this.endFile();
    this.file = { path: '', status: 'modified', binary: false, addedBytes: 0, tooLarge: false, combined };
    this.gitLinePaths = undefined;
    this.minusPath = undefined;
    this.plusPath = undefined;
    this.renameTo = undefined;
    this.renameFrom = undefined;
    this.resolved = false;
    this.sawHunk = false;
    this.state = State.Header;
  }

  private headerLine(line: string): boolean {
    const file = this.file!;
    if (line.startsWith('@@')) {
      const m = HUNK.exec(line);
      if (!m) return this.foreign(line);
      this.resolve();
      this.parents = m[1]!.length - 1;
      this.oldLeft = [];
      for (const r of m[2]!.matchAll(OLD_RANGE)) this.oldLeft.push(r[1] === undefined ? 1 : Number(r[1]));
      if (this.oldLeft.length !== this.parents) return this.foreign(line);
      this.newLeft = m[4] === undefined ? 1 : Number(m[4]);
      // With a count of 0 the start is the line before the (empty) range; otherwise the first line.
      this.nextLine = Number(m[3]);
      this.handOver();
      this.block = [];
      this.context = [];
      this.sawHunk = true;
      this.lastAdded = false;
      this.state = State.Hunk;
      if (this.newLeft === 0 && this.oldLeft.every((n) => n === 0)) this.state = State.Header;
      return true;
    }
    if (line.startsWith('\\')) return this.noNewline(); // "\ No newline at end of file"
    if (this.sawHunk) return this.foreign(line);
    if (line.startsWith('--- ')) {
      this.minusPath = this.headerPath(line.slice(4), this.src);
      return true;
    }
    if (line.startsWith('+++ ')) {
      this.plusPath = this.headerPath(line.slice(4), this.dst);
      return true;
    }
    if (line.startsWith('index ')) {
      const m = /^index ([0-9a-f,]+)\.\.([0-9a-f]+)(?: (\d+))?$/.exec(line);
      if (m) {
        file.oldBlob = m[1];
        file.newBlob = m[2];
        if (m[3]) file.mode ??= m[3];
      }
      return true;
    }
    if (line.startsWith('new file mode ')) {
      file.status = 'added';
      file.mode = line.slice(14);
      return true;
    }
    if (line.startsWith('deleted file mode ')) {
      file.status = 'deleted';
      return true;
    }
    if (line.startsWith('new mode ')) {
      file.mode = line.slice(9);
      return true;
    }
    if (line.startsWith('old mode ') || line.startsWith('mode ')) return true;
    if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
      this.renameFrom = unquote(line.slice(line.indexOf(' from ') + 6));
      return true;
    }
    if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      file.status = line.startsWith('rename') ? 'renamed' : 'copied';
      this.renameTo = unquote(line.slice(line.indexOf(' to ') + 4));
      return true;
    }
    if (line.startsWith('similarity index ') || line.startsWith('dissimilarity index ')) return true;
    if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      file.binary = true;
      return true;
    }
    if (line === 'GIT binary patch') {
      file.binary = true;
      this.state = State.BinaryPatch;
      return true;
    }
    return this.foreign(line);
  }

  /** A line that belongs to no diff: the file is over, and the line may start the next one. */
  private foreign(line: string): boolean {
    this.endFile();
    return this.outsideLine(line);
  }

  /** One line inside a hunk; false when it cannot be part of it. */
  private hunkLine(line: string): boolean {
    const n = this.parents;
    if (line.startsWith('\\')) return this.noNewline();
    // A blank line is an empty context line whose leading space a tool stripped (diff.suppressBlankEmpty).
    const cols = line.length >= n ? line.slice(0, n) : line === '' ? ' '.repeat(n) : undefined;
    if (cols === undefined || !/^[ +-]*$/.test(cols)) return false;
    // Combined diffs have a column per parent: a kept line exists in parent i unless column i adds it
    // ('+'); a removed line exists only in the parents whose column removes it ('-').
    const inNew = !cols.includes('-');
    if (inNew && this.newLeft === 0) return false;
    for (let i = 0; i < n; i++) {
      if ((inNew ? cols[i] === ' ' : cols[i] === '-') && this.oldLeft[i] === 0) return false;
    }
    if (inNew) this.newLeft--;
    for (let i = 0; i < n; i++) if (inNew ? cols[i] === ' ' : cols[i] === '-') this.oldLeft[i]!--;
    const added = inNew && cols === '+'.repeat(n);
    this.lastAdded = added;
    if (added) this.addLine(line.slice(n));
    else if (inNew) {
      const text = line.slice(n);
      this.flushBlock();
      // Consecutive in the new file: removed lines in between are not in it.
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
      this.state = State.Header;
    }
    return true;
  }

  private addLine(text: string): void {
    const file = this.file!;
    if (this.block.length === 0) {
      this.handOver();
      this.blockStart = this.nextLine;
      this.blockAbove = this.context;
      this.context = [];
    }
    file.addedBytes += Buffer.byteLength(text) + 1;
    // One byte of slack: the file's last line may have no newline (noNewline takes it back; endFile decides).
    if (file.addedBytes > this.maxFileBytes + 1) {
      file.tooLarge = true;
      this.block = [];
      return;
    }
    if (!file.tooLarge) this.block.push(text);
  }

  /** Ends the run of added lines: it waits for the lines below it (pending) before it is handed over. */
  private flushBlock(): void {
    if (this.block.length > 0) {
      this.pending = { start: this.blockStart, lines: this.block, above: this.blockAbove, below: [] };
      this.block = [];
    }
  }

  /** Hands over the run that ended, with the lines seen below it. */
  private handOver(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.sink.added?.(this.file!, p.start, p.lines, p.above, p.below);
  }

  private endHunk(): void {
    this.flushBlock();
    this.handOver();
  }

  /** "\ No newline at end of file" after an added line: that line's newline was counted, and is not there. */
  private noNewline(): boolean {
    if (this.lastAdded && this.file) this.file.addedBytes--;
    this.lastAdded = false;
    return true;
  }

  private endFile(): void {
    if (this.state === State.Hunk) this.endHunk();
    const file = this.file;
    this.state = State.Outside;
    if (!file) return;
    if (file.addedBytes > this.maxFileBytes) file.tooLarge = true;
    this.resolve();
    this.file = undefined;
    this.sink.fileEnd?.(file);
  }

  /** Settles the file's paths from everything its header said. */
  private resolve(): void {
    if (this.resolved || !this.file) return;
    this.resolved = true;
    const file = this.file;
    const oldPath = this.renameFrom ?? this.minusPath ?? this.gitLinePaths?.[0];
    const newPath = this.renameTo ?? this.plusPath ?? this.gitLinePaths?.[1];
    if (this.minusPath === undefined && this.plusPath !== undefined && file.status === 'modified') file.status = 'added';
    if (this.plusPath === undefined && this.minusPath !== undefined && file.status === 'modified') file.status = 'deleted';
    file.path = (file.status === 'deleted' ? oldPath ?? newPath : newPath ?? oldPath) ?? '';
    if (oldPath !== undefined && oldPath !== file.path) file.oldPath = oldPath;
  }

  /** The path of a `---`/`+++` line, without its prefix; undefined for /dev/null. */
  private headerPath(raw: string, prefix: string): string | undefined {
    if (raw === '/dev/null') return undefined;
    // git appends a tab to an unquoted name that contains a space; a name ending in a tab is quoted.
    const p = raw.startsWith('"') ? unquote(raw) : raw.endsWith('\t') ? raw.slice(0, -1) : raw;
    if (this.file?.combined) return stripPrefix(p, prefix) ?? stripPrefix(p, this.src) ?? p;
    return stripPrefix(p, prefix) ?? p;
  }
}

function stripPrefix(p: string, prefix: string): string | undefined {
  return p.startsWith(prefix) ? p.slice(prefix.length) : undefined;
}

/**
 * The two paths of a `diff --git A B` line. Unquoted names may contain spaces, so `a/x y b/x y` is
 * split where both halves name the same file; a rename's names come from `rename to` instead.
 */
export function splitGitLine(rest: string, src = 'a/', dst = 'b/'): [string, string] | undefined {
  let a: string | undefined;
  let b: string | undefined;
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest, 0);
    if (end < 0) return undefined;
    a = unquote(rest.slice(0, end + 1));
    b = rest.slice(end + 2);
    b = b.startsWith('"') ? unquote(b) : b;
  } else if (rest.endsWith('"')) {
    const i = rest.lastIndexOf(` "${dst}`);
    if (i < 0) return undefined;
    a = rest.slice(0, i);
    b = unquote(rest.slice(i + 1));
  } else {
    const half = (rest.length - 1 - src.length - dst.length) / 2;
    if (Number.isInteger(half) && half > 0) {
      const left = rest.slice(0, src.length + half);
      const right = rest.slice(src.length + half + 1);
      if (rest[src.length + half] === ' ' && left.startsWith(src) && right.startsWith(dst) && left.slice(src.length) === right.slice(dst.length)) {
        return [left.slice(src.length), right.slice(dst.length)];
      }
    }
    const i = rest.indexOf(` ${dst}`);
    if (i < 0) return undefined;
    a = rest.slice(0, i);
    b = rest.slice(i + 1);
  }
  return [stripPrefix(a, src) ?? a, stripPrefix(b, dst) ?? b];
}

/** Index of the closing quote of the C string starting at `start`, or -1. */
function quotedEnd(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Decodes a name git quoted as a C string (`"a/\303\274 \"x\".txt"` → `a/ü "x".txt`): octal escapes are
 * bytes of UTF-8. A name that is not quoted is returned as it is.
 */
export function unquote(s: string): string {
  if (!(s.length >= 2 && s.startsWith('"') && s.endsWith('"'))) return s;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      const code = c.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else for (const byte of Buffer.from(c)) bytes.push(byte);
      continue;
    }
    const next = body[i + 1];
    if (next !== undefined && next >= '0' && next <= '7') {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4))![0];
      bytes.push(Number.parseInt(oct, 8) & 0xff);
      i += oct.length;
    } else if (next !== undefined && ESCAPES[next] !== undefined) {
      bytes.push(ESCAPES[next]);
      i++;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Splits streamed text into lines (on `\n`; a `\r` before it is kept, as git keeps it in the line).
 * Feed it decoded chunks — a StringDecoder keeps multi-byte characters whole — and take the lines.
 */
export class LineSplitter {
  private rest = '';

  /** The complete lines in `chunk` (plus what was left over from before). */
  write(chunk: string): string[] {
    const text = this.rest + chunk;
    const lines = text.split('\n');
    this.rest = lines.pop()!;
    return lines;
  }

  /** The last line, when the input did not end with a newline. */
  end(): string[] {
    const r = this.rest;
    this.rest = '';
    return r === '' ? [] : [r];
  }
}

export interface AddedBlock {
  path: string;
  startLine: number;
  text: string;
}

/** The whole of a diff at once (tests, small inputs): every file, and every block of added lines. */
export function parseDiff(text: string, options: DiffParserOptions = {}): { files: DiffFile[]; blocks: AddedBlock[]; other: string[] } {
  const files: DiffFile[] = [];
  const blocks: AddedBlock[] = [];
  const other: string[] = [];
  const parser = new DiffParser(
    {
      added: (file, startLine, lines) => blocks.push({ path: file.path, startLine, text: lines.join('\n') }),
      fileEnd: (file) => files.push(file),
    },
    options,
  );
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) if (!parser.push(line)) other.push(line);
  parser.end();
  return { files, blocks, other };
}
