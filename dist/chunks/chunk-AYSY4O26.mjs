import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  buildFile
} from "./chunk-KWRTRRCW.mjs";
import {
  engineFragment
} from "./chunk-RBX45IUS.mjs";

// src/engine/worker-detector.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var BATCH_CHARS = 256 * 1024;
var MAX_IN_FLIGHT = 4;
var workerFile = () => buildFile("engine-worker.mjs");
function workerAvailable() {
  return availableParallelism() > 1 && workerFile() !== void 0;
}
var Lane = class {
  constructor(feed) {
    this.feed = feed;
  }
  feed;
  batch = [];
  chars = 0;
  ended = false;
  waiting = [];
  push(f) {
    this.feed.take(this, f);
  }
  full() {
    return this.chars >= BATCH_CHARS || this.feed.failed !== void 0;
  }
  room() {
    if (this.feed.failed) return Promise.reject(this.feed.failed);
    if (!this.full()) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
  /** Takes the batch to send. */
  drain() {
    const b = this.batch;
    this.batch = [];
    this.chars = 0;
    return b;
  }
};
var WorkerFeed = class {
  constructor(spec, onResult, onSent, help, file = workerFile()) {
    this.onResult = onResult;
    this.onSent = onSent;
    this.help = help;
    if (!file) throw new Error("no engine worker in this build");
    this.main = new Lane(this);
    this.background = new Lane(this);
    this.worker = new Worker(file, { workerData: spec });
    this.worker.on("message", (msg) => {
      if (msg.type === "error") return this.fail(new Error(`the engine worker failed: ${msg.message}`));
      const sent = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      for (const [i, result] of msg.results) {
        attach(result, sent[i]);
        this.onResult(sent[i], result);
      }
      this.pump();
    });
    this.worker.on("error", (e) => this.fail(e));
    this.worker.on("exit", (code) => {
      if (!this.stopping) this.fail(new Error(`the engine worker stopped (exit code ${code})`));
    });
  }
  onResult;
  onSent;
  help;
  main;
  background;
  failed;
  worker;
  pending = /* @__PURE__ */ new Map();
  id = 0;
  here;
  stopping = false;
  finished;
  /** Batches sent and not answered yet. */
  get inFlight() {
    return this.pending.size;
  }
  /** A Fragment pushed into `lane`. */
  take(lane, f) {
    if (this.failed) return;
    lane.batch.push(f);
    lane.chars += utf8Of(f)?.length ?? f.text.length;
    this.onSent?.(f);
    if (lane.chars >= BATCH_CHARS) this.pump();
  }
  /** The lane's source is done: what it holds goes when there is room. */
  end(lane) {
    lane.ended = true;
    this.pump();
  }
  /** Resolves once both lanes have ended and every batch is answered; rejects if the engine failed. */
  done() {
    return new Promise((resolve, reject) => {
      this.finished = { resolve, reject };
      if (this.failed) reject(this.failed);
      else this.pump();
    });
  }
  /** Stops the thread; a lane still in use fails from now on, so its source stops too. */
  async terminate() {
    this.stopping = true;
    if (!this.failed) this.fail(new Error("the engine thread was stopped"), false);
    await this.worker.terminate();
  }
  /** Sends what may go: the main lane first, then the background within its share; wakes who can go on. */
  pump() {
    const { main, background: bg, pending } = this;
    for (; ; ) {
      if (this.failed) return;
      const mainReady = main.batch.length > 0 && (main.chars >= BATCH_CHARS || main.ended);
      if (mainReady && pending.size < MAX_IN_FLIGHT) this.post(main.drain());
      else if (mainReady && this.help?.when()) this.scanHere(main.drain());
      else if (!mainReady && bg.batch.length > 0 && (bg.chars >= BATCH_CHARS || bg.ended) && pending.size < (main.ended ? MAX_IN_FLIGHT : MAX_IN_FLIGHT - 1)) this.post(bg.drain());
      else break;
    }
    for (const lane of [main, bg]) if (!lane.full() && lane.waiting.length > 0) for (const w of lane.waiting.splice(0)) w.resolve();
    if (this.finished && main.ended && bg.ended && main.batch.length === 0 && bg.batch.length === 0 && pending.size === 0) this.finished.resolve();
  }
  post(batch) {
    this.pending.set(this.id, batch);
    const msg = pack(this.id++, batch);
    this.worker.postMessage(msg, [msg.bytes.buffer, msg.ends.buffer, msg.startLines.buffer]);
  }
  scanHere(batch) {
    this.here ??= this.help.detector();
    for (const f of batch) {
      const result = this.here(f);
      if (result.findings.length > 0 || result.suppressed.length > 0) this.onResult(f, result);
    }
  }
  fail(e, report = true) {
    if (this.failed) return;
    this.failed = e;
    for (const lane of [this.main, this.background]) for (const w of lane.waiting.splice(0)) w.reject(e);
    if (report) this.finished?.reject(e);
    else this.finished?.resolve();
  }
};
var utf8Of = (f) => f.utf8;
function pack(id, batch) {
  let size = 0;
  for (const f of batch) size += utf8Of(f)?.length ?? Buffer.byteLength(f.text);
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
  let paths = "";
  let commits = "";
  for (const f of batch) {
    paths += `${f.path}\0`;
    commits += `${f.commit ?? ""}\0`;
  }
  return { id, bytes, ends, paths, startLines, commits };
}
function* unpack(msg) {
  const data = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength);
  let start = 0;
  const paths = msg.paths.split("\0");
  const commits = msg.commits.split("\0");
  for (let i = 0; i < msg.ends.length; i++) {
    const commit = commits[i];
    yield engineFragment(data.toString("utf8", start, msg.ends[i]), paths[i], msg.startLines[i], commit === "" ? {} : { commit });
    start = msg.ends[i];
  }
}
function attach(result, f) {
  const fill = (x) => {
    for (const k of ["author", "email", "date", "message"]) if (f[k] !== void 0) x[k] = f[k];
    if (f.place !== void 0) x.place = f.place;
  };
  for (const x of result.findings) fill(x);
  for (const s of result.suppressed) fill(s.finding);
}

export {
  workerAvailable,
  WorkerFeed,
  unpack
};
