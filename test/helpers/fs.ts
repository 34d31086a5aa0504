/** Temp directories and real git repositories for tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = 'leakward-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
}

/** Where the CLIs that tests start keep the hook's code cache (src/cli/code-cache.ts): not the user's. */
const CODE_CACHE = tempDir('leakward-cache-');

/**
 * The environment tests run git in: a fixed identity, no system or user config, no editor, and none
 * of the variables git sets in a hook (`npm test` in a pre-commit hook) that would point every
 * command at the hook's repository instead of the test's.
 */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'].includes(k))),
  XDG_CACHE_HOME: CODE_CACHE,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
  GIT_EDITOR: 'true',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
}

/**
 * git as a given author, committing on day `day` after 2024-01-01, so "oldest commit" and dates are
 * well defined in history and range tests.
 */
export function gitAs(author: { name: string; email: string }) {
  return (cwd: string, day: number, ...args: string[]): string => {
    const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString();
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...GIT_ENV,
        GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email, GIT_COMMITTER_DATE: date,
      },
    });
  };
}

export function gitRepo(files: Record<string, string | Buffer> = {}): string {
  const d = tempDir('leakward-repo-');
  git(d, 'init', '-q', '-b', 'main');
  writeTree(d, files);
  return d;
}

const CLI = join(import.meta.dirname, '../../dist/cli.js');

/** Runs the built CLI as a user would. */
export function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: CODE_CACHE, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env } as NodeJS.ProcessEnv,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
