/** How verification behaves: retries, rate limits, timeouts, the cache, offline verdicts, URL policy. */
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { confirmFindings } from '../../src/verify/confirm.js';
import { retryDelay } from '../../src/verify/http.js';
import { startFakeProviders, type FakeProviders } from '../helpers/fake-providers.js';
import { gen } from '../helpers/tokens.js';

let fake: FakeProviders;
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());

/** A finding as the engine makes it, for a given rule and secret. */
function finding(ruleId: string, verify: string, secret: string, file = 'app.env', extra: Partial<Finding> = {}): Finding {
  return {
    ruleId, description: ruleId, file, line: 1, column: 1, endLine: 1, endColumn: secret.length + 1, secret, match: secret,
    lineText: `TOKEN=${secret}`, entropy: 4, confidence: 'high', reasons: [], fingerprint: `${ruleId}:${secret.slice(-8)}:${file}`, tags: [], verify, ...extra,
  };
}

/** Records the waits the runner asks for instead of waiting. */
function sleeps() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

const base = (ids: string[]) => ({ providerUrls: fake.urlSpecs(ids), allowPrivate: true });

describe('the HTTP runner', () => {
  it('retries a 429, waiting as long as Retry-After says, then reads the answer', async () => {
    const tok = gen('{{github:ghp}}');
    fake.live('github', tok, { login: 'patient' });
    fake.script('github', [{ status: 429, headers: { 'retry-after': '7' }, body: '{"message":"slow down"}' }]);
    const s = sleeps();
    const r = await confirmFindings([finding('github-pat', 'github', tok)], { ...base(['github']), sleep: s.sleep });
    expect(s.waits).toEqual([7000]);
    expect(Object.values(r.results)[0]).toMatchObject({ status: 'live', identity: 'patient (User)' });
    expect(r.stats.requests).toBe(2);
  });

  it('waits for GitHub\'s rate-limit reset (403, x-ratelimit-remaining 0) and retries 500s with backoff', async () => {
    const tok = gen('{{github:gho}}');
    fake.live('github', tok);
    const now = 1_800_000_000_000;
    fake.script('github', [
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 12) }, body: '{"message":"API rate limit exceeded"}' },
      { status: 500 },
    ]);
    const s = sleeps();
    const r = await confirmFindings([finding('github-oauth', 'github', tok)], { ...base(['github']), sleep: s.sleep, now: () => now });
    expect(s.waits).toEqual([12_000, 1000]);
    expect(Object.values(r.results)[0]!.status).toBe('live');
  });

  it('gives up as unknown after persistent 5xx, and when the provider asks to wait too long', async () => {
    const a = gen('{{github:ghp}}');
    const b = gen('npm_{{base62:36}}');
    fake.live('github', a);
    fake.live('npm', b);
    fake.script('github', [{ status: 502 }, { status: 503 }, { status: 500 }]);
    fake.script('npm', [{ status: 429, headers: { 'retry-after': '3600' } }]);
    const s = sleeps();
    const r = await confirmFindings([finding('github-pat', 'github', a), finding('npm-access-token', 'npm', b)], { ...base(['github', 'npm']), sleep: s.sleep });
    const [gh, npm] = Object.values(r.results);
    expect(gh).toMatchObject({ status: 'unknown', reason: 'provider error (HTTP 500) after 3 attempts' });
    expect(npm!.status).toBe('unknown');
    expect(npm!.reason).toMatch(/rate limited \(HTTP 429\): the provider asks to wait 60 min; try again later/);
    expect(s.waits).toEqual([500, 1000]);
  });

  it('does not follow a redirect: the secret is never carried to another host', async () => {
    const tok = gen('{{github:ghp}}');
    fake.live('github', tok);
    fake.script('github', [{ status: 302, headers: { location: `${fake.base('evil')}/collect` } }]);
    const before = fake.requests.length;
    const r = await confirmFindings([finding('github-pat', 'github', tok)], base(['github']));
    expect(Object.values(r.results)[0]).toMatchObject({ status: 'unknown', reason: 'unexpected answer (HTTP 302)' });
    expect(fake.requests.slice(before).map((q) => q.provider)).toEqual(['github']);
  });

  it('reads Retry-After dates and IETF ratelimit-reset seconds', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryDelay(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), 0, now)).toBe(5000);
    expect(retryDelay(new Headers({ 'ratelimit-remaining': '0', 'ratelimit-reset': '9' }), 0, now)).toBe(9000);
    expect(retryDelay(new Headers(), 2, now)).toBe(2000);
  });

  it('a provider slower than the timeout is unknown, and the reason never holds the token (Telegram puts it in the URL)', async () => {
    const tok = `${gen('{{digits:10}}')}:A${gen('{{base64url:34}}')}`;
    fake.live('telegram', tok);
    fake.delay('telegram', 5_000);
    const r = await confirmFindings([finding('telegram-bot-api-token', 'telegram', tok)], { ...base(['telegram']), timeoutMs: 200 });
    fake.delay('telegram', 0);
    const v = Object.values(r.results)[0]!;
    expect(v).toMatchObject({ status: 'unknown', reason: 'timed out after 1 s' });
    expect(JSON.stringify(r.results)).not.toContain(tok.split(':')[1]);
  });

  it('an unreachable provider is unknown with only the error code, never the URL', async () => {
    const tok = `${gen('{{digits:10}}')}:A${gen('{{base64url:34}}')}`;
    const s = sleeps();
    // A port that was just free: nothing listens there.
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    await new Promise((r) => server.close(r));
    const r = await confirmFindings([finding('telegram-bot-api-token', 'telegram', tok)], {
      providerUrls: { telegram: `http://127.0.0.1:${port}` }, allowPrivate: true, sleep: s.sleep,
    });
    const v = Object.values(r.results)[0]!;
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('network error (ECONNREFUSED) after 3 attempts');
    expect(s.waits).toEqual([500, 1000]);
  });

  it('checks a secret found in many places once, and keeps to the concurrency bound', async () => {
    const toks = Array.from({ length: 8 }, () => gen('{{github:ghp}}'));
    for (const t of toks) fake.live('github', t);
    const repeated = Array.from({ length: 50 }, (_, i) => finding('github-pat', 'github', toks[0]!, `commit-${i}.txt`));
    let inFlight = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      peak = Math.max(peak, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    fake.delay('github', 30);
    const r = await confirmFindings([...repeated, ...toks.slice(1).map((t) => finding('github-pat', 'github', t))], { ...base(['github']), fetch: counting, concurrency: 2 });
    fake.delay('github', 0);
    expect(r.stats).toMatchObject({ checked: 8, live: 8, requests: 8 });
    expect(peak).toBe(2);
    expect(Object.keys(r.results)).toHaveLength(57);
  });
});

describe('offline verdicts: no request is sent', () => {
  const jwtWith = (payload: object) =>
    `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${gen('{{base64url:43}}')}`;

  it('a JWT whose exp is past is invalid; one without exp is unknown', async () => {
    const before = fake.requests.length;
    const expired = jwtWith({ sub: 'svc', exp: 1_500_000_000 });
    const open = jwtWith({ sub: 'svc' });
    const r = await confirmFindings([finding('jwt', 'jwt', expired, 'a'), finding('jwt', 'jwt', open, 'b')]);
    expect(r.findings[0]!.verification).toMatchObject({ status: 'invalid', reason: 'expired at 2017-07-14T02:40:00.000Z' });
    expect(r.findings[1]!.verification!.status).toBe('unknown');
    expect(r.stats.requests).toBe(0);
    expect(fake.requests.length).toBe(before);
  });

  it('never calls AWS with a canary-token key; DigitalOcean refresh tokens and Vault without an address stay unknown', async () => {
    // 052310077262 is a canarytokens.org account: encode it into a key id as AWS does.
    const account = 52310077262n;
    let bits = (account << 7n) << 32n;
    bits |= 0x12345n;
    const body = Array.from({ length: 16 }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[Number((bits >> BigInt(75 - i * 5)) & 31n)]).join('');
    const canary = `AKIA${body}`;
    const before = fake.requests.length;
    const r = await confirmFindings([
      finding('aws-access-token', 'aws', canary, 'k'),
      finding('aws-secret-access-key', 'aws', gen('{{base62:40}}'), 'k', { line: 2 }),
      finding('digitalocean-refresh-token', 'digitalocean', `dor_v1_${gen('{{hex:64}}')}`),
      finding('vault-service-token', 'vault', `hvs.${gen('{{base64url:95}}')}`),
    ], base(['aws', 'digitalocean']));
    expect(r.findings[0]!.verification!.reason).toMatch(/canary token \(AWS account 052310077262\): not called/);
    expect(r.findings[1]!.verification!.reason).toMatch(/canary token/);
    expect(r.findings[2]!.verification!.reason).toMatch(/redeeming one would rotate it/);
    expect(r.findings[3]!.verification!.reason).toMatch(/pass --provider-url vault=https:\/\/YOUR-HOST/);
    expect(r.stats.requests).toBe(0);
    expect(fake.requests.length).toBe(before);
  });

  it('multi-part credentials without their other part are unknown, saying what is missing', async () => {
    const r = await confirmFindings([
      finding('twilio-auth-token', 'twilio', gen('{{hex:32}}')),
      finding('shopify-access-token', 'shopify', `shpat_${gen('{{hex:32}}')}`, 'b'),
    ], base(['twilio', 'shopify']));
    expect(r.findings[0]!.verification!.reason).toMatch(/needs its account SID/);
    expect(r.findings[1]!.verification!.reason).toMatch(/needs its shop/);
  });
});

describe('where secrets may be sent', () => {
  const f = () => [finding('github-pat', 'github', gen('{{github:ghp}}'))];
  it.each([
    ['github=http://127.0.0.1:8080', /secrets are only sent over https/],
    ['github=https://127.0.0.1', /127\.0\.0\.1 is a private, loopback or link-local address/],
    ['github=https://169.254.169.254/latest', /169\.254\.169\.254 is a private/],
    ['github=https://[::1]:8443', /::1 is a private/],
    ['github=https://localhost', /localhost is a private/],
    ['gitlab=https://10.1.2.3', /10\.1\.2\.3 is a private/],
    ['nope=https://example.test', /unknown provider "nope"/],
    ['github', /expected PROVIDER=URL/],
  ])('refuses %s', async (spec, message) => {
    await expect(confirmFindings(f(), { providerUrls: [spec] })).rejects.toThrow(message);
  });

  it('refuses a name that resolves to a private address, accepts one that does not', async () => {
    await expect(confirmFindings(f(), { providerUrls: ['gitlab=https://gitlab.internal.test'], lookup: async () => ['10.0.0.5'] }))
      .rejects.toThrow(/resolves to 10\.0\.0\.5/);
    await expect(confirmFindings([], { providerUrls: ['gitlab=https://gitlab.example.test'], lookup: async () => ['203.0.113.10'] })).resolves.toBeDefined();
  });
});
