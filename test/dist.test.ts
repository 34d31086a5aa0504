/**
 * dist/ is committed: the Action runs it without `npm install`, and git installs run it without a build.
 * `npm test` builds first, so a committed bundle that differs from a fresh build shows up here as a change.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const inGit = git('rev-parse', '--is-inside-work-tree').stdout.trim() === 'true';

describe.skipIf(!inGit)('committed dist/', () => {
  it('is exactly what the build makes (run `npm run build` and commit dist/ when this fails)', () => {
    const status = git('status', '--porcelain', '--untracked-files=all', '--', 'dist');
    expect(status.status).toBe(0);
    expect(status.stdout).toBe('');
    expect(git('diff', '--exit-code', '--stat', 'HEAD', '--', 'dist').status).toBe(0);
  });

  it('holds the Action, the CLI (launcher, hook bundle, full CLI), the library and the precompiled rules', () => {
    const tracked = git('ls-files', '--', 'dist').stdout.split('\n');
    expect(tracked).toEqual(expect.arrayContaining([
      'dist/action.mjs', 'dist/cli.js', 'dist/hook.cjs', 'dist/main.mjs', 'dist/index.mjs', 'dist/package.json',
      'dist/rules.json', 'dist/rules-prefilter.bin',
    ]));
  });
});
