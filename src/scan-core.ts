/**
 * The core every scan shares: a source's Fragments through the engine, then the baseline, then the
 * stats. Sources (tree, stdin, staged, range, history) only differ in the Fragments they yield. Apart
 * from scan.ts, which resolves rules and config files, so the pre-commit hook's bundle needs neither.
 */
import { createDetector } from './engine/detect.js';
import type { EngineSpec } from './engine/worker-detector.js';
import { applyBaseline } from './filters/baseline.js';
import type { ScanProgress, ScanResult } from './scan.js';
import type { DetectResult, Finding, Fragment, RuleSet, ScanStats, SkippedFile, Suppression } from './types.js';

/** Files (or added text) larger than this are skipped unless the caller or the config says otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** A scan's inputs once resolved: the rules and where to report progress. */
export interface ScanContext {
  ruleSet: RuleSet;
  baseline?: Set<string>;
  onProgress?: (p: ScanProgress) => void;
}

/**
 * Where a source hands its Fragments, one at a time, as it makes them (a push source: history reads git
 * in stream events, not in a loop it could await in). A lane of the engine's queue.
 */
export interface FragmentLane<F> {
  /** Takes a Fragment. Never throws: an engine that failed says so through `room()`. */
  push(f: F): void;
  /** The lane holds a full batch it cannot send yet: the source should pause until `room()` resolves. */
  full(): boolean;
  /** Resolves once the lane can take more; rejects if the engine failed. */
  room(): Promise<void>;
}

/** A source that pushes: resolves once it has pushed its last Fragment into `lane`. */
export type PushSource<F> = (lane: FragmentLane<F>) => Promise<void>;

/** A pull source (an async iterable) as a push source: waits for room when the lane is full. */
const pushing = <F>(fragments: AsyncIterable<F>): PushSource<F> => async (lane) => {
  for await (const f of fragments) {
    lane.push(f);
    if (lane.full()) await lane.room();
  }
};

/** Fragments through the engine (or its worker thread), then the baseline, then the stats. */
export async function scanFragments<F extends Fragment & { bytes: number }>(
  fragments: AsyncIterable<F> | PushSource<F>,
  ctx: ScanContext,
  extra: {
    mode: ScanResult['mode'];
    skipped: SkippedFile[];
    started?: number;
    sink?: FindingSink<F>;
    /** Run the engine on a worker thread with the rules this spec resolves to (when the build has one). */
    worker?: EngineSpec;
    /**
     * While this says so, this thread scans a batch itself when the engine thread already has all it
     * may queue (a source near its end, whose own work is done, would otherwise only wait).
     */
    helpWhen?: () => boolean;
    /**
     * Fragments of lower priority, pushed beside the main source's: on an engine thread, sent only
     * while its queue keeps a place free for the main source's.
     */
    background?: PushSource<F>;
  },
): Promise<ScanResult> {
  const started = extra.started ?? performance.now();
  const sink = extra.sink ?? collectAll();
  let files = 0;
  let bytes = 0;
  const count = (fragment: F) => {
    // A commit's or a tag's message is scanned, but is not a file change.
    if (fragment.place !== 'commit-message' && fragment.place !== 'tag-message') files++;
    bytes += fragment.bytes;
    ctx.onProgress?.({ files, bytes });
  };
  const main = typeof fragments === 'function' ? fragments : pushing(fragments);
  // Loaded only when asked for: the pre-commit hook never needs worker threads.
  const onWorker = extra.worker ? await import('./engine/worker-detector.js') : undefined;
  if (extra.worker && onWorker?.workerAvailable()) {
    const help = extra.helpWhen && {
      when: extra.helpWhen,
      detector: () => {
        const d = createDetector(ctx.ruleSet);
        return (f: F) => d.detect(f);
      },
    };
    const feed = new onWorker.WorkerFeed<F>(extra.worker, (f, r) => sink.add(r, f), count, help);
    try {
      await Promise.all([
        main(feed.main).then(() => feed.end(feed.main)),
        extra.background ? extra.background(feed.background).then(() => feed.end(feed.background)) : feed.end(feed.background),
        feed.done(),
      ]);
    } finally {
      await feed.terminate();
    }
  } else {
    // Here, on this thread: each Fragment is scanned as it is pushed, and a lane is never full.
    const detector = createDetector(ctx.ruleSet);
    const lane: FragmentLane<F> = {
      push(fragment) {
        const r = detector.detect(fragment);
        if (r.findings.length > 0 || r.suppressed.length > 0) sink.add(r, fragment);
        count(fragment);
      },
      full: () => false,
      room: () => Promise.resolve(),
    };
    await Promise.all([main(lane), extra.background?.(lane)]);
  }
  const findings = sink.findings();
  const suppressed = sink.suppressed();
  let kept = findings;
  if (ctx.baseline) {
    const b = applyBaseline(findings, ctx.baseline);
    kept = b.kept;
    suppressed.push(...b.suppressed);
  }
  const { skipped } = extra;
  const skippedByReason: ScanStats['skippedByReason'] = {};
  for (const s of skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
  const suppressedByKind: ScanStats['suppressedByKind'] = {};
  for (const s of suppressed) suppressedByKind[s.kind] = (suppressedByKind[s.kind] ?? 0) + 1;
  const stats: ScanStats = {
    files,
    bytes,
    skipped: skipped.length,
    skippedByReason,
    rules: ctx.ruleSet.rules.length,
    findings: kept.length,
    suppressed: suppressed.length,
    suppressedByKind,
    durationMs: Math.round(performance.now() - started),
  };
  sink.count?.(stats);
  const elsewhere = sink.elsewhere?.();
  return {
    findings: kept, suppressed, skipped, mode: extra.mode, rules: ctx.ruleSet.rules.map((r) => r.rule), stats,
    ...(elsewhere && elsewhere.size > 0 ? { elsewhere } : {}),
  };
}

/** Suppressed candidates kept (to report); beyond this they are only counted, so memory stays bounded. */
export const MAX_KEPT_SUPPRESSED = 10_000;

/**
 * Where a scan's findings go as they are found. By default all are kept; a history scan keeps each
 * secret once, at its oldest commit, so memory follows distinct secrets, not their copies.
 */
export interface FindingSink<F extends Fragment = Fragment> {
  add(result: DetectResult, fragment: F): void;
  findings(): Finding[];
  suppressed(): Suppression[];
  /** Adds to the stats what was only counted, not kept (suppressed candidates past MAX_KEPT_SUPPRESSED). */
  count?(stats: ScanStats): void;
  /** Of findings reported once for several places (history, range): the other places, oldest first. */
  elsewhere?(): Map<Finding, Finding[]>;
}

/**
 * Every finding, and suppressed candidates up to MAX_KEPT_SUPPRESSED: a generated file can hold
 * hundreds of thousands of them (a 9.5 MB file of `password="xxxxxxxxxxxxxxxxxxxx"` made 500,000, and
 * 626 MB of memory, kept all); past the bound they are counted by kind.
 */
export function collectAll(): FindingSink {
  const findings: Finding[] = [];
  const suppressed: Suppression[] = [];
  const overflow: Partial<Record<Suppression['kind'], number>> = {};
  return {
    add(r) {
      for (const f of r.findings) findings.push(f);
      for (const s of r.suppressed) {
        if (suppressed.length < MAX_KEPT_SUPPRESSED) suppressed.push(s);
        else overflow[s.kind] = (overflow[s.kind] ?? 0) + 1;
      }
      addOverflow(overflow, r.overflow);
    },
    findings: () => findings,
    suppressed: () => suppressed,
    count: (stats) => countOverflow(stats, overflow),
  };
}

/**
 * Keeps only what a change added, for sources that scan a change's new lines with unchanged lines
 * around them (a private key's BEGIN line above its new body, a YAML key above its new value): a
 * Fragment lists its lines that are only context (1-based, ascending) in `context`. A finding or
 * suppressed candidate whose match lies on those lines alone was there before the change — history
 * reports it at the commit that added it, the staged scan not at all. A match that reaches an added
 * line stays (a secret's name added above a value that was there).
 */
export function onAddedLines<F extends Fragment & { context?: number[] | undefined }, S extends FindingSink<F>>(sink: S): S {
  return {
    ...sink,
    add(r: DetectResult, fragment: F) {
      const { context } = fragment;
      if (!context) return sink.add(r, fragment);
      const findings = r.findings.filter((f) => touchesAdded(f, context));
      const suppressed = r.suppressed.filter((s) => touchesAdded(s.finding, context));
      if (findings.length > 0 || suppressed.length > 0 || r.overflow) sink.add({ ...r, findings, suppressed }, fragment);
    },
  };
}

/** Whether a line of the finding's match is not in `context` (ascending). */
function touchesAdded(f: Finding, context: number[]): boolean {
  let first = f.line;
  const last = f.endLine;
  // The match may start lines above the secret (`password:` above its value); a decoded secret has
  // the line of its encoded text.
  if (!f.decodedFrom) {
    const at = f.match.indexOf(f.secret);
    for (let i = 0; i < at; i++) if (f.match.charCodeAt(i) === 10) first--;
  }
  let inContext = 0;
  for (const line of context) if (line >= first && line <= last) inContext++;
  return inContext < last - first + 1;
}

/** Adds a result's counted-only suppressions (see DetectResult.overflow) to a sink's. */
export function addOverflow(into: Partial<Record<Suppression['kind'], number>>, more: DetectResult['overflow']): void {
  if (!more) return;
  for (const [kind, n] of Object.entries(more) as Array<[Suppression['kind'], number]>) into[kind] = (into[kind] ?? 0) + n;
}

/** Adds suppressed candidates that were only counted to the stats. */
export function countOverflow(stats: ScanStats, overflow: Partial<Record<Suppression['kind'], number>>): void {
  for (const [kind, n] of Object.entries(overflow) as Array<[Suppression['kind'], number]>) {
    stats.suppressed += n;
    stats.suppressedByKind[kind] = (stats.suppressedByKind[kind] ?? 0) + n;
  }
}
