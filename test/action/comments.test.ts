import { describe, expect, it } from 'vitest';
import { addedLines, commentedFingerprints, marker, planComments } from '../../src/action/comments.js';
import { createGitHubClient, nextLink } from '../../src/action/github.js';
import { parseInputs, parseProviderUrls } from '../../src/action/inputs.js';
import type { Finding } from '../../src/types.js';
import { gen } from '../helpers/tokens.js';

const secret = gen('{{github:ghp}}');
const f = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'github-pat', description: 'GitHub personal access token', file: 'a.env', line: 2, column: 3, endLine: 2, endColumn: 43,
  secret, match: secret, lineText: '', entropy: 5, confidence: 'high', reasons: [], fingerprint: 'github-pat:abc', tags: [], commit: 'c1', ...over,
});

describe('review comments', () => {
  it('reads the new-side line numbers of added lines from a patch', () => {
    const patch = '@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -10 +11,2 @@\n x\n+y\n\\ No newline at end of file';
    expect(addedLines(patch)).toEqual([{ line: 2, text: 'B' }, { line: 3, text: 'C' }, { line: 12, text: 'y' }]);
  });

  it('places a comment where the pull request diff adds the secret (a later commit may have moved it), once', () => {
    const files = [{ filename: 'a.env', patch: `@@ -0,0 +1,5 @@\n+x\n+y\n+z\n+#\n+T=${secret}` }];
    const plan = planComments([f(), f({ commit: 'c2' })], { files, prCommits: new Set(['c1', 'c2']), existing: new Set() });
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]).toMatchObject({ path: 'a.env', line: 5 });
    expect(plan.create[0]!.body.startsWith(marker('github-pat:abc'))).toBe(true);
    expect(plan.create[0]!.body).not.toContain(secret);
  });

  it('does not look for a file for a finding in a commit\'s message: says where it is instead', () => {
    const files = [{ filename: 'a.env', patch: `@@ -0,0 +1 @@\n+T=${secret}` }];
    const plan = planComments([f({ file: '(commit message)', line: 3, place: 'commit-message' })], { files, prCommits: new Set(['c1']), existing: new Set() });
    expect(plan.create).toEqual([]);
    expect(plan.unplaced.map((u) => u.why)).toEqual(['it is in the message of commit c1, not in a file']);
  });

  it('says why a finding gets no comment: already there, removed again, not in the diff, not a PR commit', () => {
    const files = [{ filename: 'a.env', patch: '@@ -0,0 +1 @@\n+nothing here' }, { filename: 'big.bin' }];
    const plan = planComments(
      [f({ fingerprint: 'done' }), f(), f({ file: 'gone.env', fingerprint: 'g' }), f({ file: 'big.bin', fingerprint: 'b' }), f({ commit: 'base', fingerprint: 'o' })],
      { files, prCommits: new Set(['c1']), existing: new Set(['done']) },
    );
    expect(plan.existing).toBe(1);
    expect(plan.create).toEqual([]);
    expect(plan.unplaced.map((u) => u.why)).toEqual([
      expect.stringContaining('later commit of the pull request removed it'),
      expect.stringContaining('not changed by the pull request'),
      expect.stringContaining('no diff'),
      expect.stringContaining('not one of the pull request\'s commits'),
    ]);
  });

  it('trusts fingerprint markers only in comments a bot wrote', () => {
    const body = `${marker('github-pat:1')}\nhello`;
    expect([...commentedFingerprints([{ body, user: { type: 'Bot' } }, { body: marker('github-pat:2'), user: { type: 'User' } }])]).toEqual(['github-pat:1']);
  });

  it('follows rel="next" in a Link header', () => {
    expect(nextLink('<https://api/x?page=2>; rel="next", <https://api/x?page=5>; rel="last"')).toBe('https://api/x?page=2');
    expect(nextLink('<https://api/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('never sends the token to another host, even when a Link header points there', async () => {
    const seen: string[] = [];
    const fetch = (async (url: string | URL | Request) => {
      seen.push(String(url));
      return new Response('[{"sha":"a"}]', { headers: { link: '<https://evil.example/repos/o/r/pulls/1/commits?page=2>; rel="next"' } });
    }) as typeof globalThis.fetch;
    const gh = createGitHubClient({ apiUrl: 'https://api.github.test/', token: 't', fetch });
    await expect(gh.paginate('/repos/o/r/pulls/1/commits')).rejects.toThrow(/refusing to send the token to another host/);
    expect(seen).toEqual(['https://api.github.test/repos/o/r/pulls/1/commits?per_page=100']);
  });
});

describe('inputs', () => {
  const get = (m: Record<string, string>) => (n: string) => m[n] ?? '';
  it('defaults: diff mode, fail on findings, no comments, no verification', () => {
    expect(parseInputs(get({}))).toMatchObject({ mode: 'diff', path: '.', failOnFindings: true, comment: false, verify: false, revoke: 'off', providerUrls: {} });
  });
  it('provider URLs: provider=url per line, comments and blank lines skipped; bad lines named', () => {
    expect(parseProviderUrls('# self-hosted\ngitlab = https://gitlab.example.test/\n\nvault=http://127.0.0.1:8200')).toEqual({
      gitlab: 'https://gitlab.example.test', vault: 'http://127.0.0.1:8200',
    });
    expect(() => parseProviderUrls('gitlab=ftp://x')).toThrow(/line 1: ftp: is not http/);
    expect(() => parseProviderUrls('a=https://x\na=https://y')).toThrow(/line 2: a is given twice/);
  });
  it('revoke: dry-run with verify', () => {
    expect(parseInputs(get({ verify: 'true', revoke: 'dry-run' })).revoke).toBe('dry-run');
  });
});
