import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  buildFile
} from "./chunk-KWRTRRCW.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/engine/worker-detector.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var BATCH_CHARS = 256 * 1024;
var MAX_IN_FLIGHT = 4;
var workerFile = () => buildFile("engine-worker.mjs");
function workerAvailable() {
  return availableParallelism() > 1 && workerFile() !== void 0;
}
async function* detectOnWorker(fragments, spec, onSent) {
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
      for (const [i, result] of msg.results) done.push({ fragment: sent[i], result });
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
  const send = async () => {
    while (pending.size >= MAX_IN_FLIGHT && !failed) await wait();
    if (failed) throw failed;
    pending.set(id, batch);
    worker.postMessage({ id: id++, fragments: batch.map(strip) });
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
function strip(f) {
  const out = { text: f.text, path: f.path, startLine: f.startLine };
  if (f.commit !== void 0) out.commit = f.commit;
  if (f.author !== void 0) out.author = f.author;
  if (f.email !== void 0) out.email = f.email;
  if (f.date !== void 0) out.date = f.date;
  if (f.message !== void 0) out.message = f.message;
  return out;
}
export {
  detectOnWorker,
  workerAvailable
};
