/**
 * `leakward scan` and `leakward baseline`: options → library call → report → exit code. Kept apart from
 * the argument parser so the pre-commit hook's `scan --staged` starts without loading commander.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LeakwardError } from '../errors.js';
import type { ScanResult } from '../scan.js';
import type { Io } from './io.js';
import { blockedCommitMessage, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, reportError } from './outcome.js';

export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, reportError } from './outcome.js';

export interface ScanFlags {
  git: boolean;
  format: 'pretty' | 'json' | 'sarif';
  output?: string;
  baseline?: string;
  redact: boolean;
  /** Unset: the config's `[limits] maxFileSize`, else 10 MB. */
  maxFileSize?: number;
  showSuppressed?: boolean;
  color?: boolean;
  config?: string;
  staged?: boolean;
  history?: boolean;
  range?: string;
  since?: string;
  maxCount?: number;
  /** --verify, --revoke, --yes, --audit-log, --provider-url, --allow-private-provider-urls (src/verify/cli.ts). */
  verify?: boolean;
  revoke?: boolean;
  yes?: boolean;
  auditLog?: string;
  providerUrl?: string[];
  allowPrivateProviderUrls?: boolean;
}

/** The flags of a bare `leakward scan --staged`, as the argument parser would give them. */
const STAGED_HOOK_FLAGS: ScanFlags = {
  git: true,
  format: 'pretty',
  redact: true,
  color: true,
  staged: true,
};

/** `leakward scan --staged` exactly, as hooks run it: the start-up fast path (see main.ts). */
export async function runStagedHook(io: Io): Promise<number> {
  try {
    return await runScan(io, '.', STAGED_HOOK_FLAGS, 'report');
  } catch (e) {
    return reportError(io, e);
  }
}

/** A spinner on stderr when it is a terminal: history and ranges after 0.3 s, trees after 1 s. */
async function startProgress(io: Io, path: string, flags: ScanFlags) {
  if (path === '-' || flags.staged || !io.progress?.isTTY) return undefined;
  const { createProgress } = await import('./progress.js');
  const commits = flags.history || flags.range !== undefined;
  return createProgress(io.progress, {
    kind: flags.history ? 'history' : flags.range !== undefined ? 'range' : 'tree',
    delayMs: commits ? 300 : 1000,
    env: io.env,
    color: flags.color !== false && !io.env.NO_COLOR,
  });
}

/** --since / --max-count, for a scan of commits. */
function commitLimits(flags: ScanFlags): { since?: string; maxCount?: number } {
  return { ...(flags.since !== undefined ? { since: flags.since } : {}), ...(flags.maxCount !== undefined ? { maxCount: flags.maxCount } : {}) };
}

/**
 * Where --output will write, checked before the scan: a report that cannot be written is better said
 * before a long history scan than after it (the write itself can still fail, and says so). Missing
 * folders are created when the report is written (`--output reports/leakward.sarif` in CI).
 */
function checkOutput(file: string, given: string): void {
  let problem: string | undefined;
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) problem = 'it is a folder';
    else if (!writable(file)) problem = 'it is not writable';
  } else {
    // The nearest folder that exists must be one, and writable: the rest is created.
    let dir = dirname(file);
    while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
    if (!statSync(dir).isDirectory()) problem = `${dir} is a file, not a folder`;
    else if (!writable(dir)) problem = `the folder ${dir} is not writable`;
  }
  if (problem) throw new LeakwardError('USAGE', `cannot write the report to ${given}: ${problem}`, 'Give --output a path you can write to, or leave it out to print the report.');
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Flags that only make sense together (or never together) are refused before any work. */
function checkSourceFlags(path: string, flags: ScanFlags): void {
  const usage = (msg: string, hint: string) => new LeakwardError('USAGE', msg, hint);
  if (flags.staged && (path === '-' || !flags.git || flags.history)) {
    throw usage('--staged reads the index of a git repository: it cannot be combined with -, --no-git or --history', 'Run `leakward scan --staged [REPO]` on its own.');
  }
  if (flags.history && path === '-') throw usage('--history reads a repository, not standard input', 'Pass the repository path, e.g. `leakward scan --history .`.');
  if (flags.history && !flags.git) throw usage('--history needs git: it cannot be combined with --no-git', 'Drop --no-git.');
  if (flags.range !== undefined && (flags.history || flags.staged || path === '-' || !flags.git)) {
    throw usage('--range reads commits of a git repository: it cannot be combined with --history, --staged, - or --no-git',
      'Run `leakward scan --range A..B [REPO]` on its own.');
  }
  if (!flags.verify && !flags.revoke) {
    const given = [flags.yes && '--yes', flags.auditLog !== undefined && '--audit-log', flags.providerUrl?.length && '--provider-url',
      flags.allowPrivateProviderUrls && '--allow-private-provider-urls'].filter(Boolean);
    if (given.length) throw usage(`${given.join(', ')} only ${given.length === 1 ? 'applies' : 'apply'} with --verify or --revoke`, 'For example `leakward scan --verify --revoke --yes --audit-log audit.jsonl`.');
  }
  if (flags.yes && !flags.revoke) throw usage('--yes confirms --revoke', 'Add --revoke: `leakward scan --revoke --yes`.');
  if (!flags.history && flags.range === undefined && (flags.since !== undefined || flags.maxCount !== undefined)) {
    throw usage('--since and --max-count limit a scan of commits', 'Add --history (or --range A..B), e.g. `leakward scan --history --since 2024-01-01`.');
  }
}

export async function runScan(io: Io, path: string, flags: ScanFlags, mode: 'report' | 'baseline'): Promise<number> {
  const { scan } = await import('../scan.js');
  let baseline: Set<string> | undefined;
  if (flags.baseline) {
    const { parseBaseline } = await import('../filters/baseline.js');
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, flags.baseline), 'utf8');
    } catch (e) {
      throw new LeakwardError('BASELINE_INVALID', `cannot read the baseline ${flags.baseline}: ${(e as NodeJS.ErrnoException).code}`,
        'Create one with `leakward baseline`, or check the path.');
    }
    baseline = parseBaseline(text, flags.baseline);
  }
  const target = path === '-' ? '-' : resolve(io.cwd, path);
  checkSourceFlags(path, flags);
  if (flags.output) checkOutput(resolve(io.cwd, flags.output), flags.output);
  // Loaded only when asked for: plain scans and the pre-commit hook never load verification code.
  const confirming = flags.verify || flags.revoke ? await import('../verify/cli.js') : undefined;
  const overrides = confirming ? await confirming.checkConfirmFlags(flags) : undefined;
  const progress = await startProgress(io, path, flags);
  const result = flags.staged ? await scanStagedFor(io, target, flags, baseline, mode) : await scan({
    target,
    git: flags.git ? 'auto' : 'never',
    ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
    ...(baseline ? { baseline } : {}),
    ...(flags.config ? { config: resolve(io.cwd, flags.config) } : {}),
    cwd: io.cwd,
    stdin: io.stdin,
    ...(flags.history ? { history: commitLimits(flags) } : {}),
    ...(flags.range !== undefined ? { range: { range: flags.range, ...commitLimits(flags) } } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
  }).finally(() => progress?.stop());
  for (const note of result.notes ?? []) io.err(`leakward: ${note}\n`);
  if (mode === 'report') for (const e of result.staleIgnores ?? []) io.err(staleMessage(e));
  if (confirming && mode === 'report') {
    const tree = (result.mode === 'git' || result.mode === 'filesystem') ? target : undefined;
    const confirmed = await confirming.confirmForCli(result.findings, flags, overrides!, io.cwd, tree);
    result.findings = confirmed.findings;
    io.err(confirming.confirmSummary(confirmed, flags));
  }
  if (result.mode === 'filesystem' && flags.git && flags.format === 'pretty') {
    io.err('leakward: not a git repository: scanning every file (pass --no-git to say so).\n');
  }
  let text: string;
  if (mode === 'baseline') {
    const { formatBaseline } = await import('../filters/baseline.js');
    // Updating a baseline keeps what it already holds and is still found: only gone findings leave it.
    text = formatBaseline([...result.findings, ...result.suppressed.filter((s) => s.kind === 'baseline').map((s) => s.finding)]);
  } else if (flags.format === 'json') {
    const { formatJson } = await import('../report/json.js');
    text = formatJson(result, { noRedact: !flags.redact, showSuppressed: flags.showSuppressed === true });
  } else if (flags.format === 'sarif') {
    const { formatSarif } = await import('../report/sarif.js');
    text = formatSarif(result, result.rules, { noRedact: !flags.redact, showSuppressed: flags.showSuppressed === true });
  } else {
    const { formatPretty } = await import('../report/pretty.js');
    // no-color.org: NO_COLOR set to anything but the empty string turns colour off.
    const color = flags.color !== false && io.isTTY && !flags.output && !io.env.NO_COLOR;
    text = formatPretty(result, { color, noRedact: !flags.redact, showSuppressed: flags.showSuppressed === true });
  }
  if (flags.output) {
    try {
      const file = resolve(io.cwd, flags.output);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (e) {
      throw new LeakwardError('IO', `cannot write the report to ${flags.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        'Check the path and its permissions, or leave out --output to print the report.');
    }
    if (mode === 'baseline') io.err(`leakward: wrote ${(JSON.parse(text) as { findings: unknown[] }).findings.length} finding(s) to ${flags.output}\n`);
  } else io.out(text);
  if (mode === 'baseline') return EXIT_CLEAN;
  if (flags.staged && result.findings.length > 0) io.err(blockedCommitMessage(result.findings.length));
  if (result.findings.length > 0) return EXIT_FINDINGS;
  return nothingRead(io, result) ? EXIT_ERROR : EXIT_CLEAN;
}

/**
 * A folder whose every file failed to open (permissions, broken links) scanned nothing, and "no secrets
 * found" would pass for an all-clear: says so, for exit 2. Files that were skipped on purpose (binary,
 * too large) or a folder with no files at all are not this.
 */
function nothingRead(io: Io, result: ScanResult): boolean {
  if (result.mode !== 'git' && result.mode !== 'filesystem') return false;
  const unreadable = result.skipped.filter((s) => s.reason === 'unreadable');
  if (result.stats.files > 0 || unreadable.length === 0) return false;
  const n = unreadable.length;
  const some = unreadable.slice(0, 3).map((s) => `${s.path}: ${s.detail ?? 'unreadable'}`).join(', ');
  io.err(`leakward: nothing was scanned: ${n === 1 ? 'the only file' : `all ${n} files`} could not be read (${some}${n > 3 ? ', …' : ''}).\n` +
    '  Check their permissions (or run leakward as a user who can read them), or fix the broken links.\n');
  return true;
}

/**
 * `--staged`: the index of the repository at `target`. A hook cannot be given flags per repository, so
 * `.leakward-baseline.json` at the repository root applies unless --baseline names another (not when
 * writing a baseline: that would drop the findings it already holds).
 */
async function scanStagedFor(io: Io, target: string, flags: ScanFlags, baseline: Set<string> | undefined, mode: 'report' | 'baseline') {
  const { scanStaged } = await import('../sources/staged.js');
  return scanStaged({
    target,
    ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
    ...(baseline ? { baseline } : { rootBaseline: mode === 'report' }),
    ...(flags.config ? { config: resolve(io.cwd, flags.config) } : {}),
    cwd: io.cwd,
  });
}

/** An ignore entry that matched nothing: say where it is and how to prune it. */
function staleMessage(e: import('../filters/ignore.js').IgnoreEntry): string {
  const how = e.kind === 'fingerprint' ? '`leakward ignore --prune` removes it (add --history when it is for a secret in the history)' : 'remove the line';
  return `leakward: ${e.file}:${e.line}: ${e.text} matched nothing in this scan (stale): ${how}.\n`;
}
