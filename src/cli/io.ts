/** The CLI's I/O port: tests pass their own, the real one writes to the process streams. */
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
