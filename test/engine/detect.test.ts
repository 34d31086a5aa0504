import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/detect.js';
import { loadBuiltinRuleSet } from '../../src/rules/builtin.js';
import { gen } from '../helpers/tokens.js';
import { ruleSetFromToml } from '../helpers/rules.js';

const RULES = `
[[rules]]
id = "demo-token"
description = "Demo token"
regex = '''\\b(demo_[a-z0-9]{20})\\b'''
keywords = ["demo_"]
confidence = "medium"
entropy = 3.0
[[rules.allowlists]]
regexTarget = "line"
regexes = ['''fixture''']

[[rules]]
id = "pair"
description = "Key with a named context"
regex = '''(?i)(acme)[_-]?key\\s{0,3}=\\s{0,3}([a-f0-9]{16})'''
secretGroup = 2
keywords = ["acme"]

[[allowlists]]
description = "vendored code"
paths = ['''^vendor/''']
`;

describe('detect', () => {
  const d = createDetector(ruleSetFromToml(RULES));
  const run = (text: string, path = 'src/app.ts') => d.detect({ text, path, startLine: 1 });

  it('reports the secret group with 1-based line and column', () => {
    const secret = gen('{{chars:a-z0-9:20}}');
    const { findings } = run(`line one\n  const t = "demo_${secret}";\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'demo-token', secret: `demo_${secret}`, line: 2, column: 14, confidence: 'medium' });
    expect(findings[0]!.fingerprint).toMatch(/^demo-token:[0-9a-f]{24}$/);
    expect(findings[0]!.fingerprint).not.toContain(secret);
  });

  it('uses secretGroup, and the fingerprint ignores where the secret is', () => {
    const hex = gen('{{hex:16}}');
    const a = run(`ACME_KEY = ${hex}`).findings[0]!;
    const b = run(`\n\n\n   acme-key=${hex}`, 'other/file.env').findings[0]!;
    expect(a.secret).toBe(hex);
    expect(b.line).toBe(4);
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('drops low-entropy matches, allowlisted lines and paths, with reasons', () => {
    const low = run('x = demo_aaaaaaaaaaaaaaaaaaaa');
    expect(low.findings).toEqual([]);
    expect(low.suppressed[0]).toMatchObject({ kind: 'entropy' });
    const fixture = run(`demo_${gen('{{chars:a-z0-9:20}}')} // fixture`);
    expect(fixture.suppressed[0]).toMatchObject({ kind: 'rule-allowlist' });
    const vendored = run(`demo_${gen('{{chars:a-z0-9:20}}')}`, 'vendor/lib.js');
    expect(vendored.suppressed[0]).toMatchObject({ kind: 'global-allowlist', reason: 'global allowlist: vendored code' });
  });

  it('honours inline allow comments of leakward, gitleaks and detect-secrets', () => {
    for (const comment of ['// leakward:allow', '# gitleaks:allow', '# pragma: allowlist secret']) {
      const r = run(`t = "demo_${gen('{{chars:a-z0-9:20}}')}" ${comment}`);
      expect(r.findings, comment).toEqual([]);
      expect(r.suppressed[0]?.kind).toBe('inline');
    }
    const next = run(`// leakward:allow-next-line\nt = "demo_${gen('{{chars:a-z0-9:20}}')}"`);
    expect(next.findings).toEqual([]);
    const notNext = run(`// leakward:allow-next-line\n\nt = "demo_${gen('{{chars:a-z0-9:20}}')}"`);
    expect(notNext.findings).toHaveLength(1);
  });

  it('finds a secret inside base64, keeping the surrounding context, and locates it at the encoded text', () => {
    const secret = `demo_${gen('{{chars:a-z0-9:20}}')}`;
    const b64 = Buffer.from(`token=${secret}`).toString('base64');
    const { findings } = run(`apiVersion: v1\ndata:\n  cfg: ${b64}\n`, 'k8s/secret.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ secret, line: 3, column: 8, decodedFrom: 'base64', encoded: b64 });
  });

  it('text without any keyword runs no rule', () => {
    expect(run('nothing to see here '.repeat(1000)).findings).toEqual([]);
  });
});

describe('detect with the built-in rules', () => {
  const d = createDetector(loadBuiltinRuleSet());
  const run = (text: string, path = 'config.env') => d.detect({ text, path, startLine: 1 });

  it('reports a checksummed GitHub token with high confidence and drops a bad checksum, saying why', () => {
    const good = gen('{{github:ghp}}');
    const r = run(`GITHUB_TOKEN=${good}\nOTHER=${gen('{{github-badcrc:ghp}}')}\n`);
    expect(r.findings.map((f) => f.secret)).toEqual([good]);
    expect(r.findings[0]!.confidence).toBe('high');
    expect(r.findings[0]!.reasons.join(' ')).toMatch(/CRC32 checksum valid/);
    expect(r.suppressed.some((s) => s.kind === 'checksum' && /checksum/.test(s.reason))).toBe(true);
  });

  it('finds a GitHub token base64-encoded in a Kubernetes Secret manifest', () => {
    const tok = gen('{{github:ghp}}');
    const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci\ntype: Opaque\ndata:\n  GITHUB_TOKEN: ${Buffer.from(tok).toString('base64')}\n`;
    const r = run(manifest, 'deploy/secret.yaml');
    expect(r.findings.map((f) => [f.secret, f.line, f.decodedFrom])).toContainEqual([tok, 7, 'base64']);
  });

  it('decodes an AWS key id to its account and raises confidence', () => {
    const id = gen('{{aws-key-id:AKIA}}');
    const r = run(`aws_access_key_id = ${id}\n`);
    const f = r.findings.find((x) => x.secret === id);
    expect(f?.structure?.facts[0]).toMatch(/^AWS account \d{12}$/);
    expect(f?.confidence).toBe('high');
  });
});

describe('suppressed candidates in bulk', () => {
  it('keeps 10,000 per Fragment and counts the rest by kind, so a generated file cannot fill memory; the scan counts them all', async () => {
    const text = 'password="xxxxxxxxxxxxxxxxxxxx";\n'.repeat(12_000);
    const r = createDetector(loadBuiltinRuleSet()).detect({ text, path: 'gen/fixtures.js', startLine: 1 });
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toHaveLength(10_000);
    expect(r.suppressed.every((s) => s.kind === 'entropy')).toBe(true);
    expect(r.overflow).toEqual({ entropy: 2_000 });
    const { scan } = await import('../../src/scan.js');
    const { Readable } = await import('node:stream');
    const result = await scan({ target: '-', stdin: Readable.from([text]) });
    expect(result.stats.suppressed).toBe(12_000);
    expect(result.stats.suppressedByKind).toEqual({ entropy: 12_000 });
    expect(result.suppressed).toHaveLength(10_000);
  });
});
