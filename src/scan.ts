/**
 * The library's scan: a source's Fragments through the engine and the filters. No printing here.
 */
import { pathAllowed } from './engine/allowlist.js';
import { findConfig, loadConfig, type ConfigFile } from './config/load.js';
import { applyIgnoreFiles } from './config/ignore-files.js';
import type { IgnoreEntry } from './filters/ignore.js';
import { loadLinearEngine } from './engine/regex/matcher.js';
import { loadBuiltinRuleSet } from './rules/builtin.js';
import { readStdin } from './sources/stdin.js';
import { listTree, readTree } from './sources/tree.js';
import { DEFAULT_MAX_FILE_SIZE, scanFragments, type ScanContext } from './scan-core.js';
import type { Finding, Rule, RuleSet, ScanStats, SkippedFile, Suppression } from './types.js';

export { DEFAULT_MAX_FILE_SIZE, scanFragments, type FindingSink, type ScanContext } from './scan-core.js';

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
  onProgress?: (p: ScanProgress) => void;
  /** Scan the git history of the repository at `target` instead of its files: every commit of every ref. */
  history?: { since?: string; maxCount?: number };
  /** Scan the commits of a range (`A..B`, `A...B`) of the repository at `target`: the lines they add. */
  range?: { range: string; since?: string; maxCount?: number };
}

/** How far a scan got: files (or patches) and bytes read; for git history also the commits walked. */
export interface ScanProgress {
  files: number;
  bytes: number;
  commits?: number;
}

export interface ScanResult {
  findings: Finding[];
  suppressed: Suppression[];
  skipped: SkippedFile[];
  stats: ScanStats;
  mode: 'git' | 'filesystem' | 'stdin' | 'staged' | 'range' | 'history';
  /** The rules the scan ran (built-in plus config), for reports that describe them. */
  rules: Rule[];
  /** Things the user should know about what was (not) scanned, e.g. a shallow clone; for stderr. */
  notes?: string[];
  /** Ignore-file entries that matched nothing (tree and history scans only): candidates for `leakward ignore --prune`. */
  staleIgnores?: IgnoreEntry[];
  /**
   * History and range report a secret once, at its oldest place: its other places, oldest first, for
   * an ignore entry that drops the reported one by its path or commit (applyIgnoreFiles). Not reported.
   */
  elsewhere?: Map<Finding, Finding[]>;
}

/** Loaded when a config file is used: merging rules and checking their examples is not start-up work. */
let configApi: typeof import('./config/apply.js') | undefined;

/**
 * Loads what the rule set will need before it is built: user rules (a config file) may need the
 * linear regex engine, which built-in rules never do — so scans without a config never load it.
 */
export async function prepareEngines(options: Pick<ScanOptions, 'config'>, root: string | undefined): Promise<void> {
  if (findConfig(root, options.config)) {
    await loadLinearEngine();
    configApi ??= await import('./config/apply.js');
  }
}

/** The config file a scan of `root` uses (`--config`, else one at the root), read; null when there is none. */
export function readScanConfig(options: Pick<ScanOptions, 'config' | 'cwd'>, root: string | undefined): ConfigFile | null {
  const path = findConfig(root, options.config);
  return path ? loadConfig(path, options.cwd ?? process.cwd()) : null;
}

/**
 * The rule set a scan of `target` uses: the built-in rules, or the caller's, plus any config. A caller
 * that also needs the size limit reads the config once and passes it to both.
 */
export function resolveRuleSet(
  options: Pick<ScanOptions, 'ruleSet' | 'config' | 'cwd'>, root: string | undefined, notes?: string[],
  config = readScanConfig(options, root),
): RuleSet {
  const ruleSet = options.ruleSet ?? loadBuiltinRuleSet();
  if (!config) return ruleSet;
  if (!configApi) throw new Error('internal: prepareEngines() must run before resolveRuleSet()');
  const applied = configApi.applyConfig(ruleSet, config);
  notes?.push(...applied.notes);
  return applied.ruleSet;
}

/** The file size limit: the caller's (--max-file-size), else the config's `[limits]`, else 10 MB. */
export function resolveMaxFileSize(
  options: Pick<ScanOptions, 'maxFileSize' | 'config' | 'cwd'>, root: string | undefined,
  config = options.maxFileSize === undefined ? readScanConfig(options, root) : null,
): number {
  return options.maxFileSize ?? config?.header.limits.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

/** Scans a working tree (or stdin with target `-`). */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const result = await scanSource(options);
  if (options.target === '-') return result;
  // Stale entries only where everything they could match was scanned: not in a range, nor a window of history.
  const whole = options.history && options.history.since === undefined && options.history.maxCount === undefined;
  return applyIgnoreFiles(result, options.target, options.range ? undefined : options.history ? (whole ? 'history' : undefined) : 'tree');
}

async function scanSource(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const root = options.target === '-' ? undefined : options.target;
  await prepareEngines(options, root);
  const notes: string[] = [];
  const config = readScanConfig(options, root);
  const maxFileSize = resolveMaxFileSize(options, root, config);
  if (options.history || options.range) {
    // Shared by history and range; rules are resolved once git is at work, so loading them overlaps
    // its first diffs.
    const common = {
      root: options.target,
      ruleSet: () => resolveRuleSet(options, options.target, notes, config),
      // The same rules, resolvable on an engine thread — unless the caller brought compiled rules.
      ...(options.ruleSet ? {} : {
        engine: { ...(options.config !== undefined ? { config: options.config } : {}), cwd: options.cwd ?? process.cwd(), root: options.target },
      }),
      maxFileSize,
      ...(options.baseline ? { baseline: options.baseline } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
    const withNotes = (r: ScanResult): ScanResult => (notes.length > 0 ? { ...r, notes: [...notes, ...(r.notes ?? [])] } : r);
    if (options.history) {
      const { scanHistory } = await import('./sources/history.js');
      return withNotes(await scanHistory({ ...common, ...options.history }));
    }
    const { scanRange } = await import('./sources/range.js');
    return withNotes(await scanRange({ ...common, ...options.range! }));
  }
  const ruleSet = resolveRuleSet(options, root, notes, config);
  const ctx: ScanContext = {
    ruleSet,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const skipped: SkippedFile[] = [];
  if (options.target === '-') {
    const stdin = readStdin(options.stdin ?? process.stdin);
    const one = async function* () {
      yield await stdin;
    };
    return scanFragments(one(), ctx, { mode: 'stdin', skipped, started });
  }
  const listing = await listTree(options.target, options.git ?? 'auto');
  const fragments = readTree(listing, {
    root: options.target,
    maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== undefined,
    onSkip: (s) => skipped.push(s),
  });
  const result = await scanFragments(fragments, ctx, { mode: listing.mode, skipped, started });
  return notes.length > 0 ? { ...result, notes } : result;
}
