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

// Bounded: a longer run is split, which still decodes every 4-aligned piece of it.
const BASE64_RUN = /[A-Za-z0-9+/]{16,4096}={0,2}/g;
const MIN_DECODED = 8;

function printable(s: string): boolean {
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / s.length >= 0.95;
}

export function findEncodedSegments(text: string): EncodedSegment[] {
  const out: EncodedSegment[] = [];
  BASE64_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BASE64_RUN.exec(text)) !== null) {
    const run = m[0];
    // Plain words and paths are not base64 worth decoding: require a digit or mixed case.
    if (!/[0-9+/]/.test(run) || !/[a-z]/.test(run) || !/[A-Z]/.test(run)) continue;
    const usable = run.endsWith('=') ? run : run.slice(0, run.length - (run.length % 4));
    const decoded = Buffer.from(usable, 'base64').toString('latin1');
    if (decoded.length < MIN_DECODED || !printable(decoded)) continue;
    out.push({ start: m.index, end: m.index + run.length, encoding: 'base64', decoded });
  }
  return out;
}
