/**
 * The hook bundle's V8 code cache (src/cli/code-cache.ts): written once per user and bundle, used
 * after, never in the repository, and never able to change what the hook prints or how it exits —
 * whether the cache is missing, garbage, unwritable or in a directory others could write to.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, KEPT_CACHES } from '../../src/cli/code-cache.js';
import { cli, git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

const untimed = (r: { code: number | null; stdout: string; stderr: string }) => ({ ...r, stdout: r.stdout.replace(/scanned in \d+ ms/g, 'scanned in N ms') });

function stagedRepo(): string {
  const repo = gitRepo({ 'a.txt': 'a\n' });
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  writeTree(repo, { 'cred.env': `GITHUB_TOKEN=${gen('{{github:ghp}}')}\n`, 'b.txt': 'b\n' });
  git(repo, 'add', '.');
  return repo;
}

const hook = (repo: string, env: Record<string, string>) => untimed(cli(['scan', '--staged'], { cwd: repo, env }));
const files = (dir: string) => readdirSync(dir).sort();

describe('the hook bundle\'s code cache', () => {
  it('is written once under $XDG_CACHE_HOME/leakward (private), then used as it is; the output never changes', () => {
    const repo = stagedRepo();
    const xdg = tempDir();
    const dir = join(xdg, 'leakward');
    const first = hook(repo, { XDG_CACHE_HOME: xdg });
    expect(first.code).toBe(1);
    const [name, ...more] = files(dir);
    expect(more).toEqual([]);
    expect(name).toMatch(/^hook-[0-9a-f]{16}-.+\.bin$/);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, name!)).mode & 0o777).toBe(0o600);
    const written = readFileSync(join(dir, name!));

    // V8 accepts it: the next runs leave it as it is.
    expect(hook(repo, { XDG_CACHE_HOME: xdg })).toEqual(first);
    expect(hook(repo, { XDG_CACHE_HOME: xdg })).toEqual(first);
    expect(readFileSync(join(dir, name!)).equals(written)).toBe(true);

    // Garbage or a truncated file: rejected, compiled as usual, replaced by a good one.
    for (const bad of [Buffer.from('not a code cache'), written.subarray(0, written.length >> 1)]) {
      writeFileSync(join(dir, name!), bad);
      expect(hook(repo, { XDG_CACHE_HOME: xdg })).toEqual(first);
      expect(readFileSync(join(dir, name!)).length).toBeGreaterThan(bad.length);
    }
    expect(files(dir)).toEqual([name]);
    // The repository is left as it was.
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('A  b.txt\nA  cred.env\n');
  });

  it('is neither read nor written where others could write, and its absence changes nothing', () => {
    const repo = stagedRepo();
    const reference = hook(repo, { XDG_CACHE_HOME: tempDir() });
    expect(reference.code).toBe(1);

    // A directory others can write to: a planted file is not used, nothing is written there.
    const shared = tempDir();
    const dir = join(shared, 'leakward');
    expect(hook(repo, { XDG_CACHE_HOME: shared })).toEqual(reference);
    const [name] = files(dir);
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, name!), 'planted');
    expect(hook(repo, { XDG_CACHE_HOME: shared })).toEqual(reference);
    expect(readFileSync(join(dir, name!), 'utf8')).toBe('planted');

    // No usable cache directory at all: a file where the directory would be, no HOME.
    const notADir = join(tempDir(), 'file');
    writeFileSync(notADir, '');
    expect(hook(repo, { XDG_CACHE_HOME: notADir })).toEqual(reference);
    expect(hook(repo, { XDG_CACHE_HOME: '', HOME: '' })).toEqual(reference);
  });
});

describe('old code caches', () => {
  it('are removed when a new one is written, all but the newest few; other files are left alone', () => {
    const repo = stagedRepo();
    const xdg = tempDir();
    const dir = join(xdg, 'leakward');
    mkdirSync(dir, { mode: 0o700 });
    // Six caches of earlier releases or Node versions, a day apart, and files that are not hook caches.
    const old = Array.from({ length: 6 }, (_, i) => `hook-${String(i).repeat(16)}-x64-v8-11.3.${i}.bin`);
    old.forEach((f, i) => {
      writeFileSync(join(dir, f), 'old');
      const at = new Date(Date.now() - (i + 1) * 86_400_000);
      utimesSync(join(dir, f), at, at);
    });
    writeFileSync(join(dir, 'engine-0000-x64-v8-1.bin'), 'another bundle');
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    expect(hook(repo, { XDG_CACHE_HOME: xdg }).code).toBe(1);
    const written = files(dir).filter((f) => f.startsWith('hook-') && !old.includes(f));
    expect(written).toHaveLength(1);
    // The new one and the KEPT_CACHES - 1 newest old ones.
    expect(files(dir)).toEqual([...written, ...old.slice(0, KEPT_CACHES - 1), 'engine-0000-x64-v8-1.bin', 'notes.txt'].sort());
  });
});

describe('cacheDir', () => {
  it('is $XDG_CACHE_HOME/leakward, else under HOME; relative or empty values do not count', () => {
    if (process.platform === 'win32' || process.platform === 'darwin') return;
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache/leakward');
    expect(cacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.cache/leakward');
    expect(cacheDir({ HOME: '/home/u' })).toBe('/home/u/.cache/leakward');
    expect(cacheDir({ HOME: '' })).toBeUndefined();
    expect(cacheDir({})).toBeUndefined();
  });
});
