/**
 * The pre-commit hook end to end: `leakward init`, then real `git commit`s through plain git hooks and
 * through husky (installed by husky's own code, from leakward's node_modules: no network).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToShellHook, CHAINED_NAME } from '../../src/hooks/init.js';
import { cli, git, gitRepo, tempDir, writeTree, GIT_ENV } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const HUSKY = join(ROOT, 'node_modules/husky/bin.js');
const tok = () => gen('{{github:ghp}}');

/** git as a user runs it (hooks and all); never throws. */
function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(args[0] === 'node' ? process.execPath : 'git', args[0] === 'node' ? args.slice(1) : args, {
    cwd,
    encoding: 'utf8',
    env: { ...GIT_ENV, NO_COLOR: '1', LEAKWARD_SKIP: '', HUSKY: '', ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A repository where leakward is installed as a dependency would be: node_modules/.bin/leakward. */
function project(files: Record<string, string> = {}): string {
  const repo = gitRepo({ '.gitignore': 'node_modules/\n', 'README.md': '# app\n', ...files });
  mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true });
  symlinkSync(CLI, join(repo, 'node_modules/.bin/leakward'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'init', '--no-verify');
  return repo;
}

const head = (repo: string) => run(repo, ['rev-parse', '-q', '--verify', 'HEAD']).out.trim();

/** Commits a new file with a token: must be refused, with a redacted message that says what to do. */
function expectBlocked(repo: string, commitArgs: string[] = ['commit', '-qm', 'add token'], env: Record<string, string> = {}) {
  const before = head(repo);
  const s = tok();
  writeTree(repo, { 'config/prod.env': `GITHUB_TOKEN=${s}\n` });
  if (!commitArgs.includes('-a')) git(repo, 'add', 'config/prod.env');
  const r = run(repo, commitArgs, env);
  expect(r.code).not.toBe(0);
  expect(r.out).toContain('config/prod.env:1:14');
  expect(r.out).toMatch(/commit blocked/);
  expect(r.out).toMatch(/LEAKWARD_SKIP=1/);
  expect(r.out).not.toContain(s);
  expect(head(repo)).toBe(before);
  return s;
}

describe('leakward init: plain git hook', () => {
  it('installs an executable hook with a shebang; blocks a token, lets a clean commit, LEAKWARD_SKIP=1 and --no-verify through', () => {
    const repo = project();
    const r = cli(['init'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/pre-commit hook installed in \.git\/hooks\/pre-commit \(git hook\)/);
    const hook = join(repo, '.git/hooks/pre-commit');
    expect(readFileSync(hook, 'utf8')).toMatch(/^#!\/bin\/sh\n/);
    expect(statSync(hook).mode & 0o111).not.toBe(0);

    expectBlocked(repo);
    const skipped = run(repo, ['commit', '-qm', 'skip'], { LEAKWARD_SKIP: '1' });
    expect(skipped.code).toBe(0);
    expect(skipped.out).toMatch(/LEAKWARD_SKIP=1: the staged changes were not scanned/);

    writeTree(repo, { 'config/prod.env': `GITHUB_TOKEN=${tok()}\n` });
    git(repo, 'add', '.');
    expect(run(repo, ['commit', '-qm', 'no verify', '--no-verify']).code).toBe(0);

    writeTree(repo, { 'src/app.js': 'console.log("hello");\n' });
    git(repo, 'add', '.');
    const clean = run(repo, ['commit', '-qm', 'clean']);
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/No secrets found: 1 file/);

    // Idempotent.
    expect(cli(['init'], { cwd: repo }).stdout).toMatch(/already installed/);
    expect(readFileSync(hook, 'utf8').split('leakward scan --staged').length).toBe(3);
  });

  it('sees what `git commit -a` and `git commit FILE` stage (a temporary index), not just what was added before', () => {
    const repo = project({ 'app.env': 'A=1\n' });
    cli(['init'], { cwd: repo });
    writeTree(repo, { 'app.env': `A=1\nT=${tok()}\n` });
    const all = run(repo, ['commit', '-qam', 'all']);
    expect(all.code).not.toBe(0);
    expect(all.out).toContain('app.env:2:3');
    const only = run(repo, ['commit', '-qm', 'only', 'app.env']);
    expect(only.code).not.toBe(0);
    expect(only.out).toContain('app.env:2:3');
    // Deleting a line that holds a secret is always fine.
    git(repo, 'commit', '-qam', 'sneak', '--no-verify');
    writeTree(repo, { 'app.env': 'A=1\n' });
    expect(run(repo, ['commit', '-qam', 'remove it']).code).toBe(0);
  });

  it('blocks in the initial commit, a linked worktree, and a cherry-pick whose conflict resolution adds a token', () => {
    const fresh = gitRepo({ '.gitignore': 'node_modules/\n' });
    mkdirSync(join(fresh, 'node_modules/.bin'), { recursive: true });
    symlinkSync(CLI, join(fresh, 'node_modules/.bin/leakward'));
    expect(cli(['init', fresh]).code).toBe(0);
    expectBlocked(fresh);

    const repo = project({ 'f.txt': 'a\nb\nc\n' });
    cli(['init'], { cwd: repo });
    const wt = join(tempDir(), 'wt');
    git(repo, 'worktree', 'add', '-q', '-b', 'feature', wt);
    mkdirSync(join(wt, 'node_modules/.bin'), { recursive: true });
    symlinkSync(CLI, join(wt, 'node_modules/.bin/leakward'));
    expectBlocked(wt);

    git(repo, 'checkout', '-qb', 'side');
    writeTree(repo, { 'f.txt': 'a\nSIDE\nc\n' });
    expect(run(repo, ['commit', '-qam', 'side']).code).toBe(0);
    git(repo, 'checkout', '-q', 'main');
    writeTree(repo, { 'f.txt': 'a\nMAIN\nc\n' });
    expect(run(repo, ['commit', '-qam', 'main']).code).toBe(0);
    expect(run(repo, ['cherry-pick', 'side']).code).not.toBe(0);
    writeTree(repo, { 'f.txt': `a\nRESOLVED=${tok()}\nc\n` });
    git(repo, 'add', 'f.txt');
    const cont = run(repo, ['cherry-pick', '--continue']);
    expect(cont.code).not.toBe(0);
    expect(cont.out).toMatch(/f\.txt:2:10/);
  });

  it('keeps a foreign hook and runs it first (chained); refuses when it cannot do so safely', () => {
    const repo = project();
    const hooks = join(repo, '.git/hooks');
    writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\necho "lint ran" >> "$(git rev-parse --git-dir)/lint.log"\n[ -z "$FAIL_LINT" ]\n', { mode: 0o755 });
    const r = cli(['init'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/kept as .*pre-commit\.before-leakward and runs first/);
    expect(existsSync(join(hooks, CHAINED_NAME))).toBe(true);
    expectBlocked(repo);
    expect(readFileSync(join(repo, '.git/lint.log'), 'utf8')).toBe('lint ran\n');
    writeTree(repo, { 'config/prod.env': 'GITHUB_TOKEN=from-vault\n' });
    git(repo, 'add', '.');
    const lintFails = run(repo, ['commit', '-qm', 'x'], { FAIL_LINT: '1' });
    expect(lintFails.code).not.toBe(0);
    expect(lintFails.out).not.toMatch(/No secrets found/);
    expect(run(repo, ['commit', '-qm', 'x']).code).toBe(0);
    expect(cli(['init'], { cwd: repo }).stdout).toMatch(/already installed/);

    // Someone replaced leakward's hook again: two foreign hooks would need merging by hand.
    writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const refused = cli(['init'], { cwd: repo });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/will not overwrite/);
  });

  it('installs where core.hooksPath says inside the repository, refuses a shared one outside it', () => {
    const repo = project();
    git(repo, 'config', 'core.hooksPath', '.githooks');
    expect(cli(['init'], { cwd: repo }).stdout).toMatch(/installed in \.githooks\/pre-commit/);
    expectBlocked(repo);
    const shared = tempDir();
    git(repo, 'config', 'core.hooksPath', shared);
    const r = cli(['init'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/outside this repository/);
    expect(existsSync(join(shared, 'pre-commit'))).toBe(false);
  });

  it('fails closed with a clear message when leakward itself is missing; exits 2 outside a repository', () => {
    const repo = gitRepo({ 'a.txt': 'a\n' });
    expect(cli(['init'], { cwd: repo }).code).toBe(0);
    git(repo, 'add', '.');
    const r = run(repo, ['commit', '-qm', 'x'], { PATH: `${join(tempDir(), 'bin')}:/usr/bin:/bin` });
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/leakward: not installed/);
    expect(cli(['init'], { cwd: tempDir() }).code).toBe(2);
  });
});

describe('leakward init: husky', () => {
  it('writes .husky/pre-commit in v9 form into a project set up by husky itself; commits go through husky', () => {
    const repo = project({ 'package.json': JSON.stringify({ name: 'app', private: true, scripts: { prepare: 'husky' }, devDependencies: { husky: '^9' } }, null, 2) });
    // What `npm install` runs through "prepare": husky's own install, from leakward's node_modules.
    const installed = run(repo, ['node', HUSKY]);
    expect(installed.code).toBe(0);
    expect(git(repo, 'config', 'core.hooksPath').trim()).toBe('.husky/_');

    const r = cli(['init'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/installed in \.husky\/pre-commit \(husky\)/);
    expect(r.stdout).not.toMatch(/note:/);
    const text = readFileSync(join(repo, '.husky/pre-commit'), 'utf8');
    expect(text).not.toMatch(/^#!/);
    expect(text).not.toMatch(/husky\.sh/);
    expect(text).toBe(readFileSync(join(ROOT, 'hooks/pre-commit'), 'utf8'));
    git(repo, 'add', '.husky/pre-commit');
    git(repo, 'commit', '-qm', 'hook', '--no-verify');

    const s = expectBlocked(repo);
    const blocked = run(repo, ['commit', '-qm', 'again']);
    expect(blocked.out).toMatch(/husky - pre-commit script failed \(code 1\)/);
    expect(blocked.out).not.toContain(s);
    expect(run(repo, ['commit', '-qm', 'skip'], { LEAKWARD_SKIP: '1' }).code).toBe(0);
    writeTree(repo, { 'src/index.js': 'export {};\n' });
    git(repo, 'add', '.');
    expect(run(repo, ['commit', '-qm', 'clean']).code).toBe(0);
    expect(cli(['init'], { cwd: repo }).stdout).toMatch(/already installed/);
  });

  it('adds leakward to an existing husky hook (after it), and notes when husky is not set up in the clone', () => {
    const repo = project({ 'package.json': JSON.stringify({ name: 'app', devDependencies: { husky: '9.1.7' } }) });
    mkdirSync(join(repo, '.husky'));
    writeFileSync(join(repo, '.husky/pre-commit'), 'echo "lint-staged ran"\n');
    const r = cli(['init'], { cwd: repo });
    expect(r.stdout).toMatch(/added to \.husky\/pre-commit \(husky\)/);
    expect(r.stdout).toMatch(/note: husky is not set up in this clone .*npx husky/);
    expect(run(repo, ['node', HUSKY]).code).toBe(0);
    const hook = readFileSync(join(repo, '.husky/pre-commit'), 'utf8');
    expect(hook.startsWith('echo "lint-staged ran"\n\n# leakward')).toBe(true);
    const blocked = run(repo, ['commit', '-qm', 'x', '--allow-empty']);
    expect(blocked.code).toBe(0); // nothing staged: nothing to find
    expect(blocked.out).toMatch(/lint-staged ran[\s\S]*No secrets found/);
    expectBlocked(repo);
  });

  it('in a monorepo (the project and husky in a subfolder, husky\'s documented layout) the hook finds leakward there', () => {
    const repo = gitRepo({ '.gitignore': 'node_modules/\n', 'README.md': '# monorepo\n' });
    const app = join(repo, 'front end');
    writeTree(app, { 'package.json': JSON.stringify({ name: 'web', scripts: { prepare: 'cd .. && husky "front end/.husky"' }, devDependencies: { husky: '9.1.7' } }) });
    mkdirSync(join(app, 'node_modules/.bin'), { recursive: true });
    symlinkSync(CLI, join(app, 'node_modules/.bin/leakward'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'init', '--no-verify');
    expect(run(repo, ['node', HUSKY, 'front end/.husky']).code).toBe(0);
    const r = cli(['init'], { cwd: app });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/installed in \.husky\/pre-commit \(husky\)/);
    expect(readFileSync(join(app, '.husky/pre-commit'), 'utf8')).toContain(`'front end'/node_modules/.bin/leakward scan --staged`);
    expectBlocked(repo);
    expect(run(repo, ['commit', '-qm', 'skip'], { LEAKWARD_SKIP: '1' }).code).toBe(0);
    writeTree(repo, { 'ok.txt': 'fine\n' });
    git(repo, 'add', 'ok.txt');
    expect(run(repo, ['commit', '-qm', 'clean']).code).toBe(0);
  });

  it('puts leakward first in a hook that ends its own run (exit/exec), after the shebang and husky v8 loader', () => {
    const v8 = '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nexec npx lint-staged\n';
    const out = addToShellHook(v8, '# leakward\nleakward scan --staged || exit $?\n');
    expect(out).toBe('#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\n# leakward\nleakward scan --staged || exit $?\n\n\nexec npx lint-staged\n');
    expect(addToShellHook('npm test', 'B\n')).toBe('npm test\n\nB\n');
  });
});

describe('hooks/pre-commit and .pre-commit-hooks.yaml', () => {
  it('the hook is plain POSIX shell (sh -n), with no shebang; the pre-commit framework entry runs --staged', () => {
    const hook = join(ROOT, 'hooks/pre-commit');
    expect(readFileSync(hook, 'utf8')).not.toMatch(/^#!/);
    expect(spawnSync('sh', ['-n', hook]).status).toBe(0);
    const yaml = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    for (const line of ['- id: leakward', 'entry: leakward scan --staged', 'language: node', 'pass_filenames: false', 'stages: [pre-commit]']) {
      expect(yaml).toContain(line);
    }
  });
});
