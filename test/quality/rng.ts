/**
 * Seeded randomness for the quality corpus. Everything the corpus generates comes from here, so a seed
 * reproduces a run exactly. Nothing here is a secret: values exist only in memory at test time.
 *
 * The CRC32/base62 code is written independently of src/engine/checksum.ts on purpose, so the corpus
 * cross-checks the engine's checksum instead of sharing its bugs.
 */

export const SET = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  upperDigits: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowerDigits: 'abcdefghijklmnopqrstuvwxyz0123456789',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  /** Characters people put in passwords that survive every context here unquoted-safe enough. */
  passwordish: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!@%^*+=~',
  urlSafe: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~',
} as const;

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = (seed * 0x9e3779b1) >>> 0 || 0x1234567;
  }

  /** mulberry32: uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  str(set: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += set[Math.floor(this.next() * set.length)]!;
    return out;
  }

  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(this.next() * 256);
    return b;
  }

  uuid(): string {
    const h = this.bytes(16);
    h[6] = (h[6]! & 0x0f) | 0x40;
    h[8] = (h[8]! & 0x3f) | 0x80;
    const x = h.toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  }

  /** A decimal number with `n` digits, no leading zero. */
  digits(n: number): string {
    return String(this.int(1, 9)) + this.str(SET.digits, n - 1);
  }
}

// --- GitHub / npm checksummed tokens ------------------------------------------------------------

const CRC_TABLE: number[] = [];
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (c & 1 ? 0xedb88320 : 0);
  CRC_TABLE.push(c >>> 0);
}

export function crc32(s: string): number {
  let crc = ~0 >>> 0;
  for (const ch of Buffer.from(s, 'latin1')) crc = (CRC_TABLE[(crc ^ ch) & 0xff]! ^ (crc >>> 8)) >>> 0;
  return (~crc >>> 0) >>> 0;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function toBase62(n: number, width: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = B62[v % 62]! + s;
  return s.padStart(width, '0');
}

/** `prefix_` + 30 random base62 + 6-char base62 CRC32 (GitHub blog 2021-04-05, npm blog 2021-09-23). */
export function checksummed(r: Rng, prefix: string): string {
  const body = r.str(SET.alnum, 30);
  return `${prefix}_${body}${toBase62(crc32(body), 6)}`;
}

/** The same shape with a checksum that does not match. */
export function badChecksum(r: Rng, prefix: string): string {
  const body = r.str(SET.alnum, 30);
  const good = toBase62(crc32(body), 6);
  let bad = good;
  while (bad === good) bad = r.str(SET.alnum, 6);
  return `${prefix}_${body}${bad}`;
}

// --- encodings ----------------------------------------------------------------------------------

export const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
export const b64url = (s: string | Buffer): string => Buffer.from(s).toString('base64url');
export const b64NoPad = (s: string | Buffer): string => b64(s).replace(/=+$/, '');

/** Wraps `s` at `width` characters per line. */
export function wrap(s: string, width = 64): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out;
}

/** First 6 characters then an ellipsis: how secrets appear in reports. */
export function redact(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= 6 ? flat : `${flat.slice(0, 6)}…(${s.length})`;
}
