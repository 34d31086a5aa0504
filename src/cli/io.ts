/** The CLI's I/O port: tests pass their own, the real one writes to the process streams. */
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /** Where a progress spinner may go (stderr); none in tests. Shown only when it is a terminal. */
  progress?: NodeJS.WritableStream & { isTTY?: boolean };
}

export function processIo(): Io {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    // A getter: touching process.stdin sets up a stream (≈ 2 ms), which only `scan -` needs.
    get stdin() {
      return process.stdin;
    },
    progress: process.stderr,
  };
}

/**
 * The process's I/O for the pre-commit hook, written straight to file descriptors 1 and 2: setting up
 * process.stdout and process.stderr (stream objects) costs the hook ≈ 1.5 ms, and it prints one report.
 * The writes are synchronous, as Node's own are to files, pipes and terminals on POSIX.
 */
export function fdIo(): Io {
  return {
    out: (s) => writeFd(1, s),
    err: (s) => writeFd(2, s),
    isTTY: isatty(1),
    env: process.env,
    cwd: process.cwd(),
    get stdin() {
      return process.stdin;
    },
    get progress() {
      return process.stderr;
    },
  };
}

/** Writes all of `s`; a full non-blocking pipe is waited for, a reader that has gone (EPIPE) gets nothing more, as with process.stdout. */
function writeFd(fd: number, s: string): void {
  const bytes = Buffer.from(s, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
    }
  }
}
