import { describe, expect, it } from 'vitest';
import { findingAnnotations } from '../../src/action/annotations.js';
import { buildSummary, cell } from '../../src/action/summary.js';
import type { ScanResult } from '../../src/scan.js';
import { toVerdict } from '../../src/action/verify.js';
import type { Finding, Verification } from '../../src/types.js';
import { gen } from '../helpers/tokens.js';

function finding(over: Partial<Finding> = {}): Finding {
  const secret = gen('{{github:ghp}}');
  return {
    ruleId: 'github-pat', description: 'GitHub personal access token', file: 'a.env', line: 3, column: 5, endLine: 3, endColumn: 45,
    secret, match: secret, lineText: `T=${secret}`, entropy: 5, confidence: 'high', reasons: [], fingerprint: 'github-pat:abc', tags: [],
    commit: 'c'.repeat(40), ...over,
  };
}

const result = (findings: Finding[]): ScanResult => ({
  findings, suppressed: [], skipped: [], mode: 'range', rules: [],
  stats: { files: 1, bytes: 1, skipped: 0, skippedByReason: {}, rules: 1, findings: findings.length, suppressed: 0, suppressedByKind: {}, durationMs: 1, commits: 1 },
});

describe('job summary', () => {
  it('escapes what a hostile pull request controls: file names cannot inject HTML, links or table cells', () => {
    const f = finding({ file: 'x|<img src=x onerror=alert(1)>[a](http://evil)\n`b`.env' });
    const md = buildSummary(result([f]), new Map(), { scanned: 'pull request #1', repoUrl: 'https://github.com/o/r' });
    const row = md.split('\n').find((l) => l.startsWith('| github-pat'))!;
    expect(row).not.toMatch(/<img|\]\(http:\/\/evil/);
    expect(row).toContain('x\\|&lt;img src=x onerror=alert\\(1\\)&gt;\\[a\\]\\(http://evil\\) \\`b\\`.env:3');
    // Exactly the table's 6 columns: every | inside a cell is escaped.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(row).toContain('(https://github.com/o/r/blob/cccccccccccccccccccccccccccccccccccccccc/x%7C%3Cimg%20src%3Dx');
    expect(md).not.toContain(f.secret);
  });

  it('a finding in a commit\'s message links to the commit, one in a tag\'s message to nothing; their annotations name no file', () => {
    const inMessage = finding({ file: '(commit message)', line: 2, place: 'commit-message' });
    const inTag = finding({ file: 'refs/tags/v1 (tag message)', commit: undefined, fingerprint: 'github-pat:t', place: 'tag-message' });
    const md = buildSummary(result([inMessage, inTag]), new Map(), { scanned: 'x', repoUrl: 'https://github.com/o/r', headSha: 'h'.repeat(40) });
    expect(md).toContain(`[\\(commit message\\):2](https://github.com/o/r/commit/${'c'.repeat(40)})`);
    expect(md).not.toContain('/blob/');
    const [a, b] = findingAnnotations([inMessage, inTag], new Map());
    expect(a).not.toHaveProperty('file');
    expect(a!.message).toContain(`the message of commit ${'c'.repeat(12)}, line 2`);
    expect(b).not.toHaveProperty('file');
    expect(b!.message).toContain('refs/tags/v1 (tag message)');
  });

  it('names what was not scanned (a skipped file may hold a secret), escaped, and counts the rest', () => {
    const r = result([]);
    r.skipped = Array.from({ length: 12 }, (_, i) => ({ path: i === 0 ? 'big|<b>.cfg' : `f${i}.bin`, reason: i === 0 ? 'too-large' as const : 'binary' as const, ...(i === 0 ? { detail: '20000000 bytes' } : {}) }));
    r.stats.skipped = 12;
    const md = buildSummary(r, new Map(), { scanned: 'x' });
    expect(md).toContain('**Not scanned:** 12 file(s) — big\\|&lt;b&gt;.cfg (too-large: 20000000 bytes); f1.bin (binary);');
    expect(md).toContain('and 2 more (see the log)');
    expect(buildSummary(result([]), new Map(), { scanned: 'x' })).not.toContain('Not scanned');
  });

  it('says when nothing was found, and caps long tables', () => {
    expect(buildSummary(result([]), new Map(), { scanned: 'x' })).toMatch(/^## leakward: no secrets found/);
    const many = Array.from({ length: 5 }, (_, i) => finding({ line: i + 1, fingerprint: `github-pat:${i}` }));
    const md = buildSummary(result(many), new Map(), { scanned: 'x', maxRows: 2 });
    expect(md.split('\n').filter((l) => l.startsWith('| github-pat'))).toHaveLength(2);
    expect(md).toContain('…and 3 more');
  });

  it('cell() leaves plain words alone', () => {
    expect(cell('src/app.env')).toBe('src/app.env');
  });
});

describe('annotations', () => {
  it('one per finding on its exact line, repository-relative, redacted; columns only within one line', () => {
    const one = finding({ file: 'services/api/a.env' });
    const multi = finding({ ruleId: 'private-key', line: 10, endLine: 14, confidence: 'low', fingerprint: 'private-key:1' });
    const [a, b] = findingAnnotations([one, multi], new Map());
    expect(a).toMatchObject({ level: 'error', file: 'services/api/a.env', startLine: 3, endLine: 3, startColumn: 5, endColumn: 45 });
    expect(a!.message).not.toContain(one.secret);
    expect(a!.message).toContain('ghp_');
    expect(b).toMatchObject({ level: 'warning', startLine: 10, endLine: 14 });
    expect(b).not.toHaveProperty('startColumn');
  });
});

describe('verification verdicts in the summary', () => {
  it('each verification outcome reads as live / invalid / unknown / revoked, with the owner or where to rotate it', () => {
    const cases: Array<[Verification, string]> = [
      [{ status: 'revoked', provider: 'github', identity: 'octocat (User)', reason: 'was live; now revoked', revocation: { action: 'revoked', detail: 'revoked' } }, 'revoked — octocat \\(User\\)'],
      [{ status: 'live', provider: 'stripe', identity: 'acct_1', reason: 'ok', revocation: { action: 'manual', detail: 'by hand', rotateAt: 'https://dashboard.stripe.com/apikeys' } },
        'live — acct\\_1; no revocation API: rotate it at https://dashboard.stripe.com/apikeys'],
      [{ status: 'live', provider: 'github', reason: 'ok', revocation: { action: 'failed', detail: 'not dead yet' } }, 'live — revocation not confirmed: rotate it by hand'],
      [{ status: 'live', provider: 'github', reason: 'ok' }, 'live'],
      [{ status: 'invalid', provider: 'slack', reason: 'Slack says "invalid_auth"' }, 'invalid — Slack says "invalid\\_auth"'],
      [{ status: 'unknown', provider: 'openai', reason: 'timed out after 10 s' }, 'unknown — timed out after 10 s'],
    ];
    for (const [v, shown] of cases) {
      const f = finding();
      const md = buildSummary(result([f]), new Map([[f.fingerprint, toVerdict(v)]]), { scanned: 'x' });
      expect(md).toContain(`| high | ${shown} |`);
    }
  });
});
