/** Fingerprints hash the secret with leakward's own SHA-256 (no node:crypto at start-up): it must agree with node:crypto byte for byte. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine/fingerprint.js';
import { sha256Hex } from '../../src/engine/sha256.js';

const reference = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** A deterministic pseudo-random string of `n` UTF-16 units, mixing ASCII, BMP, astral characters and lone surrogates. */
function mixed(seed: number, n: number): string {
  let x = seed * 2654435761 >>> 0;
  let s = '';
  while (s.length < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    const kind = x % 7;
    if (kind < 3) s += String.fromCharCode(32 + (x >>> 8) % 95);
    else if (kind === 3) s += String.fromCharCode(0x80 + (x >>> 8) % 0x7f80);
    else if (kind === 4) s += String.fromCodePoint(0x10000 + (x >>> 8) % 0xfffff);
    else if (kind === 5) s += String.fromCharCode(0xd800 + (x >>> 8) % 0x800);
    else s += String.fromCharCode((x >>> 8) % 32);
  }
  return s;
}

describe('sha256Hex', () => {
  it('matches node:crypto at every padding boundary, for non-ASCII text and for text longer than its scratch buffer', () => {
    const inputs = [''];
    for (let n = 1; n <= 200; n++) inputs.push('a'.repeat(n));
    for (let i = 0; i < 500; i++) inputs.push(mixed(i, i % 97));
    inputs.push(mixed(1, 2000), mixed(2, 5000), 'x'.repeat(100_000), 'é'.repeat(1365), 'é'.repeat(1366));
    for (const s of inputs) expect(sha256Hex(s), JSON.stringify(s.slice(0, 40))).toBe(reference(s));
  });

  it('is stable across calls (its scratch space is reset)', () => {
    const long = mixed(9, 300);
    expect(sha256Hex(long)).toBe(reference(long));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('fingerprint', () => {
  it('is the rule id and the first 24 hex digits of the secret\'s SHA-256, plus the path when given', () => {
    expect(fingerprint('github-pat', 'abc')).toBe('github-pat:ba7816bf8f01cfea414140de');
    expect(fingerprint('r', 'abc', 'a/b.txt')).toBe('r:ba7816bf8f01cfea414140de:a/b.txt');
  });

  it('is the same for a multi-line secret with CRLF or LF line endings (a file converted), not for a lone CR', () => {
    expect(fingerprint('private-key', 'BEGIN\r\nbody\r\nEND')).toBe(fingerprint('private-key', 'BEGIN\nbody\nEND'));
    expect(fingerprint('r', 'a\rb')).not.toBe(fingerprint('r', 'a\nb'));
  });
});
