/**
 * Finds encoded text worth decoding (a Kubernetes Secret's base64 values, a token in a basic-auth
 * header) and decodes it. Only decodings that read as text are kept, so random identifiers cost little.
 */
export interface EncodedSegment {
  start: number;
  end: number;
  encoding: 'base64';
  decoded: string;
}

const MIN_RUN = 16;
/** Longer runs are cut into pieces of this size (a multiple of 4, so each piece decodes on its own). */
const MAX_RUN = 4096;
const MIN_DECODED = 8;

// Character classes, looked up once per character: 1 upper, 2 lower, 4 digit or + /, 8 `=`. One entry
// per UTF-16 code unit (64 KB), so the loop needs no range check.
const CLASS = new Uint8Array(65536);
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 2;
for (let c = 48; c <= 57; c++) CLASS[c] = 4;
CLASS[43] = 4;
CLASS[47] = 4;
CLASS[61] = 8;
/** `.`, `-`, `_`: characters that join a run to a larger token (a JWT segment, a Discord token). */
const JOINER = new Uint8Array(128);
for (const c of [0x2e, 0x2d, 0x5f]) JOINER[c] = 1;

const B64 = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, i) => (B64[ch.charCodeAt(0)] = i));

const isText = (b: number): boolean => (b >= 32 && b < 127) || b === 9 || b === 10 || b === 13;

/** Decodes the first 8 characters (6 bytes) of a run and says whether they are all text. */
function printablePrefix(text: string, start: number): boolean {
  for (let q = 0; q < 2; q++) {
    let v = 0;
    for (let i = 0; i < 4; i++) v = (v << 6) | B64[text.charCodeAt(start + 4 * q + i)]!;
    if (!isText((v >> 16) & 255) || !isText((v >> 8) & 255) || !isText(v & 255)) return false;
  }
  return true;
}

function printable(s: string): boolean {
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / s.length >= 0.95;
}

function consider(text: string, start: number, end: number, seen: number, out: EncodedSegment[]): void {
  // Plain words and paths are not base64 worth decoding: require mixed case, and a digit, a symbol,
  // padding or a whole number of 4-character groups.
  const len = end - start;
  if ((seen & 3) !== 3) return;
  if ((seen & 12) === 0 && len % 4 !== 0) return;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if ((before < 128 && JOINER[before] === 1) || (after < 128 && JOINER[after] === 1)) return;
  // Most runs are not encoded text (identifiers, hashes, source maps): their first 6 bytes say so,
  // decoded here without allocating anything.
  if (!printablePrefix(text, start)) return;
  const run = text.slice(start, end);
  if (len > 96 && !printable(Buffer.from(run.slice(0, 64), 'base64').toString('latin1'))) return;
  const usable = (seen & 8) !== 0 ? run : run.slice(0, len - (len % 4));
  const decoded = Buffer.from(usable, 'base64').toString('latin1');
  if (decoded.length < MIN_DECODED || !printable(decoded)) return;
  out.push({ start, end, encoding: 'base64', decoded });
}

export function findEncodedSegments(text: string): EncodedSegment[] {
  const out: EncodedSegment[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = CLASS[text.charCodeAt(i)]!;
    if (k === 0 || k === 8) {
      i++;
      continue;
    }
    // A run of base64 characters: remember which kinds it holds.
    const start = i;
    let seen = 0;
    do {
      seen |= k;
      if (++i === n) break;
      k = CLASS[text.charCodeAt(i)]!;
    } while (k !== 0 && k !== 8 && i - start < MAX_RUN);
    if (i - start < MIN_RUN) continue;
    let end = i;
    // Up to two padding characters belong to the run.
    while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++;
    if (end > i) seen |= 8;
    consider(text, start, end, seen, out);
    i = end;
  }
  return out;
}
