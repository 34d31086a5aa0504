/**
 * The library's scan: a source's Fragments through the engine and the filters. No printing here.
 */
import { pathAllowed } from './engine/allowlist.js';
import { createDetector, type Detector } from './engine/detect.js';
import { applyBaseline } from './filters/baseline.js';
import { applyConfig, findConfig } from './config.js';
import { loadBuiltinRuleSet } from './rules/builtin.js';
import { readStdin } from './sources/stdin.js';
import { listTree, readTree } from './sources/tree.js';
import type { Finding, Fragment, Rule, RuleSet, ScanStats, SkippedFile, Suppression } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface ScanOptions {
  /** A directory, or `-` for standard input. */
  target: string;
  git?: 'auto' | 'never';
  maxFileSize?: number;
  baseline?: Set<string>;
  ruleSet?: RuleSet;
  /** A config file; by default `.leakward.toml` in the scanned directory when there is one. */
  config?: string;
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (p: { files: number; bytes: number }) => void;
}

export interface ScanResult {
  findings: Finding[];
  suppressed: Suppression[];
  skipped: SkippedFile[];
  stats: ScanStats;
  mode: 'git' | 'filesystem' | 'stdin';
  /** The rules the scan ran (built-in plus config), for reports that describe them. */
  rules: Rule[];
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  let ruleSet = options.ruleSet ?? loadBuiltinRuleSet();
  const config = findConfig(options.target === '-' ? undefined : options.target, options.config);
  if (config) ruleSet = applyConfig(ruleSet, config, options.cwd ?? process.cwd());
  const detector = createDetector(ruleSet);
  const findings: Finding[] = [];
  const suppressed: Suppression[] = [];
  const skipped: SkippedFile[] = [];
  let files = 0;
  let bytes = 0;
  const consume = (fragment: Fragment & { bytes: number }, d: Detector): void => {
    files++;
    bytes += fragment.bytes;
    const r = d.detect(fragment);
    findings.push(...r.findings);
    suppressed.push(...r.suppressed);
  };

  let mode: ScanResult['mode'];
  if (options.target === '-') {
    mode = 'stdin';
    consume(await readStdin(options.stdin ?? process.stdin), detector);
  } else {
    const listing = await listTree(options.target, options.git ?? 'auto');
    mode = listing.mode;
    const excluded = (path: string): boolean => pathAllowed(ruleSet.allowlists, path) !== undefined;
    for await (const fragment of readTree(listing, {
      root: options.target,
      git: options.git ?? 'auto',
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      exclude: excluded,
      onSkip: (s) => skipped.push(s),
    })) {
      consume(fragment, detector);
      options.onProgress?.({ files, bytes });
    }
  }

  let kept = findings;
  if (options.baseline) {
    const b = applyBaseline(findings, options.baseline);
    kept = b.kept;
    suppressed.push(...b.suppressed);
  }
  const skippedByReason: ScanStats['skippedByReason'] = {};
  for (const s of skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
  const suppressedByKind: ScanStats['suppressedByKind'] = {};
  for (const s of suppressed) suppressedByKind[s.kind] = (suppressedByKind[s.kind] ?? 0) + 1;
  return {
    findings: kept,
    suppressed,
    skipped,
    mode,
    rules: ruleSet.rules.map((r) => r.rule),
    stats: {
      files,
      bytes,
      skipped: skipped.length,
      skippedByReason,
      rules: ruleSet.rules.length,
      findings: kept.length,
      suppressed: suppressed.length,
      suppressedByKind,
      durationMs: Math.round(performance.now() - started),
    },
  };
}
