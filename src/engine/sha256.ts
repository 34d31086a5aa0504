/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex. For fingerprints: loading
 * node:crypto costs a process 3–4 ms (OpenSSL's start-up), a third of what the pre-commit hook may
 * spend on all its work, while a secret is a few dozen bytes. test/engine/fingerprint.test.ts checks it
 * against node:crypto.
 */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// Scratch space, reused: a fingerprint is computed for every candidate a scan finds.
const W = new Int32Array(64);
const H = new Int32Array(8);
const SCRATCH = Buffer.alloc(4096);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function sha256Hex(text: string): string {
  // UTF-8 bytes into the scratch buffer when they fit (no allocation), with room for the padding.
  let data: Uint8Array;
  let n: number;
  if (text.length * 3 + 72 <= SCRATCH.length) {
    n = SCRATCH.write(text, 0, 'utf8');
    data = SCRATCH;
  } else {
    const bytes = Buffer.from(text, 'utf8');
    n = bytes.length;
    data = new Uint8Array(n + 72);
    data.set(bytes);
  }
  // After the message: a 1 bit, zeros, and the length in bits (64-bit big-endian), to whole blocks.
  const total = (n + 8 + 64) & ~63;
  data.fill(0, n, total);
  data[n] = 0x80;
  const hi = Math.floor(n / 0x20000000);
  const lo = (n << 3) >>> 0;
  data[total - 8] = hi >>> 24; data[total - 7] = hi >>> 16; data[total - 6] = hi >>> 8; data[total - 5] = hi;
  data[total - 4] = lo >>> 24; data[total - 3] = lo >>> 16; data[total - 2] = lo >>> 8; data[total - 1] = lo;
  H[0] = 0x6a09e667; H[1] = 0xbb67ae85 | 0; H[2] = 0x3c6ef372; H[3] = 0xa54ff53a | 0;
  H[4] = 0x510e527f; H[5] = 0x9b05688c | 0; H[6] = 0x1f83d9ab; H[7] = 0x5be0cd19;
  for (let off = 0; off < total; off += 64) block(data, off);
  let hex = '';
  for (let i = 0; i < 8; i++) {
    const x = H[i]!;
    hex += HEX[(x >>> 24) & 255]! + HEX[(x >>> 16) & 255]! + HEX[(x >>> 8) & 255]! + HEX[x & 255]!;
  }
  return hex;
}

function block(b: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    W[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15]!;
    const y = W[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = H[0]!, b0 = H[1]!, c = H[2]!, d = H[3]!, e = H[4]!, f = H[5]!, g = H[6]!, h = H[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b0) ^ (a & c) ^ (b0 & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b0;
    b0 = a;
    a = (t1 + t2) | 0;
  }
  H[0] = (H[0]! + a) | 0; H[1] = (H[1]! + b0) | 0; H[2] = (H[2]! + c) | 0; H[3] = (H[3]! + d) | 0;
  H[4] = (H[4]! + e) | 0; H[5] = (H[5]! + f) | 0; H[6] = (H[6]! + g) | 0; H[7] = (H[7]! + h) | 0;
}
