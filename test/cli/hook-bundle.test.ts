/**
 * The pre-commit hook's own bundle (dist/hook.cjs, src/cli/hook.ts): a bare `leakward scan --staged`
 * runs it; it must print exactly what the full CLI prints for the same commit, hand a repository with a
 * config file to the full CLI, and carry none of the code the hook does not need.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitRepo, tempDir, writeTree, GIT_ENV } from '../helpers/fs.js';
import { loadedFiles } from '../helpers/loaded.js';
import { gen } from '../helpers/tokens.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const HOOK_BUNDLE = join(ROOT, 'dist/hook.cjs');
const tok = () => gen('{{github:ghp}}');

function committed(files: Record<string, string | Buffer>): string {
  const repo = gitRepo(files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  return repo;
}

/** The only part of the output that may differ between two runs: how long the scan took. */
const untimed = (s: string) => s.replace(/scanned in \d+ ms/g, 'scanned in N ms');

/** The hook (exactly two arguments: the hook bundle) and the full CLI (an extra, default-valued flag) on the same commit. */
function bothPaths(cwd: string, env: Record<string, string> = {}) {
  const hook = cli(['scan', '--staged'], { cwd, env });
  const full = cli(['scan', '--staged', '--format', 'pretty'], { cwd, env });
  return { hook: { ...hook, stdout: untimed(hook.stdout) }, full: { ...full, stdout: untimed(full.stdout) } };
}

describe('the hook bundle (bare `scan --staged`)', () => {
  it('prints the same report, messages and exit code as the full CLI', () => {
    const [s, base, ignored] = [tok(), tok(), tok()];
    const repo = committed({ 'a.txt': 'a\n', 'bin.dat': Buffer.from([0, 1, 2]) });
    // A finding, one the root baseline accepts, one .leakwardignore drops, an allow comment, a binary file, a subdirectory.
    writeTree(repo, {
      'sub/cred.env': `GITHUB_TOKEN=${s}\n`,
      'old.env': `T=${base}\n`,
      'ign.env': `T=${ignored}\n`,
      'ok.env': `T=${tok()} # leakward:allow\n`,
      'bin.dat': Buffer.from([0, 1, 2, 3]),
    });
    git(repo, 'add', '.');
    const fingerprint = (file: string) =>
      (JSON.parse(cli(['scan', '--staged', '--format', 'json'], { cwd: repo }).stdout) as { findings: Array<{ file: string; fingerprint: string }> })
        .findings.find((f) => f.file === file)!.fingerprint;
    writeTree(repo, {
      '.leakward-baseline.json': `${JSON.stringify({ version: 1, findings: [{ fingerprint: fingerprint('old.env') }] })}\n`,
      '.leakwardignore': `${fingerprint('ign.env')}\n`,
    });

    for (const cwd of [repo, join(repo, 'sub')]) {
      const { hook, full } = bothPaths(cwd);
      expect(hook.code).toBe(1);
      expect(hook.stdout).toContain('sub/cred.env:1:14');
      expect(hook.stdout).not.toContain('old.env');
      expect(hook.stdout).not.toContain('ign.env');
      expect(hook.stderr).toMatch(/commit blocked/);
      expect(hook.stdout + hook.stderr).not.toContain(s);
      expect(hook).toEqual(full);
    }
    // As git runs hooks: GIT_INDEX_FILE relative to the top level.
    const inHook = bothPaths(repo, { GIT_INDEX_FILE: '.git/index', NO_COLOR: '1' });
    expect(inHook.hook.code).toBe(1);
    expect(inHook.hook).toEqual(inHook.full);

    git(repo, 'reset', '-q');
    const clean = bothPaths(repo);
    expect(clean.hook.code).toBe(0);
    expect(clean.hook.stdout).toMatch(/No secrets found: 0 files/);
    expect(clean.hook).toEqual(clean.full);
  });

  it('reads git the other way where there is no sh (as on Windows): two git processes, the same report', () => {
    const repo = committed({ 'a.txt': 'a\n' });
    mkdirSync(join(repo, "it's here"));
    writeTree(repo, { "it's here/cred.env": `GITHUB_TOKEN=${tok()}\n` });
    git(repo, 'add', '.');
    const onlyGit = tempDir();
    symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), join(onlyGit, 'git'));
    for (const cwd of [repo, join(repo, "it's here")]) {
      const withSh = bothPaths(cwd);
      const withoutSh = bothPaths(cwd, { PATH: onlyGit });
      expect(withSh.hook.code).toBe(1);
      expect(withSh.hook.stdout).toContain("it's here/cred.env:1:14");
      expect(withoutSh.hook).toEqual(withSh.hook);
      expect(withoutSh.full).toEqual(withSh.full);
    }
  });

  it('fails the same way outside a repository, in a bare one, with a bad baseline, and without git', () => {
    const bare = tempDir();
    git(bare, 'init', '-q', '--bare');
    const badBaseline = committed({ 'a.txt': 'a\n' });
    writeTree(badBaseline, { '.leakward-baseline.json': '{ not json', 'b.txt': 'b\n' });
    git(badBaseline, 'add', 'b.txt');
    const noGit = { PATH: join(tempDir(), 'empty-bin') };
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      [tempDir(), {}, /not in a git repository/],
      [bare, {}, /bare repository/],
      [badBaseline, {}, /baseline/],
      [badBaseline, noGit, /cannot run git: ENOENT/],
    ];
    for (const [cwd, env, message] of cases) {
      const { hook, full } = bothPaths(cwd, env);
      expect(hook.code).toBe(2);
      expect(hook.stderr).toMatch(message);
      expect(hook).toEqual(full);
    }
  });

  it('hands a repository with a config file to the full CLI, which applies it', () => {
    const rule = `[[rules]]\nid = "acme-key"\ndescription = "ACME internal key"\nregex = '''acme_[a-z0-9]{16}'''\nkeywords = ["acme_"]\n`;
    for (const name of ['.leakward.toml', '.gitleaks.toml']) {
      const repo = committed({ [name]: name === '.gitleaks.toml' ? `[extend]\nuseDefault = true\n${rule}` : rule });
      writeTree(repo, { 'k.txt': 'KEY=acme_0123456789abcdef\n' });
      git(repo, 'add', '.');
      const loaded = loadedFiles(CLI, ['scan', '--staged'], { cwd: repo, env: GIT_ENV });
      expect(loaded).toContain(HOOK_BUNDLE);
      expect(loaded.some((f) => f.endsWith('main.mjs'))).toBe(true);
      const { hook, full } = bothPaths(repo);
      expect(hook.code).toBe(1);
      expect(hook.stdout).toContain('acme-key');
      expect(hook).toEqual(full);
    }
  });

  it('keeps its exit code and message when the reader of its report has gone (EPIPE)', async () => {
    const repo = committed({ 'a.txt': 'a\n' });
    writeTree(repo, { 'cred.env': `GITHUB_TOKEN=${tok()}\n` });
    git(repo, 'add', '.');
    const child = spawn(process.execPath, [CLI, 'scan', '--staged'], { cwd: repo, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/commit blocked/);
    expect(stderr).not.toMatch(/internal error/);
  });

  it('without a config file, loads only the launcher and the hook bundle', () => {
    const repo = committed({ 'a.txt': 'a\n' });
    mkdirSync(join(repo, 'd'));
    writeTree(repo, { 'd/b.txt': 'b\n' });
    git(repo, 'add', '.');
    expect(loadedFiles(CLI, ['scan', '--staged'], { cwd: repo, env: GIT_ENV }).sort()).toEqual([CLI, HOOK_BUNDLE]);
  });

  it('holds no dependency and none of the argument parser, config loading, regex analysis or verification', () => {
    const code = readFileSync(HOOK_BUNDLE, 'utf8');
    // esbuild names each bundled file in a comment: the hook's own module is there, no package is.
    expect(code).toContain('// src/cli/hook.ts');
    expect(code).toContain('// src/engine/detect.ts');
    expect(code).not.toContain('node_modules/');
    for (const module of ['src/cli/run.ts', 'src/config/load.ts', 'src/rules/load.ts', 'src/engine/regex/matcher.ts', 'src/engine/regex/analyze.ts', 'src/verify/']) {
      expect(code).not.toContain(`// ${module}`);
    }
    expect(code).not.toContain('GetCallerIdentity');
  });
});
