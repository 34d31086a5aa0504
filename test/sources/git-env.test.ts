/**
 * git's location variables (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE) in leakward's environment: git sets
 * them in the hooks it runs, a bare-dotfiles setup exports them. A folder given to scan that is in a
 * repository of its own is scanned, not the environment's; the current folder, or one in no repository
 * of its own, keeps the environment (src/sources/git-stream.ts, gitEnv).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, GIT_ENV, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

function committed(files: Record<string, string>): string {
  const repo = gitRepo(files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'files');
  return repo;
}

/** A home folder whose dotfiles a bare repository tracks, and the environment that setup exports. */
function dotfilesHome() {
  const home = tempDir('leakward-home-');
  const cfg = join(home, '.cfg');
  git(home, 'init', '-q', '--bare', cfg);
  return { home, cfg, env: { GIT_DIR: cfg, GIT_WORK_TREE: home } };
}

describe('git location variables in the environment', () => {
  it('scans the repository of the folder given, not the one GIT_DIR names (a hook in a linked worktree)', () => {
    const hookRepo = committed({ 'README.md': 'nothing here\n' });
    const token = gen('{{github:ghp}}');
    const other = gitRepo();
    git(other, 'commit', '-q', '--allow-empty', '-m', 'start');
    writeTree(other, { 'deploy.env': `GITHUB_TOKEN=${token}\n` });
    git(other, 'add', '-A');
    git(other, 'commit', '-q', '-m', 'deploy settings');
    // What git exports to a pre-commit hook in a linked worktree: its git folder and the commit's index.
    const env = { GIT_DIR: join(hookRepo, '.git'), GIT_INDEX_FILE: join(hookRepo, '.git', 'index') };
    const scans = [['--history', other], ['--range', 'main~1..main', other], [other], ['--staged', other]];
    for (const args of scans) {
      const r = cli(['scan', ...args, '--format', 'json'], { cwd: hookRepo, env });
      const findings = JSON.parse(r.stdout).findings as { ruleId: string; file: string }[];
      const expected = args[0] === '--staged' ? [] : [{ ruleId: 'github-pat', file: 'deploy.env' }];
      expect(findings.map((f) => ({ ruleId: f.ruleId, file: f.file })), `scan ${args.join(' ')}`).toEqual(expected);
      expect(r.code, `scan ${args.join(' ')}: ${r.stderr}`).toBe(expected.length > 0 ? 1 : 0);
    }
    // Staged in the other repository (its own index, not the hook's).
    writeTree(other, { 'more.env': `TOKEN=${gen('{{github:ghp}}')}\n` });
    git(other, 'add', 'more.env');
    const staged = cli(['scan', '--staged', other, '--format', 'json'], { cwd: hookRepo, env });
    expect(JSON.parse(staged.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['more.env']);
  });

  it('keeps the environment in the current folder and in a folder of no repository of its own (bare dotfiles)', () => {
    const { home, cfg, env } = dotfilesHome();
    const token = gen('{{github:ghp}}');
    writeTree(home, { '.config/tool/credentials': `token = ${token}\n`, 'notes.txt': 'nothing\n' });
    const tracked = (...args: string[]) => git(home, `--git-dir=${cfg}`, `--work-tree=${home}`, ...args);
    tracked('add', '.config/tool/credentials', 'notes.txt');
    tracked('commit', '-q', '-m', 'dotfiles');
    // From the home folder, and from elsewhere with the home folder given.
    for (const [cwd, path] of [[home, '.'], [tempDir(), home]] as const) {
      const r = cli(['scan', '--history', path, '--format', 'json'], { cwd, env });
      expect(r.code, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['.config/tool/credentials']);
    }
  });

  it('in the hook: a relative GIT_DIR and the commit\'s own index (commit -a) are kept for a folder of the same repository', () => {
    const repo = committed({ 'sub/app.conf': 'x = 1\n' });
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${join(import.meta.dirname, '../../dist/cli.js')}" scan --staged sub\n`);
    chmodSync(hook, 0o755);
    writeTree(repo, { 'sub/app.conf': `x = 1\nsecret_key = "${gen('{{base64:40}}')}"\n` });
    // git gives the hook GIT_DIR=.git (relative to the top folder) and GIT_INDEX_FILE=.git/index.lock.
    const r = spawnSync('git', ['--git-dir=.git', '--work-tree=.', 'commit', '-qam', 'sneak'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
    expect(r.status, r.stderr).not.toBe(0);
    expect(r.stderr).toMatch(/commit blocked/);
  });

  it('the index a hook gets is not used for another repository', () => {
    const a = committed({ 'readme': 'a\n' });
    const b = committed({ 'readme': 'b\n' });
    writeTree(b, { 'creds.conf': `password = "${gen('{{base64:20}}')}x7#%"\n` });
    git(b, 'add', 'creds.conf');
    const r = cli(['scan', '--staged', b, '--format', 'json'], { cwd: a, env: { GIT_INDEX_FILE: join(a, '.git', 'index') } });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['creds.conf']);
  });

  it('with a dotfiles setup exported: a project\'s own repository, and a plain folder outside the work tree, are scanned as themselves', () => {
    const { home, env } = dotfilesHome();
    const secret = () => `password = "${gen('{{base64:20}}')}x7#%"\n`;
    const proj = join(home, 'proj');
    mkdirSync(proj);
    git(proj, 'init', '-q');
    writeTree(proj, { 'src/app.conf': secret() });
    git(proj, 'add', '-A');
    git(proj, 'commit', '-qm', 'app');
    for (const args of [['--history', '.'], ['.']]) {
      const r = cli(['scan', ...args, '--format', 'json'], { cwd: proj, env });
      expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file), args.join(' ')).toEqual(['src/app.conf']);
    }
    const plain = tempDir('leakward-plain-');
    writeTree(plain, { 'settings.txt': secret() });
    const r = cli(['scan', plain, '--format', 'json'], { cwd: home, env });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['settings.txt']);
  });
});
