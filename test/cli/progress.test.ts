import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, describe as describeProgress, type Spinner } from '../../src/cli/progress.js';

/** A fake terminal and spinner: what would be drawn, and when. */
function setup(tty: boolean, env: NodeJS.ProcessEnv = {}) {
  const stream = Object.assign(new Writable({ write: (_c, _e, cb) => cb() }), { isTTY: tty, columns: 80 });
  const drawn: string[] = [];
  let stopped = false;
  let clock = 0;
  const spinner = (o: { text: string }): Spinner => {
    const s = {
      text: o.text,
      start: () => drawn.push(s.text),
      render: () => drawn.push(s.text),
      stop: () => {
        stopped = true;
      },
    };
    return s;
  };
  const progress = createProgress(stream, { kind: 'history', delayMs: 300, env, now: () => clock, spinner });
  return { progress, drawn, tick: (ms: number) => (clock += ms), stopped: () => stopped };
}

describe('progress spinner', () => {
  it('waits before showing, redraws at most every 100 ms, and clears on stop', () => {
    const { progress, drawn, tick, stopped } = setup(true);
    progress.update({ files: 1, bytes: 1e6, commits: 1 });
    tick(200);
    progress.update({ files: 2, bytes: 2e6, commits: 2 });
    expect(drawn).toEqual([]);
    tick(200);
    progress.update({ files: 3, bytes: 4e6, commits: 3 });
    tick(50);
    progress.update({ files: 4, bytes: 5e6, commits: 4 });
    tick(60);
    progress.update({ files: 5, bytes: 6e6, commits: 5 });
    expect(drawn).toEqual([
      'Scanning history: 3 commits, 3 file changes, 4.0 MB (10.0 MB/s)',
      'Scanning history: 5 commits, 5 file changes, 6.0 MB (11.8 MB/s)',
    ]);
    progress.stop();
    expect(stopped()).toBe(true);
    tick(500);
    progress.update({ files: 9, bytes: 9e6, commits: 9 });
    expect(drawn).toHaveLength(2);
  });

  it('shows nothing when stderr is not a terminal, in CI, or with TERM=dumb', () => {
    for (const [tty, env] of [[false, {}], [true, { CI: 'true' }], [true, { TERM: 'dumb' }]] as const) {
      const { progress, drawn, tick } = setup(tty, env);
      tick(5000);
      progress.update({ files: 1, bytes: 1, commits: 1 });
      expect(drawn).toEqual([]);
    }
  });

  it('describes a tree scan in files', () => {
    expect(describeProgress({ files: 2500, bytes: 25e6 }, 'tree', 2)).toBe('Scanning: 2,500 files, 25.0 MB (12.5 MB/s)');
  });
});
