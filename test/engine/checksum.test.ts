import { describe, expect, it } from 'vitest';
import { base62, crc32, makeChecksummedToken, verifyChecksum } from '../../src/engine/checksum.js';
import { gen } from '../helpers/tokens.js';

describe('CRC32 + base62 checksums (GitHub, npm)', () => {
  it('crc32 matches the IEEE/zlib reference values', () => {
    expect(crc32('')).toBe(0);
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });

  it('base62 encodes big-endian with 0-9A-Za-z and pads', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
    expect(base62(0xffffffff, 6)).toBe('4gfFC3');
  });

  it('accepts generated tokens and rejects one changed character', () => {
    for (const prefix of ['ghp', 'gho', 'ghu', 'ghs', 'ghr', 'npm']) {
      const t = gen(`{{github:${prefix}}}`);
      expect(verifyChecksum('github-crc32', t).valid).toBe(true);
      const flipped = t.slice(0, 10) + (t[10] === 'a' ? 'b' : 'a') + t.slice(11);
      expect(verifyChecksum('github-crc32', flipped).valid).toBe(false);
    }
  });

  it('rejects bad-checksum templates and says why', () => {
    const r = verifyChecksum('github-crc32', gen('{{github-badcrc:ghp}}'));
    expect(r.valid).toBe(false);
    expect(r.reason).toMatch(/checksum/);
  });

  it('builds the documented layout: prefix_ + 30 random + 6 checksum', () => {
    const t = makeChecksummedToken('ghp', 'a'.repeat(30));
    expect(t).toMatch(/^ghp_a{30}[0-9A-Za-z]{6}$/);
  });
});
