/**
 * The engine on another thread, for sources whose own work (reading git, hashing lines) is large enough
 * to run beside it: Fragments go over in batches, results come back for the few that hold something.
 * Only available from a build (dist/engine-worker.mjs); from source, callers scan on their own thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildFile } from '../build-file.js';
import { engineFragment } from './detect.js';
import type { DetectResult, Finding, Fragment } from '../types.js';

/** What the worker needs to resolve the same rules as the caller: serialisable, unlike compiled rules. */
export interface EngineSpec {
  config?: string;
  cwd: string;
  /** The scanned directory (where a `.leakward.toml` is looked for). */
  root: string;
}

/**
 * A batch of Fragments as it crosses: their texts as UTF-8 in one transferred buffer (`ends[i]` is
 * where Fragment i's bytes end), so nothing is cloned string by string, and a source that reads bytes
 * (history) never decodes them on its own thread. Only what the engine reads goes over: the commit
 * (allowlists may name commits), not its author, date or message, which are put on the results here.
 */
export interface ToWorker {
  id: number;
  bytes: Uint8Array;
  ends: Int32Array;
  /** The Fragments' paths, each followed by NUL (a path never holds one): one string, not one per Fragment. */
  paths: string;
  startLines: Int32Array;
  /** Their commits likewise ('' for none). */
  commits: string;
}

/** A Fragment that carries its text as UTF-8 (`text` decodes it): sent to the engine thread as is. */
export interface Utf8Text {
  readonly utf8: Buffer;
}
export type FromWorker =
  | { type: 'done'; id: number; results: Array<[number, DetectResult]> }
  | { type: 'error'; message: string };

/** Text per batch: large enough that messaging costs little, small enough to keep both threads busy. */
const BATCH_CHARS = 256 * 1024;
/** Batches sent and not yet answered: bounds memory when git outruns the engine. */
const MAX_IN_FLIGHT = 4;

const workerFile = (): string | undefined => buildFile('engine-worker.mjs');

/**
 * True when the engine can run on a worker thread and it may pay: a build ships its entry point, and
 * there is a second CPU (on one, a worker only adds copying and a second start-up).
 */
export function workerAvailable(): boolean {
  return availableParallelism() > 1 && workerFile() !== undefined;
}

/**
 * Help from the calling thread: while `when()` says so, a batch that finds the engine thread with a
 * full queue is scanned here (`detector()`, made at the first such batch) instead of waiting.
 */
export interface CallerHelp<F> {
  when: () => boolean;
  detector: () => (f: F) => DetectResult;
}

/**
 * Fragments → their detection results, computed on a worker thread; yields each fragment that had
 * findings or suppressions, with its result. Fragments are counted through `onSent` as they go.
 */
export async function* detectOnWorker<F extends Fragment>(
  fragments: AsyncIterable<F>,
  spec: EngineSpec,
  onSent?: (f: F) => void,
  help?: CallerHelp<F>,
  background?: AsyncIterator<F>,
): AsyncGenerator<{ fragment: F; result: DetectResult }> {
  const file = workerFile();
  if (!file) throw new Error('no engine worker in this build');
  const worker = new Worker(file, { workerData: spec });
  const pending = new Map<number, F[]>();
  const done: Array<{ fragment: F; result: DetectResult }> = [];
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const wait = () => new Promise<void>((r) => (wake = r));
  worker.on('message', (msg: FromWorker) => {
    if (msg.type === 'error') failed = new Error(`the engine worker failed: ${msg.message}`);
    else {
      const sent = pending.get(msg.id)!;
      pending.delete(msg.id);
      for (const [i, result] of msg.results) {
        attach(result, sent[i]!);
        done.push({ fragment: sent[i]!, result });
      }
    }
    notify();
  });
  worker.on('error', (e) => {
    failed = e;
    notify();
  });
  worker.on('exit', (code) => {
    if (pending.size > 0 && !failed) failed = new Error(`the engine worker stopped (exit code ${code})`);
    notify();
  });
  let id = 0;
  let batch: F[] = [];
  let chars = 0;
  let here: ((f: F) => DetectResult) | undefined;
  const post = (b: F[]) => {
    pending.set(id, b);
    const msg = pack(id++, b);
    worker.postMessage(msg, [msg.bytes.buffer as ArrayBuffer, msg.ends.buffer as ArrayBuffer, msg.startLines.buffer as ArrayBuffer]);
  };
  // Background Fragments fill the engine thread's idle time: they take a place in its queue only while
  // one stays free for the main source, which never waits behind them.
  let backgroundDone = background === undefined;
  let filling = false;
  /** Sends background batches while fewer than `room` are in flight (one fill at a time). */
  const fill = async (room: number): Promise<void> => {
    if (filling) return;
    filling = true;
    try {
      while (!backgroundDone && !failed && pending.size < room) {
        const b: F[] = [];
        let c = 0;
        while (c < BATCH_CHARS) {
          const r = await background!.next();
          if (r.done) {
            backgroundDone = true;
            break;
          }
          b.push(r.value);
          c += utf8Of(r.value)?.length ?? r.value.text.length;
          onSent?.(r.value);
        }
        if (b.length) post(b);
      }
    } catch (e) {
      failed = e as Error;
    } finally {
      filling = false;
      notify();
    }
  };
  if (background) {
    worker.on('message', () => {
      if (!backgroundDone) void fill(MAX_IN_FLIGHT - 1);
    });
    void fill(MAX_IN_FLIGHT - 1);
  }
  const send = async () => {
    if (help && pending.size >= MAX_IN_FLIGHT && !failed && help.when()) {
      here ??= help.detector();
      for (const f of batch) {
        const result = here(f);
        if (result.findings.length > 0 || result.suppressed.length > 0) done.push({ fragment: f, result });
      }
      batch = [];
      chars = 0;
      return;
    }
    while (pending.size >= MAX_IN_FLIGHT && !failed) await wait();
    if (failed) throw failed;
    post(batch);
    batch = [];
    chars = 0;
  };
  try {
    for await (const f of fragments) {
      batch.push(f);
      chars += utf8Of(f)?.length ?? f.text.length;
      onSent?.(f);
      if (chars >= BATCH_CHARS) await send();
      if (done.length) yield* done.splice(0);
      if (failed) throw failed;
    }
    if (batch.length) await send();
    // The main source is done: what is left of the background may take every place.
    while (!backgroundDone && !failed) {
      if (done.length) yield* done.splice(0);
      // A fill under way, or a full queue: the next answer or the fill's end says when to look again.
      if (filling || pending.size >= MAX_IN_FLIGHT) await wait();
      else await fill(MAX_IN_FLIGHT);
    }
    if (failed) throw failed;
    while (pending.size > 0) {
      if (failed) throw failed;
      if (done.length) yield* done.splice(0);
      else await wait();
    }
    if (done.length) yield* done.splice(0);
  } finally {
    // Not awaited: a background stream still waiting for git ends when git does.
    if (!backgroundDone) background!.return?.(undefined)?.catch(() => {});
    await worker.terminate();
  }
}

const utf8Of = (f: Fragment): Buffer | undefined => (f as Partial<Utf8Text>).utf8;

/** A batch in the form it crosses in (see ToWorker); its buffers are its own, to be transferred. */
function pack(id: number, batch: Fragment[]): ToWorker {
  let size = 0;
  for (const f of batch) size += utf8Of(f)?.length ?? Buffer.byteLength(f.text);
  // Not from Buffer's shared pool: the whole ArrayBuffer is handed to the worker.
  const bytes = Buffer.allocUnsafeSlow(size);
  const ends = new Int32Array(batch.length);
  const startLines = new Int32Array(batch.length);
  let at = 0;
  batch.forEach((f, i) => {
    const utf8 = utf8Of(f);
    at += utf8 ? utf8.copy(bytes, at) : bytes.write(f.text, at);
    ends[i] = at;
    startLines[i] = f.startLine;
  });
  // Strings are cloned one by one when a message is posted (≈ 0.7 ms a batch of 180 Fragments as two
  // arrays of them): two strings cost next to nothing.
  let paths = '';
  let commits = '';
  for (const f of batch) {
    paths += `${f.path}\0`;
    commits += `${f.commit ?? ''}\0`;
  }
  return { id, bytes, ends, paths, startLines, commits };
}

/**
 * The Fragments of a batch, as the worker gets them back (see pack), each decoded when it is reached:
 * one text alive at a time, not the whole batch's, is less for the young generation to copy.
 */
export function* unpack(msg: ToWorker): Generator<Fragment> {
  const data = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength);
  let start = 0;
  const paths = msg.paths.split('\0');
  const commits = msg.commits.split('\0');
  for (let i = 0; i < msg.ends.length; i++) {
    const commit = commits[i]!;
    yield engineFragment(data.toString('utf8', start, msg.ends[i]!), paths[i]!, msg.startLines[i]!, commit === '' ? {} : { commit });
    start = msg.ends[i]!;
  }
}

/** What the engine put on findings from the Fragment and the worker did not get: a commit's details. */
function attach(result: DetectResult, f: Fragment): void {
  const fill = (x: Finding) => {
    for (const k of ['author', 'email', 'date', 'message'] as const) if (f[k] !== undefined) x[k] = f[k];
  };
  for (const x of result.findings) fill(x);
  for (const s of result.suppressed) fill(s.finding);
}
