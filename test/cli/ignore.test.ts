/**
 * `.leakwardignore` and `leakward ignore`: entries are fingerprints (rule + hash of the secret), so they
 * survive a rebase, a squash and a moved line in a real repository; stale entries are reported and pruned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cli, git, GIT_ENV, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

type Report = {
  findings: Array<{ file: string; ruleId: string; line: number; fingerprint: string; commit?: string; secret: string }>;
  suppressed?: Array<{ file: string; ruleId: string; kind: string; reason: string; commit?: string; line: number }>;
};
const scanJson = (args: string[], cwd: string) => {
  const r = cli(['scan', ...args, '--format', 'json', '--show-suppressed'], { cwd });
  return { ...r, report: JSON.parse(r.stdout) as Report };
};
const commit = (repo: string, msg: string) => {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', msg);
  return git(repo, 'rev-parse', 'HEAD').trim();
};

describe('leakward ignore', () => {
  it('adds a finding by FILE:LINE with who and why; the entry holds no secret and silences the scan', () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo({ 'app/a.env': `# config\nT=${tok}\n` });
    git(repo, 'config', 'user.name', 'Ada Reviewer');
    const add = cli(['ignore', 'app/a.env:2', '-m', 'revoked test token'], { cwd: repo });
    expect(add.code).toBe(0);
    const text = readFileSync(join(repo, '.leakwardignore'), 'utf8');
    expect(text).toMatch(/^github-pat:[0-9a-f]{24} {2}# Ada Reviewer \d{4}-\d{2}-\d{2}: revoked test token\n$/);
    expect(text).not.toContain(tok);
    expect(text).not.toContain(tok.slice(4, 20));
    const r = scanJson(['.'], repo);
    expect(r.code).toBe(0);
    expect(r.report.suppressed!.find((s) => s.kind === 'ignore')!.reason).toMatch(/^ignored by \.leakwardignore:1 \(Ada Reviewer \d{4}-\d{2}-\d{2}: revoked test token\)$/);
    // Adding it again changes nothing.
    expect(cli(['ignore', 'app/a.env:2'], { cwd: repo }).stdout).toContain('already there: github-pat:');
    expect(readFileSync(join(repo, '.leakwardignore'), 'utf8')).toBe(text);
  });

  it('adds a fingerprint copied from a report; --narrow limits it to the file', () => {
    const tok = gen('{{github:ghp}}');
    const dir = tempDir();
    writeTree(dir, { 'a.env': `T=${tok}\n`, 'b.env': `T=${tok}\n` });
    const fp = scanJson(['.', '--no-git'], dir).report.findings[0]!.fingerprint;
    expect(cli(['ignore', '--narrow', 'a.env:1'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, '.leakwardignore'), 'utf8')).toContain(`${fp}:a.env  # `);
    expect(scanJson(['.', '--no-git'], dir).report.findings.map((f) => f.file)).toEqual(['b.env']);
    expect(cli(['ignore', fp], { cwd: dir }).code).toBe(0);
    expect(scanJson(['.', '--no-git'], dir).report.findings).toEqual([]);
  });

  it('refuses what it cannot use, with what to do (exit 2)', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': 'nothing here\n' });
    const cases: Array<[string[], string]> = [
      [['ignore'], 'leakward: name what to ignore: a fingerprint (rule-id:hash) or a finding\'s FILE:LINE\n'],
      [['ignore', 'a.txt:1'], 'leakward: no finding at a.txt:1\n'],
      [['ignore', 'not-a-fingerprint'], 'leakward: "not-a-fingerprint" is neither a fingerprint (rule-id:hash[:path]) nor FILE:LINE\n'],
      [['ignore', '--narrow', 'github-pat:0123456789abcdef01234567'], 'leakward: --narrow needs to know the file: github-pat:0123456789abcdef01234567 has no path\n'],
      [['ignore', '--prune', 'github-pat:0123456789abcdef01234567'], 'leakward: --prune takes no entries\n'],
    ];
    for (const [args, first] of cases) {
      const r = cli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0] + '\n').toBe(first);
    }
    writeTree(dir, { '.leakwardignore': '# ok\ngithub-pat:0123456789abcdef01234567  # fine\ngithub-pat:xyz\n' });
    const bad = cli(['scan', '.', '--no-git'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('leakward: .leakwardignore:3: "github-pat:xyz" is not a fingerprint (rule-id:hash, or rule-id:hash:path)\n' +
      '  Copy the fingerprint from a report (`--format json`, or the pretty report), or add it with `leakward ignore`.\n');
  });
});

describe('ignore entries in a real repository', () => {
  it('survive a rebase onto a new base, a moved line and a squash; a gitleaks line entry does not', () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo({ 'README.md': '# app\n' });
    const root = commit(repo, 'root');
    writeTree(repo, { 'app/a.env': `T=${tok}\n` });
    const added = commit(repo, 'add token');
    expect(cli(['ignore', 'app/a.env:1', '-m', 'fixture token, revoked'], { cwd: repo }).code).toBe(0);
    // The gitleaks way, for comparison: tied to the commit and the line.
    writeTree(repo, { '.gitleaksignore': `${added}:app/a.env:github-pat:1\n` });
    commit(repo, 'ignore it');
    const before = scanJson(['--history', '.'], repo);
    expect(before.code).toBe(0);
    const reasons = before.report.suppressed!.filter((s) => s.kind === 'ignore').map((s) => s.reason);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^ignored by \.leakwardignore:1 \(.+ \d{4}-\d{2}-\d{2}: fixture token, revoked\)$/);

    // Rebase onto a new base: every commit id changes.
    git(repo, 'checkout', '-q', '-b', 'base', root);
    writeTree(repo, { 'other.txt': 'x\n' });
    commit(repo, 'new base');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'rebase', '-q', 'base');
    // Move the line: three lines above it.
    writeTree(repo, { 'app/a.env': `# one\n# two\n# three\nT=${tok}\n` });
    commit(repo, 'move it');
    const rebased = scanJson(['--history', '.'], repo);
    expect(rebased.code).toBe(0);
    const ignored = rebased.report.suppressed!.filter((s) => s.kind === 'ignore');
    expect(ignored.length).toBeGreaterThan(0);
    expect(ignored.every((s) => s.reason.startsWith('ignored by .leakwardignore:1'))).toBe(true);
    expect(ignored[0]!.commit).not.toBe(added);
    // The gitleaks entry names a commit that no ref reaches any more: stale.
    expect(rebased.stderr).toContain(`leakward: .gitleaksignore:1: ${added}:app/a.env:github-pat:1 matched nothing in this scan (stale): remove the line.`);
    expect(scanJson(['.'], repo).code).toBe(0);

    // Squash everything after the root into one commit.
    git(repo, 'branch', '-q', '-D', 'base');
    git(repo, 'reset', '-q', '--soft', git(repo, 'rev-list', '--max-parents=0', 'HEAD').trim());
    const squashed = commit(repo, 'squashed');
    const after = scanJson(['--history', '.'], repo);
    expect(after.code).toBe(0);
    expect(after.report.suppressed!.filter((s) => s.kind === 'ignore').map((s) => [s.commit, s.line])).toEqual([[squashed, 4]]);

    // Without the entry the same history reports the token: the test above can fail.
    writeTree(repo, { '.leakwardignore': '' });
    expect(scanJson(['--history', '.'], repo).report.findings.map((f) => f.file)).toEqual(['app/a.env']);
  });

  it('survive a cherry-pick onto another branch', () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo({ 'README.md': '# app\n' });
    const root = commit(repo, 'root');
    writeTree(repo, { 'b.env': `X=1\nT=${tok}\n` });
    const picked = commit(repo, 'token');
    git(repo, 'checkout', '-q', '-b', 'release', root);
    writeTree(repo, { 'b.env': 'Y=2\n' });
    commit(repo, 'conflicting start');
    git(repo, 'checkout', '-q', 'main');
    expect(cli(['ignore', 'b.env:2'], { cwd: repo }).code).toBe(0);
    commit(repo, 'ignore');
    git(repo, 'checkout', '-q', 'release');
    // The pick conflicts (b.env differs): resolve it with the token on another line.
    const pick = spawnSync('git', ['cherry-pick', picked], { cwd: repo, env: GIT_ENV });
    expect(pick.status).not.toBe(0);
    writeTree(repo, { 'b.env': `Y=2\nZ=3\nT=${tok}\n` });
    git(repo, 'add', 'b.env');
    git(repo, '-c', 'core.editor=true', 'cherry-pick', '--continue');
    // The ignore file is read from the checkout: main's, which the history scan covers with every other ref.
    git(repo, 'checkout', '-q', 'main');
    const r = scanJson(['--history', '.'], repo);
    expect(r.report.findings).toEqual([]);
    expect(r.report.suppressed!.filter((s) => s.kind === 'ignore').map((s) => s.file)).toEqual(['b.env']);
    // Only the picked commit, where the token sits on another line: still ignored.
    const picked2 = scanJson(['--range', 'main..release', '.'], repo);
    expect(picked2.report.findings).toEqual([]);
    expect(picked2.report.suppressed!.filter((s) => s.kind === 'ignore').map((s) => [s.file, s.line])).toEqual([['b.env', 3]]);
  });

  it('the pre-commit hook (scan --staged) reads .leakwardignore at the repository root', () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo({ 'README.md': '# app\n' });
    commit(repo, 'root');
    writeTree(repo, { 'src/a.env': `T=${tok}\n` });
    git(repo, 'add', '.');
    expect(cli(['scan', '--staged'], { cwd: join(repo, 'src') }).code).toBe(1);
    expect(cli(['ignore', 'src/a.env:1', '-m', 'test value'], { cwd: repo }).code).toBe(0);
    expect(cli(['scan', '--staged'], { cwd: join(repo, 'src') }).code).toBe(0);
  });
});

describe('stale entries', () => {
  it('are reported by a scan and removed by --prune, which keeps the rest of the file as it was', () => {
    const tok = gen('{{github:ghp}}');
    const dir = tempDir();
    writeTree(dir, { 'a.env': `T=${tok}\n` });
    cli(['ignore', 'a.env:1', '-m', 'kept'], { cwd: dir });
    const kept = readFileSync(join(dir, '.leakwardignore'), 'utf8');
    writeTree(dir, { '.leakwardignore': `# Reviewed entries only.\n${kept}github-pat:00000000000000000000abcd  # gone\n\naws-access-token:11111111111111111111abcd:old.env\n` });
    const r = cli(['scan', '.', '--no-git', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'leakward: .leakwardignore:3: github-pat:00000000000000000000abcd matched nothing in this scan (stale): `leakward ignore --prune` removes it (add --history when it is for a secret in the history).\n' +
      'leakward: .leakwardignore:5: aws-access-token:11111111111111111111abcd:old.env matched nothing in this scan (stale): `leakward ignore --prune` removes it (add --history when it is for a secret in the history).\n');
    expect(JSON.parse(r.stdout).staleIgnores).toEqual([
      { file: '.leakwardignore', line: 3, entry: 'github-pat:00000000000000000000abcd' },
      { file: '.leakwardignore', line: 5, entry: 'aws-access-token:11111111111111111111abcd:old.env' },
    ]);
    const prune = cli(['ignore', '--prune'], { cwd: dir });
    expect(prune.code).toBe(0);
    expect(prune.stdout).toBe('removed github-pat:00000000000000000000abcd  # gone\nremoved aws-access-token:11111111111111111111abcd:old.env\n' +
      'leakward: pruned 2 stale entries from .leakwardignore.\n');
    expect(readFileSync(join(dir, '.leakwardignore'), 'utf8')).toBe(`# Reviewed entries only.\n${kept}\n`);
    expect(cli(['ignore', '--prune'], { cwd: dir }).stdout).toBe('leakward: every entry in .leakwardignore still matches a finding: nothing to prune.\n');
    expect(cli(['scan', '.', '--no-git'], { cwd: dir }).stderr).toBe('');
  });

  it('--prune --history judges entries against the history, where a removed secret still is', () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo({ 'a.env': `T=${tok}\n` });
    commit(repo, 'token');
    cli(['ignore', 'a.env:1'], { cwd: repo });
    writeTree(repo, { 'a.env': 'T=\n' });
    commit(repo, 'remove it');
    expect(cli(['ignore', '--prune', '--history'], { cwd: repo }).stdout).toContain('nothing to prune');
    expect(cli(['ignore', '--prune'], { cwd: repo }).stdout).toContain('pruned 1 stale entry');
  });
});
