import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  unpack
} from "./chunks/chunk-UUUCP7LD.js";
import {
  prepareEngines,
  resolveRuleSet
} from "./chunks/chunk-NVDFBLZF.js";
import "./chunks/chunk-ZAHQBK63.js";
import "./chunks/chunk-VIGNQHKA.js";
import "./chunks/chunk-RJHKLLNC.js";
import "./chunks/chunk-OSSUDABC.js";
import "./chunks/chunk-YNC63ACA.js";
import {
  createDetector
} from "./chunks/chunk-SYIQJMG7.js";
import "./chunks/chunk-OVZ6N6FJ.js";
import "./chunks/chunk-D7JTSMUL.js";
import "./chunks/chunk-BVVL3BHR.js";
import "./chunks/chunk-2T3MYWK7.js";

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
