/**
 * Changes to files git's diff calls binary that are text after all: UTF-16 with a byte-order mark
 * (Windows tools write it; git sees NULs), or text marked `-diff` / `binary` in .gitattributes (which
 * a pull request can add to hide a file from any patch-based scan). git prints "Binary files differ"
 * for them, so the staged and range sources read both versions themselves, decode them (decodeText),
 * and compare them line by line: the runs of lines no old version has come out like DiffParser's.
 */
import { LeakwardError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { KEY_HEADER_REACH, type AddedRun } from './diff-parse.js';
import { checkObjects, readBlobs } from './git-stream.js';

/** An all-zero blob id in a diff's index line: no version (the old side of an added file). */
export const ZERO_ID = /^0+$/;

/** A file whose change git showed as binary: its new version and the versions it replaced (none when added). */
export interface BinaryLookingChange {
  path: string;
  newBlob: string;
  oldBlobs: string[];
}

/** What a binary-looking change holds: its added runs (all of it when nothing it replaced could be compared), or why it is skipped. */
export type TextChange<C> =
  | { change: C; runs: AddedRun[]; bytes: number }
  | { change: C; skip: 'binary' | 'too-large'; detail?: string };

/** The lines of `text` that none of `olds` has, as runs in file order (all of it, one run, without olds). */
export function addedRuns(text: string, olds: string[]): AddedRun[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (olds.length === 0) return text === '' ? [] : [{ startLine: 1, lines, above: [], below: [] }];
  const had = new Set<string>();
  for (const old of olds) for (const line of old.split('\n')) had.add(line);
  const runs: AddedRun[] = [];
  let i = 0;
  let prevEnd = 0;
  while (i < lines.length) {
    if (had.has(lines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !had.has(lines[j]!)) j++;
    runs.push({ startLine: i + 1, lines: lines.slice(i, j), above: lines.slice(Math.max(prevEnd, i - KEY_HEADER_REACH), i), below: [] });
    prevEnd = j;
    i = j;
  }
  // Below each run, the unchanged lines up to the next run, KEY_HEADER_REACH at most (as a diff shows them).
  for (let k = 0; k < runs.length; k++) {
    const end = runs[k]!.startLine - 1 + runs[k]!.lines.length;
    const stop = k + 1 < runs.length ? runs[k + 1]!.startLine - 1 : lines.length;
    runs[k]!.below = lines.slice(end, Math.min(stop, end + KEY_HEADER_REACH));
  }
  return runs;
}

/**
 * The largest version read to be compared (bytes; more when --max-file-size is larger): the limit on
 * what a change adds applies to the added text, as for any diff — a `-diff` line must not turn a big
 * text file's new line into a skipped file.
 */
const READ_LIMIT = 64 * 1024 * 1024;

/**
 * Reads each change's versions from the repository and compares them (addedRuns), one change at a
 * time (a pull request may add hundreds of images: only one change's versions are held). A change
 * that adds more than `maxFileSize` bytes, or a version past READ_LIMIT, is skipped as too large; one
 * that does not decode as text as binary; an old version that is binary, too large or missing is
 * left out of the comparison. `what` names the versions in the error when git cannot read a new one.
 */
export async function* textChanges<C extends BinaryLookingChange>(root: string, changes: C[], maxFileSize: number, what: string): AsyncGenerator<TextChange<C>> {
  const limit = Math.max(maxFileSize, READ_LIMIT);
  const ids = new Set<string>();
  for (const c of changes) {
    ids.add(c.newBlob);
    for (const o of c.oldBlobs) ids.add(o);
  }
  const sizes = new Map<string, number>();
  for await (const info of checkObjects(root, ids)) sizes.set(info.oid, info.size);
  const readable = (id: string) => (sizes.get(id) ?? Infinity) <= limit;
  // In change order, each change's new version then its old ones: git answers in the order asked.
  const order: string[] = [];
  for (const c of changes) if (readable(c.newBlob)) order.push(c.newBlob, ...c.oldBlobs.filter(readable));
  const blobs = readBlobs(root, order)[Symbol.asyncIterator]();
  const next = async (): Promise<Buffer> => (await blobs.next()).value!.data;
  try {
    for (const change of changes) {
      const size = sizes.get(change.newBlob);
      if (size === undefined) throw new LeakwardError('GIT_FAILED', `git could not read ${what} of ${change.path}`, 'Run `git status` (or `git fsck`) to see what is wrong with the repository.');
      if (size > limit) {
        yield { change, skip: 'too-large', detail: `${size} bytes` };
        continue;
      }
      const text = decodeText(await next());
      const olds: string[] = [];
      for (const o of change.oldBlobs.filter(readable)) {
        const old = decodeText(await next());
        if (old !== undefined) olds.push(old);
      }
      if (text === undefined) {
        yield { change, skip: 'binary' };
        continue;
      }
      const runs = addedRuns(text, olds);
      let added = 0;
      for (const r of runs) for (const line of r.lines) added += Buffer.byteLength(line) + 1;
      if (added > maxFileSize) yield { change, skip: 'too-large', detail: `${added} bytes added` };
      else yield { change, runs, bytes: size };
    }
  } finally {
    await blobs.return?.(undefined);
  }
}
