/**
 * A worker thread that runs the engine (src/engine/worker-detector.ts starts it): a history scan reads
 * git and finds new lines on the main thread while this thread scans them, so the two cores overlap.
 * The rules are resolved here from the same spec the main thread used (compiled rules cannot cross threads).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareEngines, resolveRuleSet } from '../scan.js';
import type { DetectResult } from '../types.js';
import { createDetector } from './detect.js';
import { unpack, type EngineSpec, type FromWorker, type ToWorker } from './worker-detector.js';

const port = parentPort!;
const spec = workerData as EngineSpec;

async function main(): Promise<void> {
  const config = spec.config !== undefined ? { config: spec.config } : {};
  await prepareEngines(config, spec.root);
  const detector = createDetector(resolveRuleSet({ ...config, cwd: spec.cwd }, spec.root));
  // Batches sent meanwhile wait in the port's queue until this listener starts it.
  port.on('message', (msg: ToWorker) => {
    try {
      const results: Array<[number, DetectResult]> = [];
      let i = 0;
      for (const f of unpack(msg)) {
        const r = detector.detect(f);
        if (r.findings.length > 0 || r.suppressed.length > 0) results.push([i, r]);
        i++;
      }
      port.postMessage({ type: 'done', id: msg.id, results } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ type: 'error', message: (e as Error).stack ?? String(e) } satisfies FromWorker);
    }
  });
}

main().catch((e: unknown) => port.postMessage({ type: 'error', message: (e as Error).stack ?? String(e) } satisfies FromWorker));
