import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  prepareEngines,
  resolveRuleSet
} from "./chunks/chunk-FALOFEHF.mjs";
import "./chunks/chunk-L6AHGWDV.mjs";
import "./chunks/chunk-ERP3P3EG.mjs";
import "./chunks/chunk-SXKJ3UXY.mjs";
import "./chunks/chunk-OT7G4SDH.mjs";
import "./chunks/chunk-34FTEJ42.mjs";
import "./chunks/chunk-KWRTRRCW.mjs";
import "./chunks/chunk-ZOOBUDFR.mjs";
import {
  createDetector
} from "./chunks/chunk-VLZRHYIA.mjs";
import "./chunks/chunk-ALVH6ZA4.mjs";
import "./chunks/chunk-SCGYERDS.mjs";
import "./chunks/chunk-4UU6KND7.mjs";
import "./chunks/chunk-5CMBDCFE.mjs";
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
      msg.fragments.forEach((f, i) => {
        const r = detector.detect(f);
        if (r.findings.length > 0 || r.suppressed.length > 0) results.push([i, r]);
      });
      port.postMessage({ type: "done", id: msg.id, results });
    } catch (e) {
      port.postMessage({ type: "error", message: e.stack ?? String(e) });
    }
  });
}
main().catch((e) => port.postMessage({ type: "error", message: e.stack ?? String(e) }));
