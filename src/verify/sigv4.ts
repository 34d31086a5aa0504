/**
 * AWS Signature Version 4 with node:crypto — just enough for STS GetCallerIdentity, which is the only
 * AWS call leakward makes (read-only, needs no permission, answers for any valid key).
 */
import { createHash, createHmac } from 'node:crypto';

export interface SigV4Input {
  method: string;
  url: URL;
  /** Headers to sign besides host and x-amz-date (names any case). */
  headers: Record<string, string>;
  body: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  region: string;
  service: string;
  date: Date;
}

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();
/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
}

export function canonicalRequest(method: string, url: URL, headers: Record<string, string>, body: string): { text: string; signedHeaders: string } {
  const query = [...url.searchParams]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const names = Object.keys(headers).map((n) => n.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((n) => `${n}:${lower[n]!.trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  return { text: [method, url.pathname || '/', query, canonicalHeaders, signedHeaders, sha256(body)].join('\n'), signedHeaders };
}

/** The headers to add to the request: `authorization`, `x-amz-date` (and the session token, if any). */
export function signV4(input: SigV4Input): Record<string, string> {
  const amzDate = input.date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const extra: Record<string, string> = { 'x-amz-date': amzDate };
  if (input.sessionToken) extra['x-amz-security-token'] = input.sessionToken;
  const toSign = { ...input.headers, host: input.url.host, ...extra };
  const { text, signedHeaders } = canonicalRequest(input.method, input.url, toSign, input.body);
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(text)].join('\n');
  const signature = createHmac('sha256', signingKey(input.secretAccessKey, day, input.region, input.service)).update(stringToSign).digest('hex');
  return {
    ...extra,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
