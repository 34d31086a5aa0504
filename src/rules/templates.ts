/**
 * Example templates: rule examples are written as `KEY=«{{github:ghp}}»` and expanded to fresh random
 * values each time, so no live-looking secret is ever written down. `«…»` marks the expected secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { base62, crc32, makeChecksummedToken } from '../engine/checksum.js';

const SETS: Record<string, string> = {
  base62: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  digits: '0123456789',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
};

export class TemplateError extends Error {}

const GENERATORS = new Set([
  ...Object.keys(SETS), 'chars', 'uuid', 'github', 'github-badcrc', 'aws-key-id', 'jwt', 'b64', 'b64json',
]);

export function randomString(set: string, n: number): string {
  const bytes = randomBytes(n * 2);
  let out = '';
  for (let i = 0; i < n; i++) out += set[((bytes[2 * i]! << 8) | bytes[2 * i + 1]!) % set.length];
  return out;
}

/** Expands a regex-like class body (`a-z0-9_-`) into its characters. */
function classChars(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\' && i + 1 < body.length) c = body[++i]!;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let hi = body[i + 2]!;
      if (hi === '\\') hi = body[i + 3] ?? hi;
      for (let x = c.charCodeAt(0); x <= hi.charCodeAt(0); x++) out += String.fromCharCode(x);
      i += hi === body[i + 2] ? 2 : 3;
    } else out += c;
  }
  return out;
}

function awsKeyId(prefix: string): string {
  const account = BigInt(100000000000 + Math.floor(Math.random() * 899999999999));
  const rand7 = BigInt(randomBytes(1)[0]! & 0x7f);
  const first48 = (account << 7n) | rand7;
  const low32 = BigInt(randomBytes(4).readUInt32BE(0));
  let bits = (first48 << 32n) | low32;
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = SETS.base32![Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return prefix + out;
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

function jwt(): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({ sub: randomString(SETS.digits!, 10), name: randomString(SETS.lower!, 8), iat: 1700000000 + Math.floor(Math.random() * 1e7) }),
  );
  return `${header}.${payload}.${randomString(SETS.base64url!, 43)}`;
}

function generate(name: string, arg: string | undefined): string {
  const count = (a: string | undefined): number => {
    const n = Number(a);
    if (!Number.isInteger(n) || n < 0 || n > 100_000) throw new TemplateError(`{{${name}:${a}}} needs a length`);
    return n;
  };
  const set = SETS[name];
  if (set) return randomString(set, count(arg));
  switch (name) {
    case 'chars': {
      const cut = arg?.lastIndexOf(':') ?? -1;
      if (cut < 0) throw new TemplateError('{{chars:SET:N}} needs a set and a length');
      return randomString(classChars(arg!.slice(0, cut)), count(arg!.slice(cut + 1)));
    }
    case 'uuid':
      return randomUUID();
    case 'github':
      return makeChecksummedToken(arg ?? 'ghp', randomString(SETS.base62!, 30));
    case 'github-badcrc': {
      const body = randomString(SETS.base62!, 30);
      const good = base62(crc32(body), 6);
      let bad = good;
      while (bad === good) bad = randomString(SETS.base62!, 6);
      return `${arg ?? 'ghp'}_${body}${bad}`;
    }
    case 'aws-key-id':
      return awsKeyId(arg ?? 'AKIA');
    case 'jwt':
      return jwt();
    case 'b64':
      return Buffer.from(arg ?? '', 'utf8').toString('base64');
    case 'b64json':
      return Buffer.from(arg ?? '', 'utf8').toString('base64').replace(/=+$/, '');
    default:
      throw new TemplateError(`unknown template {{${name}}}`);
  }
}

/** Expands every `{{…}}` in `s`, innermost first. */
export function expandTemplates(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('{{', i);
    if (open === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, open);
    // Find the matching `}}`, allowing nested templates and JSON braces (`{{b64json:{"a":"b"}}}`) inside.
    let depth = 1;
    let braces = 0; // unclosed single `{` in the argument
    let j = open + 2;
    while (j < s.length && depth > 0) {
      if (s.startsWith('{{', j)) {
        depth++;
        j += 2;
      } else if (s.startsWith('}}', j) && !(depth === 1 && braces > 0)) {
        depth--;
        j += 2;
      } else {
        if (depth === 1 && s[j] === '{') braces++;
        if (depth === 1 && s[j] === '}') braces--;
        j++;
      }
    }
    if (depth !== 0) throw new TemplateError(`unclosed template in "${s}"`);
    const inner = s.slice(open + 2, j - 2);
    const colon = inner.indexOf(':');
    const name = colon === -1 ? inner : inner.slice(0, colon);
    if (!GENERATORS.has(name)) {
      // Not ours: Helm, Jinja, Mustache and Go templates are realistic text in negatives; keep them.
      out += s.slice(open, open + 2);
      i = open + 2;
      continue;
    }
    const arg = colon === -1 ? undefined : expandTemplates(inner.slice(colon + 1));
    out += generate(name, arg);
    i = j;
  }
  return out;
}

export interface ExpandedExample {
  text: string;
  /** The expected secret, or the whole text when the example has no `«…»` markers. */
  secret: string;
  start: number;
}

export function expandExample(example: string): ExpandedExample {
  const open = example.indexOf('«');
  const close = example.indexOf('»', open + 1);
  if (open === -1 || close === -1) {
    const text = expandTemplates(example);
    return { text, secret: text, start: 0 };
  }
  const before = expandTemplates(example.slice(0, open));
  const secret = expandTemplates(example.slice(open + 1, close));
  const after = expandTemplates(example.slice(close + 1));
  return { text: before + secret + after, secret, start: before.length };
}
