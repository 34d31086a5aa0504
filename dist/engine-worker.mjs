import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  unpack
} from "./chunks/chunk-AYSY4O26.mjs";
import {
  prepareEngines,
  resolveRuleSet
} from "./chunks/chunk-X6LCVEHX.mjs";
import "./chunks/chunk-KYW7TU4C.mjs";
import "./chunks/chunk-WJIJQGAM.mjs";
import "./chunks/chunk-YZBMBJWR.mjs";
import "./chunks/chunk-YAV3TE62.mjs";
import "./chunks/chunk-N5HQ6HQ5.mjs";
import "./chunks/chunk-Z66QYUJO.mjs";
import "./chunks/chunk-KWRTRRCW.mjs";
import "./chunks/chunk-P7L454IC.mjs";
import "./chunks/chunk-MCDJBE3I.mjs";
import "./chunks/chunk-4UU6KND7.mjs";
import {
  createDetector
} from "./chunks/chunk-RBX45IUS.mjs";
import "./chunks/chunk-ALVH6ZA4.mjs";
import "./chunks/chunk-7CBM26Y7.mjs";
import "./chunks/chunk-CCGIFMQI.mjs";

// src/engine/detect-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var spec = workerData;
async function main() {
  const config = spec.config !== void 0 ? { config: spec.config } : {};
  await prepareEngines(config, spec.root);
  const detector = createDetector(resolveRuleSet({ ...config, cwd: spec.cwd }, spec.root));
  port.on("message", (msg) => {
    try {
      const results = [];
      let i = 0;
      for (const f of unpack(msg)) {
        const r = detector.detect(f);
        if (r.findings.length > 0 || r.suppressed.length > 0) results.push([i, r]);
        i++;
      }
      port.postMessage({ type: "done", id: msg.id, results });
    } catch (e) {
      port.postMessage({ type: "error", message: e.stack ?? String(e) });
    }
  });
}
main().catch((e) => port.postMessage({ type: "error", message: e.stack ?? String(e) }));
