/**
 * `leakward scan --verify / --revoke --yes / --audit-log` and `leakward audit verify`, end to end: the
 * built CLI in a child process against the loopback fake providers (run asynchronously, so the fake in
 * this process can answer).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeProviders, type FakeProviders } from '../helpers/fake-providers.js';
import { cli, GIT_ENV, git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { loadedFiles, verifyCode } from '../helpers/loaded.js';
import { gen } from '../helpers/tokens.js';

const CLI = join(import.meta.dirname, '../../dist/cli.js');

function cliAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let fake: FakeProviders;
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());

/** A directory with a live GitHub token, a live Slack token and a dead GitHub token. */
function leakyDir() {
  const gh = gen('{{github:ghp}}');
  const slack = `xoxb-${gen('{{digits:12}}-{{digits:13}}-{{base62:24}}')}`;
  const dead = gen('{{github:ghp}}');
  fake.live('github', gh, { login: 'leaky-octocat' });
  fake.live('slack', slack, { team: 'Acme' });
  const dir = tempDir();
  writeTree(dir, { 'config/.env': `GITHUB_TOKEN=${gh}\nSLACK_BOT_TOKEN=${slack}\n`, 'old.txt': `token ${dead}\n` });
  return { dir, gh, slack, dead };
}

const urls = () => fake.urlSpecs(['github', 'slack']).flatMap((s) => ['--provider-url', s]);

describe('leakward scan --verify', () => {
  it('shows each finding\'s verdict and identity in JSON, keeps exit 1, prints no secret', async () => {
    const { dir, gh, slack, dead } = leakyDir();
    const r = await cliAsync(['scan', dir, '--no-git', '--verify', ...urls(), '--allow-private-provider-urls', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ file: string; ruleId: string; verification?: Record<string, unknown> }> };
    const by = (file: string, rule: string) => report.findings.find((f) => f.file === file && f.ruleId === rule)!.verification;
    expect(by('config/.env', 'github-pat')).toMatchObject({ status: 'live', identity: 'leaky-octocat (User)', scopes: ['repo', 'gist'] });
    expect(by('config/.env', 'slack-bot-token')).toMatchObject({ status: 'live', scopes: ['chat:write', 'channels:read'] });
    expect(by('old.txt', 'github-pat')).toMatchObject({ status: 'invalid' });
    expect(r.stderr).toContain('verified 3 distinct secrets with their providers: 2 live, 0 revoked, 1 invalid, 0 unknown');
    for (const s of [gh, slack, dead]) expect(r.stdout + r.stderr).not.toContain(s);

    const sarif = await cliAsync(['scan', dir, '--no-git', '--verify', ...urls(), '--allow-private-provider-urls', '--format', 'sarif']);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ message: { text: string }; properties: { verification?: { status: string } } }> }> }).runs[0]!.results;
    expect(results.map((x) => x.properties.verification?.status).sort()).toEqual(['invalid', 'live', 'live']);
    expect(results.some((x) => x.message.text.endsWith('; verified live with github (leaky-octocat (User))'))).toBe(true);
  });

  it('pretty output says LIVE with who owns it; `leakward revoke` (scan --revoke) without --yes is a dry run', async () => {
    const { dir, gh } = leakyDir();
    const r = await cliAsync(['revoke', dir, '--no-git', ...urls(), '--allow-private-provider-urls']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/verify: LIVE \(github: leaky-octocat \(User\); scopes repo, gist\)/);
    expect(r.stdout).toMatch(/revoke: dry-run: would revoke it with GitHub \(POST 127\.0\.0\.1:\d+\/github\/credentials\/revoke\); run again with --yes/);
    expect(r.stderr).toContain('dry run: 2 live secrets would be revoked; run again with --yes to revoke.');
    expect(fake.isLive('github', gh)).toBe(true);
  });

  it('--revoke --yes revokes both, shows them revoked, and writes an audit log that `audit verify` accepts — and catches tampering', async () => {
    const { dir, gh, slack } = leakyDir();
    const log = join(tempDir(), 'audit.jsonl');
    const r = await cliAsync(['scan', dir, '--no-git', '--revoke', '--yes', '--audit-log', log, ...urls(), '--allow-private-provider-urls', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ file: string; verification?: { status: string } }> };
    expect(report.findings.filter((f) => f.file === 'config/.env').map((f) => f.verification!.status)).toEqual(['revoked', 'revoked']);
    expect(fake.isLive('github', gh)).toBe(false);
    expect(fake.isLive('slack', slack)).toBe(false);
    expect(r.stderr).toMatch(/audit log .*audit\.jsonl: 7 records appended; last hash [0-9a-f]{64}/);
    const text = readFileSync(log, 'utf8');
    for (const s of [gh, slack]) expect(text).not.toContain(s);

    const ok = cli(['audit', 'verify', log]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/intact, 7 records; last hash [0-9a-f]{64}/);

    const lines = text.trim().split('\n');
    writeFileSync(log, `${lines.filter((_, i) => i !== 3).join('\n')}\n`);
    const dropped = cli(['audit', 'verify', log]);
    expect(dropped.code).toBe(1);
    expect(dropped.stdout).toContain('audit.jsonl:4: broken: record 4 is missing (this line is record 5)');
    writeFileSync(log, `${lines.map((l, i) => (i === 1 ? l.replace(/"verdict":"\w+"/, '"verdict":"unknown"') : l)).join('\n')}\n`);
    expect(cli(['audit', 'verify', log]).stdout).toMatch(/audit\.jsonl:2: broken: the record was changed/);
    expect(cli(['audit', 'verify', join(dir, 'nope.jsonl')]).code).toBe(2);
  });

  it('refuses private provider URLs without the explicit flag, and verify-only flags without --verify', () => {
    const dir = tempDir();
    writeTree(dir, { a: 'nothing here\n' });
    const r = cli(['scan', dir, '--no-git', '--verify', '--provider-url', 'github=https://127.0.0.1:8443']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--provider-url github: 127.0.0.1 is a private, loopback or link-local address');
    expect(r.stderr).toContain('--allow-private-provider-urls');
    const y = cli(['scan', dir, '--no-git', '--yes']);
    expect(y.code).toBe(2);
    expect(y.stderr).toContain('--yes only applies with --verify or --revoke');
    const u = cli(['scan', dir, '--no-git', '--verify', '--provider-url', 'gitlab']);
    expect(u.stderr).toContain('expected PROVIDER=URL');
  });
});

describe('start-up', () => {
  const loaded = (args: string[], cwd: string) => loadedFiles(CLI, args, { cwd, env: GIT_ENV });

  it('`scan --staged` (the pre-commit hook) never loads the verification code; --verify does', () => {
    const repo = gitRepo({ 'a.txt': 'hello\n' });
    git(repo, 'add', '.');
    const staged = loaded(['scan', '--staged'], repo);
    expect(staged.some((f) => f.endsWith('cli.js'))).toBe(true);
    expect(verifyCode(staged)).toEqual([]);
    expect(verifyCode(loaded(['scan', '.', '--verify'], repo))).toHaveLength(1);
  });
});
