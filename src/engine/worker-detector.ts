/**
 * The engine on another thread, for sources whose own work (reading git, hashing lines) is large enough
 * to run beside it: Fragments go over in batches, results come back for the few that hold something.
 * Only available from a build (dist/engine-worker.mjs); from source, callers scan on their own thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildFile } from '../build-file.js';
import type { DetectResult, Fragment } from '../types.js';

/** What the worker needs to resolve the same rules as the caller: serialisable, unlike compiled rules. */
export interface EngineSpec {
  config?: string;
  cwd: string;
  /** The scanned directory (where a `.leakward.toml` is looked for). */
  root: string;
}

export type ToWorker = { id: number; fragments: Fragment[] };
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
 * Fragments → their detection results, computed on a worker thread; yields each fragment that had
 * findings or suppressions, with its result. Fragments are counted through `onSent` as they go.
 */
export async function* detectOnWorker<F extends Fragment>(
  fragments: AsyncIterable<F>,
  spec: EngineSpec,
  onSent?: (f: F) => void,
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
      for (const [i, result] of msg.results) done.push({ fragment: sent[i]!, result });
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
  const send = async () => {
    while (pending.size >= MAX_IN_FLIGHT && !failed) await wait();
    if (failed) throw failed;
    pending.set(id, batch);
    // Only what the engine reads crosses over (a history fragment also carries ordering fields).
    worker.postMessage({ id: id++, fragments: batch.map(strip) } satisfies ToWorker);
    batch = [];
    chars = 0;
  };
  try {
    for await (const f of fragments) {
      batch.push(f);
      chars += f.text.length;
      onSent?.(f);
      if (chars >= BATCH_CHARS) await send();
      if (done.length) yield* done.splice(0);
      if (failed) throw failed;
    }
    if (batch.length) await send();
    while (pending.size > 0) {
      if (failed) throw failed;
      if (done.length) yield* done.splice(0);
      else await wait();
    }
    if (done.length) yield* done.splice(0);
  } finally {
    await worker.terminate();
  }
}

function strip(f: Fragment): Fragment {
  const out: Fragment = { text: f.text, path: f.path, startLine: f.startLine };
  if (f.commit !== undefined) out.commit = f.commit;
  if (f.author !== undefined) out.author = f.author;
  if (f.email !== undefined) out.email = f.email;
  if (f.date !== undefined) out.date = f.date;
  if (f.message !== undefined) out.message = f.message;
  return out;
}
