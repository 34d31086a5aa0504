import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import { tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

function fakeIo(isTTY: boolean, env: NodeJS.ProcessEnv = {}): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
    isTTY,
    env,
    cwd: process.cwd(),
    stdin: Readable.from([]),
  };
  return io;
}

describe('colour', () => {
  const dir = tempDir();
  writeTree(dir, { 'a.env': `T=${gen('{{github:ghp}}')}\n` });

  it('is on for a terminal', async () => {
    const io = fakeIo(true);
    expect(await run(['scan', dir, '--no-git'], io)).toBe(1);
    expect(io.stdout).toMatch(/\x1b\[1m/);
  });

  it('is off with NO_COLOR, with --no-color, and when not a terminal', async () => {
    for (const [tty, env, extra] of [[true, { NO_COLOR: '1' }, []], [true, {}, ['--no-color']], [false, {}, []]] as const) {
      const io = fakeIo(tty, env);
      await run(['scan', dir, '--no-git', ...extra], io);
      expect(io.stdout).toContain('github-pat');
      expect(io.stdout).not.toMatch(/\x1b\[/);
    }
  });
});
