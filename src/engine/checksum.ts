/**
 * Offline checksums. GitHub (`ghp_ gho_ ghu_ ghs_ ghr_`) and npm (`npm_`) tokens end in 6 base62
 * characters holding the CRC32 of the 30 random characters before them; a token whose checksum fails
 * was not issued by the provider (typo, truncation, or a made-up example).
 */
import type { ChecksumKind } from '../types.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as zlib) of the ASCII/Latin-1 code units of `s`. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  while (v > 0) {
    out = BASE62[v % 62]! + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0');
}

export interface ChecksumResult {
  valid: boolean;
  /** Said in the finding's reasons or in the suppression. */
  reason: string;
}

/** The body+checksum part of a `prefix_<30><6>` token, or undefined when it is not of that shape. */
function tokenBody(secret: string): string | undefined {
  const us = secret.indexOf('_');
  const body = secret.slice(us + 1);
  return us > 0 && body.length === 36 ? body : undefined;
}

export function verifyChecksum(kind: ChecksumKind, secret: string): ChecksumResult {
  switch (kind) {
    case 'github-crc32': {
      const body = tokenBody(secret);
      // Longer refresh tokens (ghr_ with 76 chars) have no published checksum: nothing to say.
      if (body === undefined) return { valid: true, reason: 'no checksum in this token length' };
      const expected = base62(crc32(body.slice(0, 30)), 6);
      return expected === body.slice(30)
        ? { valid: true, reason: 'CRC32 checksum valid' }
        : { valid: false, reason: 'CRC32 checksum does not match: not a token the provider issued' };
    }
  }
}

/** A `prefix_` token with a valid checksum, for test templates. */
export function makeChecksummedToken(prefix: string, random30: string): string {
  return `${prefix}_${random30}${base62(crc32(random30), 6)}`;
}
