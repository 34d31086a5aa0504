/**
 * The engine on another thread, for sources whose own work (reading git, hashing lines) is large enough
 * to run beside it: Fragments go over in batches, results come back for the few that hold something.
 * Only available from a build (dist/engine-worker.mjs); from source, callers scan on their own thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildFile } from '../build-file.js';
import { engineFragment } from './detect.js';
import type { FragmentLane } from '../scan-core.js';
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

/** A lane's Fragments not sent yet, and the sources waiting for it to have room. */
class Lane<F extends Fragment> implements FragmentLane<F> {
  batch: F[] = [];
  chars = 0;
  ended = false;
  waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  constructor(private readonly feed: WorkerFeed<F>) {}

  push(f: F): void {
    this.feed.take(this, f);
  }

  full(): boolean {
    return this.chars >= BATCH_CHARS || this.feed.failed !== undefined;
  }

  room(): Promise<void> {
    if (this.feed.failed) return Promise.reject(this.feed.failed);
    if (!this.full()) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Takes the batch to send. */
  drain(): F[] {
    const b = this.batch;
    this.batch = [];
    this.chars = 0;
    return b;
  }
}

/**
 * The engine on a worker thread, fed by sources that push (see FragmentLane): Fragments go over in
 * batches, and results come back for the few that hold something (`onResult`, on this thread). Two
 * lanes: the main source's, and a background one that fills the engine thread's idle time — it takes a
 * place in the thread's queue only while one stays free for the main lane, until the main lane ends.
 * Fragments are counted through `onSent` as they are taken.
 */
export class WorkerFeed<F extends Fragment> {
  readonly main: Lane<F>;
  readonly background: Lane<F>;
  failed: Error | undefined;
  private readonly worker: Worker;
  private readonly pending = new Map<number, F[]>();
  private id = 0;
  private here: ((f: F) => DetectResult) | undefined;
  private stopping = false;
  private finished: { resolve: () => void; reject: (e: Error) => void } | undefined;

  constructor(
    spec: EngineSpec,
    private readonly onResult: (fragment: F, result: DetectResult) => void,
    private readonly onSent?: (f: F) => void,
    private readonly help?: CallerHelp<F>,
    /** The worker's entry point: the build's engine thread, unless a test brings its own. */
    file = workerFile(),
  ) {
    if (!file) throw new Error('no engine worker in this build');
    this.main = new Lane(this);
    this.background = new Lane(this);
    this.worker = new Worker(file, { workerData: spec });
    this.worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'error') return this.fail(new Error(`the engine worker failed: ${msg.message}`));
      const sent = this.pending.get(msg.id)!;
      this.pending.delete(msg.id);
      for (const [i, result] of msg.results) {
        attach(result, sent[i]!);
        this.onResult(sent[i]!, result);
      }
      this.pump();
    });
    this.worker.on('error', (e) => this.fail(e));
    // Only terminate() stops it: an exit before then leaves batches unanswered.
    this.worker.on('exit', (code) => {
      if (!this.stopping) this.fail(new Error(`the engine worker stopped (exit code ${code})`));
    });
  }

  /** Batches sent and not answered yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** A Fragment pushed into `lane`. */
  take(lane: Lane<F>, f: F): void {
    if (this.failed) return;
    lane.batch.push(f);
    lane.chars += utf8Of(f)?.length ?? f.text.length;
    this.onSent?.(f);
    if (lane.chars >= BATCH_CHARS) this.pump();
  }

  /** The lane's source is done: what it holds goes when there is room. */
  end(lane: Lane<F>): void {
    lane.ended = true;
    this.pump();
  }

  /** Resolves once both lanes have ended and every batch is answered; rejects if the engine failed. */
  done(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.finished = { resolve, reject };
      if (this.failed) reject(this.failed);
      else this.pump();
    });
  }

  /** Stops the thread; a lane still in use fails from now on, so its source stops too. */
  async terminate(): Promise<void> {
    this.stopping = true;
    if (!this.failed) this.fail(new Error('the engine thread was stopped'), false);
    await this.worker.terminate();
  }

  /** Sends what may go: the main lane first, then the background within its share; wakes who can go on. */
  private pump(): void {
    const { main, background: bg, pending } = this;
    for (;;) {
      if (this.failed) return;
      const mainReady = main.batch.length > 0 && (main.chars >= BATCH_CHARS || main.ended);
      if (mainReady && pending.size < MAX_IN_FLIGHT) this.post(main.drain());
      else if (mainReady && this.help?.when()) this.scanHere(main.drain());
      else if (!mainReady && bg.batch.length > 0 && (bg.chars >= BATCH_CHARS || bg.ended) &&
        pending.size < (main.ended ? MAX_IN_FLIGHT : MAX_IN_FLIGHT - 1)) this.post(bg.drain());
      else break;
    }
    for (const lane of [main, bg]) if (!lane.full() && lane.waiting.length > 0) for (const w of lane.waiting.splice(0)) w.resolve();
    if (this.finished && main.ended && bg.ended && main.batch.length === 0 && bg.batch.length === 0 && pending.size === 0) this.finished.resolve();
  }

  private post(batch: F[]): void {
    this.pending.set(this.id, batch);
    const msg = pack(this.id++, batch);
    this.worker.postMessage(msg, [msg.bytes.buffer as ArrayBuffer, msg.ends.buffer as ArrayBuffer, msg.startLines.buffer as ArrayBuffer]);
  }

  private scanHere(batch: F[]): void {
    this.here ??= this.help!.detector();
    for (const f of batch) {
      const result = this.here(f);
      if (result.findings.length > 0 || result.suppressed.length > 0) this.onResult(f, result);
    }
  }

  private fail(e: Error, report = true): void {
    if (this.failed) return;
    this.failed = e;
    for (const lane of [this.main, this.background]) for (const w of lane.waiting.splice(0)) w.reject(e);
    if (report) this.finished?.reject(e);
    else this.finished?.resolve();
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

/** What the engine put on findings from the Fragment and the worker did not get: a commit's details, the place. */
function attach(result: DetectResult, f: Fragment): void {
  const fill = (x: Finding) => {
    for (const k of ['author', 'email', 'date', 'message'] as const) if (f[k] !== undefined) x[k] = f[k];
    if (f.place !== undefined) x.place = f.place;
  };
  for (const x of result.findings) fill(x);
  for (const s of result.suppressed) fill(s.finding);
}
