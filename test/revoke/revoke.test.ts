/** Revocation: only secrets verified live in the same run; dry run by default; `revoked` only when confirmed dead. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChain } from '../../src/audit/chain.js';
import type { Finding } from '../../src/types.js';
import { confirmFindings } from '../../src/verify/confirm.js';
import { githubRevoker } from '../../src/revoke/providers.js';
import { startFakeProviders, type FakeProviders } from '../helpers/fake-providers.js';
import { tempDir } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

let fake: FakeProviders;
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());

let n = 0;
function finding(ruleId: string, provider: string, secret: string, extra: Partial<Finding> = {}): Finding {
  n++;
  return {
    ruleId, description: ruleId, file: `f${n}.env`, line: 1, column: 1, endLine: 1, endColumn: 2, secret, match: secret, lineText: secret,
    entropy: 4, confidence: 'high', reasons: [], fingerprint: `${ruleId}:fp${n}`, tags: [], verify: provider, revoke: provider, ...extra,
  };
}

const noWait = { sleep: async () => {} };

/** One live token for each provider with a self-revocation API. */
function revocable() {
  const t = {
    ghp: [gen('{{github:ghp}}'), gen('{{github:ghp}}'), gen('{{github:gho}}')],
    ghs: gen('{{github:ghs}}'),
    slack: `xoxb-${gen('{{digits:12}}-{{digits:13}}-{{base62:24}}')}`,
    gitlab: `glpat-${gen('{{base62:20}}')}`,
    npm: gen('{{github:npm}}'),
    vault: `hvs.${gen('{{base64url:95}}')}`,
    buildkite: `bkua_${gen('{{base62:40}}')}`,
    doppler: `dp.pt.${gen('{{base62:43}}')}`,
    digitalocean: `dop_v1_${gen('{{hex:64}}')}`,
  };
  for (const s of t.ghp) fake.live('github', s);
  fake.live('github', t.ghs);
  for (const p of ['slack', 'gitlab', 'npm', 'vault', 'buildkite', 'doppler', 'digitalocean'] as const) fake.live(p, t[p]);
  const findings = [
    ...t.ghp.map((s) => finding('github-pat', 'github', s)),
    finding('github-app-token', 'github', t.ghs),
    finding('slack-bot-token', 'slack', t.slack),
    finding('gitlab-pat', 'gitlab', t.gitlab),
    finding('npm-access-token', 'npm', t.npm),
    finding('vault-service-token', 'vault', t.vault),
    finding('buildkite-api-token', 'buildkite', t.buildkite),
    finding('doppler-api-token', 'doppler', t.doppler),
    finding('digitalocean-pat', 'digitalocean', t.digitalocean),
  ];
  return { t, findings, all: [...t.ghp, t.ghs, t.slack, t.gitlab, t.npm, t.vault, t.buildkite, t.doppler, t.digitalocean] };
}

const opts = () => ({ providerUrls: fake.urlSpecs(), allowPrivate: true });

describe('revocation', () => {
  it('GitHub: at most 1,000 credentials a request; installation tokens revoke themselves', () => {
    const creds = Array.from({ length: 2500 }, (_, i) => ({ secret: `ghp_${String(i).padStart(36, '0')}`, ruleId: 'github-pat', partner: {} }));
    const ghs = { secret: `ghs_${'1'.repeat(36)}`, ruleId: 'github-app-token', partner: {} };
    const plan = githubRevoker.plan([...creds, ghs]);
    expect(plan.map((p) => [p.request.method, p.request.path, p.creds.length])).toEqual([
      ['DELETE', '/installation/token', 1], ['POST', '/credentials/revoke', 1000], ['POST', '/credentials/revoke', 1000], ['POST', '/credentials/revoke', 500],
    ]);
    expect(JSON.parse(plan[3]!.request.body!).credentials).toEqual(creds.slice(2000).map((c) => c.secret));
    expect(plan[1]!.request.headers!.authorization).toBeUndefined();
  });

  it('is a dry run unless told otherwise: says what it would do, sends nothing that revokes', async () => {
    const { findings, all } = revocable();
    const before = fake.requests.length;
    const r = await confirmFindings(findings, { ...opts(), revoke: true });
    for (const f of r.findings) {
      expect(f.verification).toMatchObject({ status: 'live', revocation: { action: 'dry-run' } });
      expect(f.verification!.revocation!.detail).toMatch(/run again with --yes/);
    }
    expect(r.findings[0]!.verification!.revocation!.detail).toContain('POST 127.0.0.1');
    expect(fake.requests.slice(before).every((q) => q.method === 'GET' || q.path === '/api/auth.test')).toBe(true);
    for (const s of all) expect(JSON.stringify(r.results)).not.toContain(s);
  });

  it('--yes revokes through each provider\'s API, verifies again, and reports revoked only when the provider says dead', async () => {
    const { t, findings, all } = revocable();
    const before = fake.requests.length;
    const r = await confirmFindings(findings, { ...opts(), revoke: true, dryRun: false, ...noWait });
    for (const f of r.findings) {
      expect(f.verification, f.ruleId).toMatchObject({ status: 'revoked', revocation: { action: 'revoked' } });
    }
    expect(r.stats).toMatchObject({ revoked: all.length, live: 0 });
    const sent = fake.requests.slice(before);
    // GitHub: one batched request for every non-installation token; ghs_ revokes itself.
    const batch = sent.filter((q) => q.provider === 'github' && q.path === '/credentials/revoke');
    expect(batch).toHaveLength(1);
    expect(JSON.parse(batch[0]!.body).credentials.sort()).toEqual([...t.ghp].sort());
    expect(batch[0]!.headers.authorization).toBeUndefined();
    expect(sent.some((q) => q.provider === 'github' && q.method === 'DELETE' && q.path === '/installation/token')).toBe(true);
    for (const [p, path] of [['slack', '/api/auth.revoke'], ['gitlab', '/api/v4/personal_access_tokens/self'], ['npm', '/-/user/token/<token>'],
      ['vault', '/v1/auth/token/revoke-self'], ['buildkite', '/v2/access-token'], ['doppler', '/v3/auth/revoke'], ['digitalocean', '/v1/oauth/revoke']] as const) {
      expect(sent.some((q) => q.provider === p && q.method !== 'GET' && q.path === path), p).toBe(true);
    }
    for (const p of ['slack', 'gitlab', 'npm', 'vault', 'buildkite', 'doppler', 'digitalocean'] as const) expect(fake.isLive(p, t[p])).toBe(false);
  });

  it('never revokes what is not live in this run; gives the rotation page where no API can revoke', async () => {
    const dead = gen('{{github:ghp}}');
    const stripe = `sk_live_${gen('{{base62:24}}')}`;
    fake.live('stripe', stripe);
    const before = fake.requests.length;
    const r = await confirmFindings([
      finding('github-pat', 'github', dead),
      finding('stripe-access-token', 'stripe', stripe, { revoke: undefined, remediation: 'https://dashboard.stripe.com/apikeys' }),
    ], { ...opts(), revoke: true, dryRun: false, ...noWait });
    expect(r.findings[0]!.verification).toEqual({ status: 'invalid', provider: 'github', reason: 'the provider rejected it (HTTP 401)' });
    expect(r.findings[1]!.verification).toMatchObject({
      status: 'live', revocation: { action: 'manual', rotateAt: 'https://dashboard.stripe.com/apikeys' },
    });
    expect(fake.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('an accepted revocation of a token that still works is reported as failed, not revoked', async () => {
    const tok = `xoxb-${gen('{{digits:12}}-{{digits:13}}-{{base62:24}}')}`;
    fake.live('slack', tok);
    fake.script('slack', [{ path: '/api/auth.revoke', status: 200, body: '{"ok":true,"revoked":true}' }]);
    const r = await confirmFindings([finding('slack-bot-token', 'slack', tok)], { ...opts(), revoke: true, dryRun: false, ...noWait });
    expect(r.findings[0]!.verification).toMatchObject({ status: 'live', revocation: { action: 'failed' } });
    expect(r.findings[0]!.verification!.revocation!.detail).toMatch(/does not yet confirm the secret is dead/);
  });

  it('a refused revocation is reported with the provider\'s answer', async () => {
    const tok = `glpat-${gen('{{base62:20}}')}`;
    fake.live('gitlab', tok);
    fake.script('gitlab', [{ path: '/api/v4/personal_access_tokens/self', status: 200, body: '{"name":"x","active":true,"scopes":["api"],"user_id":1}' }, { status: 403, body: '{"message":"403 Forbidden"}' }]);
    const r = await confirmFindings([finding('gitlab-pat', 'gitlab', tok)], { ...opts(), revoke: true, dryRun: false, ...noWait });
    expect(r.findings[0]!.verification).toMatchObject({ status: 'live', revocation: { action: 'failed', detail: 'GitLab refused the revocation (HTTP 403)' } });
    expect(fake.isLive('gitlab', tok)).toBe(true);
  });

  it('writes every attempt to a hash-chained audit log: verify, revoke, verify again — fingerprints, never secrets', async () => {
    const dir = tempDir();
    const log = join(dir, 'audit.jsonl');
    const { findings, all } = revocable();
    const r = await confirmFindings(findings, { ...opts(), revoke: true, dryRun: false, auditLog: log, ...noWait });
    const text = readFileSync(log, 'utf8');
    const check = checkChain(text);
    expect(check).toMatchObject({ ok: true, records: r.audit!.records, lastHash: r.audit!.lastHash });
    const records = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const f of findings) {
      const mine = records.filter((x) => x.fingerprint === f.fingerprint || (x.also as string[] | undefined)?.includes(f.fingerprint));
      expect(mine.map((x) => x.action), f.ruleId).toEqual(['verify', 'revoke', 'reverify']);
      expect(mine.at(-1)).toMatchObject({ verdict: 'invalid', provider: f.verify, rule: f.ruleId });
    }
    expect(records[0]).toMatchObject({ seq: 1, outcome: 'HTTP 200', attempts: 1 });
    for (const k of ['time', 'rule', 'fingerprint', 'provider', 'action', 'outcome', 'verdict', 'prev', 'hash']) expect(records[0]).toHaveProperty(k);
    for (const s of all) expect(text).not.toContain(s);
    for (const s of all) expect(text).not.toContain(encodeURIComponent(s));
    // A second run continues the same chain.
    await confirmFindings([finding('github-pat', 'github', gen('{{github:ghp}}'))], { ...opts(), auditLog: log });
    expect(checkChain(readFileSync(log, 'utf8'))).toMatchObject({ ok: true, records: records.length + 1 });
  });
});
