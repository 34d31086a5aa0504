import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerFeed } from '../../src/engine/worker-detector.js';
import type { DetectResult, Fragment } from '../../src/types.js';

/**
 * A stand-in for the engine thread, speaking its protocol (ToWorker in, FromWorker out): it answers each
 * batch after `delay` ms with one result, for the batch's first Fragment, whose rule id says which
 * batch it was; with `die`, it exits at the first batch instead.
 */
const STAND_IN = `
import { parentPort, workerData } from 'node:worker_threads';
let n = 0;
parentPort.on('message', (msg) => {
  if (workerData.die) process.exit(3);
  const seq = n++;
  setTimeout(() => parentPort.postMessage({ type: 'done', id: msg.id, results: [[0, {
    findings: [{ ruleId: 'batch-' + seq + ':' + msg.paths.split('\\0')[0] }], suppressed: [],
  }]] }), workerData.delay);
});
`;

function standIn(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'leakward-feed-')), 'stand-in.mjs');
  writeFileSync(file, STAND_IN);
  return file;
}

/** Fragments of `size` characters each: 256 KB of them make a batch. */
const fragment = (path: string, size = 64 * 1024): Fragment => ({ text: 'x'.repeat(size), path, startLine: 1 });

function feed(opts: { delay?: number; die?: boolean }) {
  const results: Array<{ path: string; batch: string }> = [];
  let sent = 0;
  const f = new WorkerFeed<Fragment>(
    { cwd: '.', root: '.', ...opts } as never,
    (fr: Fragment, r: DetectResult) => results.push({ path: fr.path, batch: r.findings[0]!.ruleId }),
    () => sent++,
    undefined,
    standIn(),
  );
  return { f, results, sent: () => sent };
}

describe('the engine thread feed', () => {
  it('sends full batches, holds one when four are in flight (full, until an answer makes room), and answers them all', async () => {
    const { f, results, sent } = feed({ delay: 30 });
    try {
      // Four Fragments make a batch: 5 batches' worth.
      for (let i = 0; i < 20; i++) f.main.push(fragment(`m${i}`));
      expect(f.inFlight).toBe(4);
      expect(f.main.full()).toBe(true);
      await f.main.room();
      expect(f.main.full()).toBe(false);
      f.main.push(fragment('last', 10));
      f.end(f.main);
      f.end(f.background);
      await f.done();
      expect(sent()).toBe(21);
      // One result per batch, from its first Fragment: six batches, the last one short.
      expect(results.map((r) => r.path)).toEqual(['m0', 'm4', 'm8', 'm12', 'm16', 'last']);
      expect(f.inFlight).toBe(0);
    } finally {
      await f.terminate();
    }
  });

  it('lets the background lane take a place only while one stays free for the main lane, and every place once it ends', async () => {
    const { f, results } = feed({ delay: 40 });
    try {
      for (let i = 0; i < 24; i++) f.background.push(fragment(`b${i}`));
      expect(f.inFlight).toBe(3);
      for (let i = 0; i < 4; i++) f.main.push(fragment(`m${i}`));
      expect(f.inFlight).toBe(4);
      f.end(f.main);
      f.end(f.background);
      await f.done();
      const order = results.sort((a, b) => Number(a.batch.split(/[-:]/)[1]) - Number(b.batch.split(/[-:]/)[1])).map((r) => r.path);
      // The main batch went fourth, ahead of the rest of the background (one batch by then: a lane's
      // unsent Fragments go together).
      expect(order).toEqual(['b0', 'b4', 'b8', 'm0', 'b12']);
    } finally {
      await f.terminate();
    }
  });

  it('fails a source waiting for room, and the scan, when the engine thread dies', async () => {
    const { f } = feed({ delay: 0, die: true });
    try {
      for (let i = 0; i < 24; i++) f.main.push(fragment(`m${i}`));
      expect(f.main.full()).toBe(true);
      await expect(f.main.room()).rejects.toThrow(/the engine worker stopped \(exit code 3\)/);
      await expect(f.done()).rejects.toThrow(/exit code 3/);
      // Pushing into a failed feed is ignored, and it stays full, so a source stops.
      f.main.push(fragment('after'));
      expect(f.main.full()).toBe(true);
    } finally {
      await f.terminate();
    }
  });
});
