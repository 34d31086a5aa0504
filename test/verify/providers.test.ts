/**
 * One table over every provider: a live token (registered with the loopback fake) comes back `live`
 * with its identity; a fresh token of the same format comes back `invalid`. The findings come from a
 * real scan of files built from the rules' own example templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRulesDir, builtinRulesDir } from '../../src/rules/load.js';
import { scan } from '../../src/scan.js';
import type { Finding } from '../../src/types.js';
import { confirmFindings } from '../../src/verify/confirm.js';
import { VERIFIERS } from '../../src/verify/registry.js';
import { REVOKERS } from '../../src/revoke/providers.js';
import { startFakeProviders, type FakeProviders } from '../helpers/fake-providers.js';
import { tempDir, writeTree } from '../helpers/fs.js';
import { expandExample, gen } from '../helpers/tokens.js';

interface Case {
  verifier: string;
  rule: string;
  /** Template of the file; default: the rule's first example. */
  text?: string;
  /** What the identity (or reason) must contain. */
  expect: string;
  /** Registers the live finding(s) with the fake; default: the secret itself. */
  register?: (fake: FakeProviders, f: Finding, all: Finding[]) => void;
}

const CASES: Case[] = [
  { verifier: 'github', rule: 'github-pat', expect: 'octocat' },
  { verifier: 'gitlab', rule: 'gitlab-pat', expect: 'token "deploy"' },
  { verifier: 'npm', rule: 'npm-access-token', expect: 'npm-user' },
  { verifier: 'slack', rule: 'slack-bot-token', expect: 'deploy-bot' },
  { verifier: 'stripe', rule: 'stripe-access-token', expect: 'Acme Inc' },
  { verifier: 'openai', rule: 'openai-api-key', expect: 'org-acme' },
  { verifier: 'anthropic', rule: 'anthropic-api-key', expect: '2 models visible' },
  { verifier: 'google', rule: 'gcp-api-key', expect: 'the provider accepted it' },
  { verifier: 'huggingface', rule: 'huggingface-access-token', expect: 'hf-user' },
  { verifier: 'digitalocean', rule: 'digitalocean-pat', expect: 'ops@example.test' },
  { verifier: 'sendgrid', rule: 'sendgrid-api-token', expect: 'mail.send' },
  {
    verifier: 'twilio', rule: 'twilio-auth-token-basic', expect: 'Acme prod',
    register: (fake, f) => fake.live('twilio', f.secret, { user: /AC[0-9a-f]{32}/.exec(f.match)![0] }),
  },
  { verifier: 'mailgun', rule: 'mailgun-private-api-token', expect: 'mg.example.test' },
  { verifier: 'shopify', rule: 'shopify-access-token', text: 'SHOP_DOMAIN=acme-shop.myshopify.com\nSHOPIFY_TOKEN=shpat_{{hex:32}}\n', expect: 'acme-shop.myshopify.com' },
  { verifier: 'discord', rule: 'discord-bot-token', expect: 'deploy-bot' },
  { verifier: 'telegram', rule: 'telegram-bot-api-token', expect: '@deploy_bot' },
  { verifier: 'postman', rule: 'postman-api-token', expect: 'pm-user' },
  { verifier: 'doppler', rule: 'doppler-api-token', expect: 'in Acme' },
  { verifier: 'sentry', rule: 'sentry-user-token', expect: 'sentry-user' },
  { verifier: 'heroku', rule: 'heroku-api-key-v2', expect: 'dev@example.test' },
  { verifier: 'linear', rule: 'linear-api-key', expect: 'Lin User' },
  { verifier: 'notion', rule: 'notion-api-token', expect: 'Docs bot in workspace Acme' },
  { verifier: 'figma', rule: 'figma-pat', expect: 'designer' },
  { verifier: 'cloudflare', rule: 'cloudflare-user-api-token', expect: 'token tok-1' },
  { verifier: 'datadog', rule: 'datadog-api-key', expect: 'Datadog says valid' },
  {
    verifier: 'aws', rule: 'aws-access-token', text: 'AWS_ACCESS_KEY_ID={{aws-key-id:AKIA}}\nAWS_SECRET_ACCESS_KEY={{base62:40}}\n', expect: 'arn:aws:iam::123456789012:user/deploy',
    register: (fake, f, all) => fake.live('aws', f.secret, { secret: all.find((g) => g.file === f.file && g.ruleId === 'aws-secret-access-key')!.secret }),
  },
  { verifier: 'vault', rule: 'vault-service-token', expect: 'token-ci' },
  { verifier: 'buildkite', rule: 'buildkite-api-token', expect: 'CI' },
];

let fake: FakeProviders;
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());

describe('verification against every provider (loopback fake)', () => {
  it('covers every network verifier', () => {
    const networked = [...VERIFIERS.keys()].filter((id) => id !== 'jwt');
    expect(networked.length).toBeGreaterThanOrEqual(25);
    expect(CASES.map((c) => c.verifier).sort()).toEqual(networked.sort());
  });

  it('every rule names a verifier and revoker that exist; a rule that can be revoked can be verified', () => {
    const rules = loadRulesDir(builtinRulesDir()).rules;
    for (const r of rules) {
      if (r.verify) expect(VERIFIERS.has(r.verify), r.id).toBe(true);
      if (r.revoke) {
        expect(REVOKERS.has(r.revoke), r.id).toBe(true);
        expect(r.verify, r.id).toBe(r.revoke);
      }
    }
    expect(new Set(rules.filter((r) => r.revoke).map((r) => r.revoke))).toEqual(new Set(REVOKERS.keys()));
  });

  it('a live token is live with its identity; an unknown token of the same kind is invalid', async () => {
    const rules = new Map(loadRulesDir(builtinRulesDir()).rules.map((r) => [r.id, r]));
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (const c of CASES) {
      const rule = rules.get(c.rule)!;
      expect(rule.verify, c.rule).toBe(c.verifier);
      const text = () => (c.text ? gen(c.text) : `${expandExample(rule.examples[0]!).text}\n`);
      files[join('live', `${c.verifier}.txt`)] = text();
      files[join('dead', `${c.verifier}.txt`)] = text();
    }
    writeTree(dir, files);
    const { findings } = await scan({ target: dir, git: 'never' });
    for (const c of CASES) {
      const f = findings.find((x) => x.file === `live/${c.verifier}.txt` && x.ruleId === c.rule);
      expect(f, `${c.rule} found`).toBeDefined();
      (c.register ?? ((fk, g) => fk.live(c.verifier, g.secret)))(fake, f!, findings);
    }

    const result = await confirmFindings(findings, {
      providerUrls: fake.urlSpecs(), allowPrivate: true, concurrency: 6,
      // The Shopify shop is on another line of the file: read from the file, as the CLI does for trees.
      readContext: (f) => readFileSync(join(dir, f.file), 'utf8'),
    });

    for (const c of CASES) {
      for (const [state, status] of [['live', 'live'], ['dead', 'invalid']] as const) {
        const f = result.findings.find((x) => x.file === `${state}/${c.verifier}.txt` && x.ruleId === c.rule)!;
        expect(f.verification, `${c.verifier} ${state}`).toMatchObject({ status, provider: c.verifier });
        if (status === 'live') {
          const v = f.verification!;
          expect(`${v.identity ?? ''} ${v.reason} ${(v.scopes ?? []).join(' ')}`, c.verifier).toContain(c.expect);
        }
      }
    }
    // The AWS secret key finding shares the pair's verdict: one check (one STS call) for the pair.
    expect(result.findings.find((x) => x.file === 'live/aws.txt' && x.ruleId === 'aws-secret-access-key')!.verification!.status).toBe('live');
    expect(fake.requests.filter((r) => r.provider === 'aws')).toHaveLength(2);
    // Never a secret in a request path we recorded, nor in any verdict.
    const text = JSON.stringify(result.results);
    for (const f of findings) expect(text).not.toContain(f.secret);
    expect(fake.requests.every((r) => r.method !== 'DELETE')).toBe(true);
  });
});
