/**
 * A spinner on stderr for long scans: commits (for history), files, megabytes and throughput. Only on a
 * terminal (never in CI, never with TERM=dumb), only once a scan has run for a moment, redrawn at most
 * every 100 ms — so it costs nothing on quick scans and never mixes into a report on stdout.
 */
import type { ScanProgress } from '../scan.js';

export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
}

export interface Progress {
  update(p: ScanProgress): void;
  /** Clears the spinner line; call before printing anything else. */
  stop(): void;
}

export interface ProgressOptions {
  /** `history` / `range` count commits too. */
  kind: 'tree' | 'history' | 'range';
  /** Shown only after the scan has run this long. */
  delayMs?: number;
  env?: NodeJS.ProcessEnv;
  color?: boolean;
  /** For tests: the clock, and the spinner (ora by default). */
  now?: () => number;
  spinner?: (options: { text: string; stream: ProgressStream; [option: string]: unknown }) => Spinner;
}

const REDRAW_MS = 100;
const NONE: Progress = { update() {}, stop() {} };

export interface Spinner {
  text: string;
  start(): unknown;
  render(): unknown;
  stop(): unknown;
}

export function showsProgress(stream: ProgressStream | undefined, env: NodeJS.ProcessEnv): stream is ProgressStream {
  // A terminal that reports 0 columns (a bare pty) would make the spinner's line count infinite.
  const columns = (stream as { columns?: number } | undefined)?.columns;
  return Boolean(stream?.isTTY) && (columns === undefined || columns > 0) && env.TERM !== 'dumb' && !env.CI;
}

export function createProgress(stream: ProgressStream | undefined, options: ProgressOptions): Progress {
  const env = options.env ?? process.env;
  if (!showsProgress(stream, env)) return NONE;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const delay = options.delayMs ?? 1000;
  let last = 0;
  let spinner: Spinner | undefined;
  let stopped = false;
  // Loaded in the background: a quick scan never waits for it, or pays for it.
  let ora = options.spinner;
  if (!ora) {
    import('ora').then(
      (m) => {
        ora = m.default as unknown as ProgressOptions['spinner'];
      },
      () => {},
    );
  }
  return {
    update(p) {
      const t = now();
      if (stopped || t - last < REDRAW_MS || t - started < delay) return;
      last = t;
      const text = describe(p, options.kind, (t - started) / 1000);
      if (!spinner) {
        if (!ora) return;
        spinner = ora({ text, stream, color: options.color === false ? false : 'cyan', hideCursor: false, discardStdin: false, isEnabled: true });
        spinner.start();
        return;
      }
      spinner.text = text;
      // The scan may keep the event loop busy, so the spinner's own timer may not fire: draw now.
      spinner.render();
    },
    stop() {
      stopped = true;
      spinner?.stop();
    },
  };
}

/** `Scanning history: 1,204 commits, 3,310 file changes, 12.4 MB (8.1 MB/s)`. */
export function describe(p: ScanProgress, kind: ProgressOptions['kind'], seconds: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const mb = p.bytes / 1e6;
  const rate = seconds > 0 ? ` (${(mb / seconds).toFixed(1)} MB/s)` : '';
  const what = kind === 'tree' ? 'Scanning' : kind === 'history' ? 'Scanning history' : 'Scanning range';
  const commits = p.commits !== undefined && kind !== 'tree' ? `${n(p.commits)} commit${p.commits === 1 ? '' : 's'}, ` : '';
  // A history counts each file once per commit that changed it.
  const files = kind === 'tree' ? `${n(p.files)} file${p.files === 1 ? '' : 's'}` : `${n(p.files)} file change${p.files === 1 ? '' : 's'}`;
  return `${what}: ${commits}${files}, ${mb.toFixed(1)} MB${rate}`;
}
