import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  buildFile
} from "./chunk-KWRTRRCW.mjs";
import {
  engineFragment
} from "./chunk-4QJFYP5W.mjs";

// src/engine/worker-detector.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var BATCH_CHARS = 256 * 1024;
var MAX_IN_FLIGHT = 4;
var workerFile = () => buildFile("engine-worker.mjs");
function workerAvailable() {
  return availableParallelism() > 1 && workerFile() !== void 0;
}
async function* detectOnWorker(fragments, spec, onSent, help, background) {
  const file = workerFile();
  if (!file) throw new Error("no engine worker in this build");
  const worker = new Worker(file, { workerData: spec });
  const pending = /* @__PURE__ */ new Map();
  const done = [];
  let failed;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  const wait = () => new Promise((r) => wake = r);
  worker.on("message", (msg) => {
    if (msg.type === "error") failed = new Error(`the engine worker failed: ${msg.message}`);
    else {
      const sent = pending.get(msg.id);
      pending.delete(msg.id);
      for (const [i, result] of msg.results) {
        attach(result, sent[i]);
        done.push({ fragment: sent[i], result });
      }
    }
    notify();
  });
  worker.on("error", (e) => {
    failed = e;
    notify();
  });
  worker.on("exit", (code) => {
    if (pending.size > 0 && !failed) failed = new Error(`the engine worker stopped (exit code ${code})`);
    notify();
  });
  let id = 0;
  let batch = [];
  let chars = 0;
  let here;
  const post = (b) => {
    pending.set(id, b);
    const msg = pack(id++, b);
    worker.postMessage(msg, [msg.bytes.buffer, msg.ends.buffer, msg.startLines.buffer]);
  };
  let backgroundDone = background === void 0;
  let filling = false;
  const fill = async (room) => {
    if (filling) return;
    filling = true;
    try {
      while (!backgroundDone && !failed && pending.size < room) {
        const b = [];
        let c = 0;
        while (c < BATCH_CHARS) {
          const r = await background.next();
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
      failed = e;
    } finally {
      filling = false;
      notify();
    }
  };
  if (background) {
    worker.on("message", () => {
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
    while (!backgroundDone && !failed) {
      if (done.length) yield* done.splice(0);
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
    if (!backgroundDone) background.return?.(void 0)?.catch(() => {
    });
    await worker.terminate();
  }
}
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
  };
  for (const x of result.findings) fill(x);
  for (const s of result.suppressed) fill(s.finding);
}

export {
  workerAvailable,
  detectOnWorker,
  unpack
};
