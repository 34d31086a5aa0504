/**
 * Git as a stream: spawn git, read its output incrementally, never hold all of it. Shared by the git
 * sources (staged, history, range) and `leakward init`.
 *
 *   gitRun          one short command, whole output (rev-parse, for-each-ref)
 *   spawnGit        a long-running command whose stdout is read as it comes
 *   readAhead       a command's output read ahead into a bounded queue, so git and the engine overlap
 *   checkObjects    object ids → type and size (`cat-file --batch-check`)
 *   readBlobs       blob ids → contents (`cat-file --batch`), parsed as they stream
 *   streamBlobs     the same output, pushed to a reader a chunk's blobs at a time, with backpressure
 *   BlobFetcher     one blob at a time, on demand (`cat-file --batch`, started at the first request)
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { LeakwardError } from '../errors.js';
import { gitEnv } from './git-env.js';

/**
 * Settings that change what `git log` prints, pinned so a user's config cannot break the parsers:
 * root commits show their files, output is UTF-8, no colour, no pager.
 */
const PINNED_CONFIG = [
  '-c', 'log.showRoot=true', '-c', 'i18n.logOutputEncoding=UTF-8', '-c', 'color.ui=never', '-c', 'core.quotePath=off',
  // GIT_GRAFT_FILE (git-env.ts) names a file that exists, so git would print its grafts deprecation hint
  // on every command, first on stderr, where gitReason looks for the error.
  '-c', 'advice.graftFileDeprecated=false',
];

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** What git said went wrong: the first line of its stderr, without `fatal: `; undefined when it said nothing. */
export function gitReason(stderr: string): string | undefined {
  // Advice (`hint: …`) is not the error.
  return stderr.split('\n').find((l) => l.trim() && !l.startsWith('hint:'))?.replace(/^fatal: /, '').trim();
}

/** Runs a short git command and returns everything it printed (never throws for a non-zero exit). */
export async function gitRun(cwd: string, args: string[], input?: string): Promise<GitResult> {
  const child = spawn('git', [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd) });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {});
  child.stdin.end(input ?? '');
  const [code] = await exited(child);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/**
 * gitRun, synchronously: for a command that answers at once (rev-parse) where the caller needs the
 * answer before going on. Spawning synchronously costs the main thread less than a child's streams.
 */
export function gitRunSync(cwd: string, args: string[]): GitResult {
  const r = spawnSync('git', [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd), stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw cannotRunGit(r.error as NodeJS.ErrnoException);
  return { code: r.status ?? (r.signal ? 128 : 1), stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** Resolves with the exit code (spawn errors, e.g. no git on PATH, become GIT_FAILED). */
async function exited(child: ChildProcessWithoutNullStreams): Promise<[number]> {
  return new Promise((resolveExit, reject) => {
    child.once('error', (e: NodeJS.ErrnoException) => reject(cannotRunGit(e)));
    child.once('close', (code, signal) => resolveExit([code ?? (signal ? 128 : 1)]));
  });
}

function cannotRunGit(e: NodeJS.ErrnoException): LeakwardError {
  return new LeakwardError('GIT_FAILED', `cannot run git: ${e.code ?? e.message}`, 'Install git and make sure it is on PATH.');
}

/** A running git command: read `stdout`, then `await finish()` (throws GIT_FAILED on a non-zero exit). */
export interface GitProcess {
  child: ChildProcessWithoutNullStreams;
  /** Waits for the exit; throws when git failed, naming the command and quoting its first error line. */
  finish(): Promise<void>;
  /** Stops it (when the reader gives up early). */
  kill(): void;
}

export function spawnGit(cwd: string, args: string[], what: string): GitProcess {
  return watchGit(spawn('git', [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd) }), what);
}

/** A started git (or a shell that ends by running git, see spawnGitAfterTopLevel) as a GitProcess. */
function watchGit(child: ChildProcessWithoutNullStreams, what: string): GitProcess {
  const err: Buffer[] = [];
  let errBytes = 0;
  child.stderr.on('data', (b: Buffer) => {
    // Keep the start of stderr only: a failing git can print a lot.
    if (errBytes < 16384) err.push(b);
    errBytes += b.length;
  });
  child.stdin.on('error', () => {});
  // Node drains (drops) the output of a child that exits before anyone reads it, unless the stream is
  // listened to: a quick git would otherwise lose its output while the caller was still loading rules.
  // A `readable` listener keeps it buffered, in paused mode, with backpressure.
  child.stdout.on('readable', () => {});
  let killed = false;
  const done = exited(child);
  // A rejection nobody awaited yet (the reader is still busy) must not crash the process.
  done.catch(() => {});
  return {
    child,
    async finish() {
      const [code] = await done;
      // A reader that stopped early closed the pipe: git dies of SIGPIPE, which is not a failure.
      if (code !== 0 && !killed) {
        const first = gitReason(Buffer.concat(err).toString('utf8')) ?? `exit code ${code}`;
        throw new LeakwardError('GIT_FAILED', `git could not ${what}: ${first}`,
          'Run the same git command in the repository to see what is wrong (a corrupt or partial clone?).');
      }
    },
    kill() {
      killed = true;
      // Only a child that started: one that failed to (no git on PATH) has no pid yet, and Node would
      // send the signal to pid 0 — this whole process group, leakward included.
      if (child.pid !== undefined) child.kill();
    },
  };
}

/**
 * `git rev-parse --show-toplevel`, then `git ARGS`, in one child process: a POSIX shell runs the two.
 * For the pre-commit hook, whose start-up is mostly spawning: one spawn instead of two costs its main
 * thread ≈ 4 ms less. The shell prints a NUL byte after the top level, so `topLevel` is what stdout
 * holds before it (as gitRun would return it), and `proc` reads the rest: ARGS' output, exit code and
 * errors. `topLevel` resolves undefined where this cannot work — no `sh` (Windows), or no git for the
 * shell to run (exit 127) — and the caller runs the two commands itself.
 */
export function spawnGitAfterTopLevel(cwd: string, args: string[], what: string): { proc: GitProcess; topLevel: Promise<GitResult | undefined> } | undefined {
  if (process.platform === 'win32') return undefined;
  // Every argument is leakward's own constant; quoted all the same.
  const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;
  const git = ['git', ...[...PINNED_CONFIG].map(quote)].join(' ');
  const script = `${git} rev-parse --show-toplevel && printf '\\000' && exec ${git} ${args.map(quote).join(' ')}`;
  const child = spawn('sh', ['-c', script], { cwd, env: gitEnv(cwd) });
  child.stdin.end();
  const proc = watchGit(child, what);
  const stderr: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const topLevel = new Promise<GitResult | undefined>((resolveTop) => {
    const head: Buffer[] = [];
    const readHead = () => {
      for (let chunk: Buffer | null; (chunk = child.stdout.read() as Buffer | null) !== null;) {
        const nul = chunk.indexOf(0);
        if (nul === -1) {
          head.push(chunk);
          continue;
        }
        head.push(chunk.subarray(0, nul));
        child.stdout.off('readable', readHead);
        // The rest is the command's output: back to the stream, for the caller to read.
        if (nul + 1 < chunk.length) child.stdout.unshift(chunk.subarray(nul + 1));
        resolveTop({ code: 0, stdout: Buffer.concat(head).toString('utf8'), stderr: '' });
        return;
      }
    };
    child.stdout.on('readable', readHead);
    child.once('error', () => resolveTop(undefined));
    // No NUL: rev-parse failed (its code and message), or the shell found no git.
    child.once('close', (code: number | null) => {
      if (code === 127) resolveTop(undefined);
      else resolveTop({ code: code ?? 128, stdout: Buffer.concat(head).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
  return { proc, topLevel };
}

/**
 * A child's output as chunks, read ahead into a queue of up to `maxBuffered` bytes, with a turn of the
 * event loop after each chunk so reading goes on while the caller works. With a plain `for await` the
 * only buffer is the pipe's 64 KB: git then stalls whenever the engine is busy and the engine idles
 * whenever git is, and the two alternate instead of overlapping. Reading starts at the call, not at
 * the first chunk asked for: git gets going while the caller is still setting up.
 */
export function readAhead(stream: NodeJS.ReadableStream, maxBuffered = 16 * 1024 * 1024): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let head = 0;
  let queued = 0;
  let ended = false;
  let failed: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  stream.removeAllListeners('readable');
  stream.on('data', (b: Buffer) => {
    queue.push(b);
    queued += b.length;
    if (queued > maxBuffered) stream.pause();
    notify();
  });
  stream.once('end', () => {
    ended = true;
    notify();
  });
  stream.once('error', (e) => {
    failed = e;
    notify();
  });
  stream.resume();
  // A stream whose last data was read before (spawnGitAfterTopLevel reads the first bytes itself) has
  // already ended and will not say so again.
  if ((stream as { readableEnded?: boolean }).readableEnded) ended = true;
  return (async function* chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      if (failed) throw failed;
      if (head === queue.length) {
        if (ended) return;
        queue.length = head = 0;
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      const chunk = queue[head]!;
      queue[head++] = EMPTY;
      queued -= chunk.length;
      if (stream.isPaused() && queued < maxBuffered / 2) stream.resume();
      yield chunk;
      // Let libuv read the pipe before the next chunk is processed.
      await new Promise<void>((r) => setImmediate(r));
    }
  })();
}

const EMPTY = Buffer.alloc(0);

/** Writes lines to a child's stdin with backpressure, in batches (one write per id is slow). */
export async function feedLines(child: ChildProcessWithoutNullStreams, lines: AsyncIterable<string> | Iterable<string>): Promise<void> {
  let batch = '';
  try {
    for await (const line of lines) {
      batch += line + '\n';
      if (batch.length >= 32768) {
        const ok = child.stdin.write(batch);
        batch = '';
        if (!ok) await Promise.race([once(child.stdin, 'drain'), once(child, 'close')]);
      }
    }
    if (batch) child.stdin.write(batch);
  } finally {
    child.stdin.end();
  }
}

/** One object's header from `cat-file --batch-check` / `--batch`. */
export interface ObjectInfo {
  oid: string;
  type: string;
  size: number;
}

/**
 * Object ids → (oid, type, size) lines from `git cat-file --batch-check`. Without ids, every object in
 * the repository (`--batch-all-objects`, in pack order: `--unordered` reads each pack front to back).
 */
export async function* checkObjects(cwd: string, ids?: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ObjectInfo> {
  const fmt = '--batch-check=%(objectname) %(objecttype) %(objectsize)';
  const args = ids ? ['cat-file', fmt] : ['cat-file', '--batch-all-objects', '--unordered', fmt];
  const proc = spawnGit(cwd, args, 'list the objects of the repository');
  const feeding = ids ? feedLines(proc.child, ids) : (proc.child.stdin.end(), Promise.resolve());
  let ok = false;
  try {
    const decoder = new StringDecoder('latin1');
    let rest = '';
    for await (const chunk of proc.child.stdout as AsyncIterable<Buffer>) {
      const lines = (rest + decoder.write(chunk)).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        const a = line.indexOf(' ');
        const b = line.indexOf(' ', a + 1);
        // `<oid> missing`: not in this repository (a shallow or partial clone).
        if (b === -1) continue;
        yield { oid: line.slice(0, a), type: line.slice(a + 1, b), size: Number(line.slice(b + 1)) };
      }
    }
    await feeding;
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
}

export interface BlobContent {
  oid: string;
  data: Buffer;
}

/**
 * Parses `git cat-file --batch` output as it arrives (`<oid> <type> <size>\n<content>\n` per object,
 * `<oid> missing\n` for one that is not there). A blob is handed over as a view of the chunk it lies
 * in when it fits in one, else copied once into a buffer of its size. A plain class, not part of the
 * generator below: V8 optimises the two separately, and far more cheaply.
 */
export class BlobStreamParser {
  /** `onMissing` hears of each id git does not have (`<oid> missing`, a partial or shallow clone). */
  constructor(private readonly onMissing?: (oid: string) => void) {}

  private pending: Buffer | undefined;
  private cur: { oid: string; size: number; data: Buffer; got: number } | undefined;
  /** Bytes of the newline after an object's content still to skip. */
  private skipNewline = 0;

  /** Parses `chunk`, appending each blob it completes to `out`. */
  push(chunk: Buffer, out: BlobContent[]): void {
    const b = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    let i = 0;
    while (i < b.length) {
      if (this.skipNewline) {
        i++;
        this.skipNewline = 0;
        continue;
      }
      const cur = this.cur;
      if (cur) {
        const take = Math.min(cur.size - cur.got, b.length - i);
        b.copy(cur.data, cur.got, i, i + take);
        cur.got += take;
        i += take;
        if (cur.got === cur.size) {
          this.cur = undefined;
          this.skipNewline = 1;
          out.push({ oid: cur.oid, data: cur.data });
        }
        continue;
      }
      const nl = b.indexOf(10, i);
      if (nl === -1) {
        this.pending = b.subarray(i);
        return;
      }
      const header = b.toString('latin1', i, nl);
      i = nl + 1;
      const parts = header.split(' ');
      if (parts.length < 3) {
        this.onMissing?.(parts[0]!);
        continue;
      }
      const size = Number(parts[2]);
      const oid = parts[0]!;
      if (b.length - i >= size) {
        // The whole object is in this chunk: no copy.
        out.push({ oid, data: b.subarray(i, i + size) });
        i += size;
        this.skipNewline = 1;
      } else {
        this.cur = { oid, size, data: Buffer.allocUnsafe(size), got: 0 };
      }
    }
  }
}

/**
 * Blob ids → their contents, streamed from one `git cat-file --batch --buffer` (BlobStreamParser):
 * each blob is handed over and dropped. Ids must name objects that exist (checked with
 * `checkObjects` first).
 */
export async function* readBlobs(cwd: string, ids: AsyncIterable<string> | Iterable<string>): AsyncGenerator<BlobContent> {
  const proc = spawnGit(cwd, ['cat-file', '--batch', '--buffer'], 'read blobs');
  const feeding = feedLines(proc.child, ids);
  feeding.catch(() => {});
  let ok = false;
  try {
    const parser = new BlobStreamParser();
    const ready: BlobContent[] = [];
    for await (const chunk of readAhead(proc.child.stdout)) {
      parser.push(chunk, ready);
      for (let k = 0; k < ready.length; k++) yield ready[k]!;
      ready.length = 0;
    }
    await feeding;
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
}

/**
 * A `cat-file --batch` output parsed as it comes, each chunk's blobs handed to `take` in the stream's
 * own data events: no promise or generator step per chunk or per blob, for a reader whose work per
 * blob is small (history). While `hold()` gives a promise (the receiver has no room, or waits for
 * something), reading pauses until it settles. Resolves at the end of the output; rejects on a stream
 * error, if `take` throws, or if a hold rejects.
 */
export function streamBlobs(
  stdout: NodeJS.ReadableStream,
  take: (blobs: BlobContent[]) => void,
  hold: () => Promise<void> | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new BlobStreamParser();
    const blobs: BlobContent[] = [];
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      stdout.pause();
      reject(e);
    };
    const goOn = (): void => {
      if (failed) return;
      const h = hold();
      if (h) h.then(goOn, fail);
      else stdout.resume();
    };
    stdout.removeAllListeners('readable');
    stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        parser.push(chunk, blobs);
        take(blobs);
      } catch (e) {
        fail(e);
        return;
      } finally {
        blobs.length = 0;
      }
      const h = hold();
      if (h) {
        stdout.pause();
        h.then(goOn, fail);
      }
    });
    stdout.once('end', () => {
      if (!failed) resolve();
    });
    stdout.once('error', fail);
    stdout.resume();
  });
}

/**
 * Single blobs on demand, from one `git cat-file --batch` started at the first request: for the few
 * that a stream of blobs (readBlobs) did not bring. `close()` ends git and throws if it failed.
 */
export class BlobFetcher {
  private proc: GitProcess | undefined;
  private readonly waiting: Array<(data: Buffer | undefined) => void> = [];

  constructor(private readonly cwd: string) {}

  /** The blob's content; undefined when the repository does not have it. */
  read(oid: string): Promise<Buffer | undefined> {
    const proc = this.proc ?? this.start();
    proc.child.stdin.write(`${oid}\n`);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async close(): Promise<void> {
    if (!this.proc) return;
    this.proc.child.stdin.end();
    await this.proc.finish();
  }

  /** Stops git (when the reader gives up early). */
  kill(): void {
    this.proc?.kill();
  }

  private start(): GitProcess {
    const proc = spawnGit(this.cwd, ['cat-file', '--batch'], 'read blobs');
    this.proc = proc;
    const ready: BlobContent[] = [];
    // A missing id takes its place among the answers (a mark, not a blob).
    const missing = Buffer.alloc(0);
    const parser = new BlobStreamParser((oid) => ready.push({ oid, data: missing }));
    const out = proc.child.stdout;
    out.removeAllListeners('readable');
    out.on('data', (chunk: Buffer) => {
      parser.push(chunk, ready);
      for (const b of ready) this.waiting.shift()?.(b.data === missing ? undefined : b.data);
      ready.length = 0;
    });
    // A git that died answers nothing more: the callers go on, and close() says what went wrong.
    proc.child.once('close', () => {
      for (const w of this.waiting.splice(0)) w(undefined);
    });
    return proc;
  }
}
