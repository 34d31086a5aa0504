/**
 * Detection quality on a corpus generated independently of the rules' own examples: fresh tokens from
 * the documented formats in realistic files (positives), and look-alikes that are not secrets (decoys).
 * `npx tsx test/quality/report.ts` prints the full figures.
 */
import { describe, expect, it } from 'vitest';
import { verifyChecksum } from '../../src/engine/checksum.js';
import { CONTEXTS } from './contexts.js';
import { decoyCases } from './decoys.js';
import { DOCUMENTED } from './documented.js';
import { DEFAULT_SEEDS, describeFalsePositive, describeMiss, evaluateSeed, figures, type SeedResult } from './evaluate.js';
import { positiveCases } from './positives.js';
import { badChecksum, checksummed, Rng } from './rng.js';

const MIN_RECALL = 0.98;
const MAX_FP_RATE = 0.02;

describe('quality corpus', () => {
  it('is large and varied enough to mean something', () => {
    const pos = positiveCases(1);
    const dec = decoyCases(1);
    expect(pos.length).toBeGreaterThanOrEqual(300);
    expect(dec.length).toBeGreaterThanOrEqual(300);
    expect(new Set(pos.map((c) => c.group)).size).toBeGreaterThanOrEqual(40);
    const used = new Set(pos.map((c) => c.context));
    for (const ctx of CONTEXTS) expect(used.has(ctx), ctx).toBe(true);
  });

  it('is reproducible from its seed and different across seeds', () => {
    expect(positiveCases(5).map((c) => c.text)).toEqual(positiveCases(5).map((c) => c.text));
    expect(positiveCases(5)[0]!.text).not.toEqual(positiveCases(6)[0]!.text);
  });

  it('generates tokens in the formats PROVIDERS.md documents (so a miss is a rule problem)', () => {
    const bad: string[] = [];
    for (const seed of DEFAULT_SEEDS) {
      for (const c of positiveCases(seed)) {
        const formats = DOCUMENTED[c.kind];
        if (!formats) {
          // Generic values have no provider format; URLs, keys and encoded pairs are matched with `covers`.
          expect(c.group === 'generic' || c.expect.every((e) => e.mode === 'covers'), `${c.kind} needs a documented format`).toBe(true);
          continue;
        }
        for (const e of c.expect) if (!formats.some((re) => re.test(e.secret))) bad.push(`${c.id}: ${e.secret.slice(0, 12)}… (${e.secret.length})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("generates checksummed tokens the engine's CRC32 agrees with (an independent implementation)", () => {
    const r = new Rng(42);
    for (let i = 0; i < 50; i++) {
      for (const p of ['ghp', 'gho', 'ghu', 'ghs', 'ghr', 'npm']) {
        expect(verifyChecksum('github-crc32', checksummed(r, p)).valid).toBe(true);
        expect(verifyChecksum('github-crc32', badChecksum(r, p)).valid).toBe(false);
      }
    }
  });
});

describe.each(DEFAULT_SEEDS)('detection quality, seed %i', (seed) => {
  let result: SeedResult;
  const get = (): SeedResult => (result ??= evaluateSeed(seed));

  it(`recall ≥ ${MIN_RECALL}`, () => {
    const r = get();
    const f = figures([r]);
    const misses = r.positives.filter((o) => o.missing.length > 0).map(describeMiss);
    expect(f.recall, `recall ${f.detected}/${f.positives}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`false-positive rate ≤ ${MAX_FP_RATE}`, () => {
    const r = get();
    const f = figures([r]);
    const fps = r.decoys.filter((o) => o.findings.length > 0).map(describeFalsePositive);
    expect(f.fpRate, `false positives ${f.falsePositives}/${f.decoys}:\n${fps.join('\n')}`).toBeLessThanOrEqual(MAX_FP_RATE);
  });
});
