/**
 * The CLI: parse argv (commander), call the library, print, return the exit code.
 * Exit codes: 0 nothing found, 1 findings, 2 usage, config or internal error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { LeakwardError } from '../errors.js';
import type { Io } from './io.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

interface ScanFlags {
  git: boolean;
  format: 'pretty' | 'json' | 'sarif';
  output?: string;
  baseline?: string;
  redact: boolean;
  maxFileSize: number;
  color?: boolean;
  config?: string;
  staged?: boolean;
  history?: boolean;
  range?: string;
  since?: string;
  maxCount?: number;
}

function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size like 500k, 10m or 1g');
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  return Math.round(Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!);
}

function parseCount(v: string): number {
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new InvalidArgumentError('expected a positive whole number');
  return Number(v);
}

export async function run(argv: string[], io: Io): Promise<number> {
  let code = EXIT_CLEAN;
  const program = new Command('leakward')
    .description('Find leaked secrets before they are committed, in history, and in CI.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)');

  const scanOptions = (cmd: Command): Command =>
    cmd
      .option('--no-git', 'scan a plain directory: every file, ignoring git and .gitignore')
      .addOption(new Option('-f, --format <format>', 'report format').choices(['pretty', 'json', 'sarif']).default('pretty'))
      .option('-o, --output <file>', 'write the report to a file instead of stdout')
      .option('-c, --config <file>', 'extra rules and allowlists (TOML, rule-file schema); default: .leakward.toml in PATH')
      .option('--baseline <file>', 'ignore findings whose fingerprints are in this baseline or JSON report')
      .option('--no-redact', 'print secrets in full (never do this where logs are public)')
      .option('--max-file-size <size>', 'skip files larger than this (e.g. 500k, 10m)', parseSize, 10 * 1024 * 1024)
      .option('--no-color', 'no colour, even on a terminal')
      .option('--staged', 'scan what is staged for the next commit (the index, added lines only) in the repository at PATH; the pre-commit hook runs this')
      .option('--history', 'scan the git history of PATH: every commit of every ref, each secret reported once, at the commit that added it')
      .option('--range <A..B>', 'scan the lines added by the commits in a range of the repository at PATH (A..B, or A...B), e.g. origin/main..HEAD')
      .option('--since <date>', 'with --history or --range: only commits newer than this (e.g. 2024-01-01, "2 weeks ago")')
      .option('--max-count <n>', 'with --history or --range: only the N most recent commits', parseCount);

  scanOptions(
    program
      .command('scan')
      .description('scan the working tree of PATH (default "."): tracked and untracked, not-ignored files; "-" reads stdin')
      .argument('[path]', 'directory to scan, or - for stdin', '.'),
  ).action(async (path: string, flags: ScanFlags) => {
    code = await runScan(io, path, flags, 'report');
  });

  scanOptions(
    program
      .command('baseline')
      .description('scan PATH and write a baseline of the current findings (fingerprints only, no secrets)')
      .argument('[path]', 'directory to scan', '.'),
  ).action(async (path: string, flags: ScanFlags) => {
    code = await runScan(io, path, { ...flags, output: flags.output ?? '.leakward-baseline.json' }, 'baseline');
  });

  program
    .command('init')
    .description('install the pre-commit hook (`leakward scan --staged`): in .husky/pre-commit when the project uses husky, ' +
      'else as a git hook (core.hooksPath respected); an existing hook is kept and run first')
    .argument('[path]', 'a directory in the repository', '.')
    .action(async (path: string) => {
      const { initHook } = await import('../hooks/init.js');
      const r = await initHook({ target: path, cwd: io.cwd });
      const where = r.hookPath.startsWith(`${io.cwd}/`) ? r.hookPath.slice(io.cwd.length + 1) : r.hookPath;
      const what = { created: 'installed in', appended: 'added to', chained: 'installed in', unchanged: 'already installed in' }[r.action];
      io.out(`leakward: pre-commit hook ${what} ${where} (${r.manager === 'husky' ? 'husky' : 'git hook'})\n`);
      for (const n of r.notes) io.out(`  note: ${n}\n`);
    });

  const rules = program.command('rules').description('list or check the rules');
  rules
    .command('list')
    .description('list the built-in rules')
    .option('--json', 'as JSON')
    .option('--dir <dir>', 'a folder of rule files instead of the built-in rules')
    .action(async (flags: { json?: boolean; dir?: string }) => {
      const { rulesList } = await import('./rules-command.js');
      code = rulesList(io, flags);
    });
  rules
    .command('check')
    .description('check every rule: examples match and capture exactly the secret, negatives do not, ids unique, regexes compile')
    .option('--dir <dir>', 'a folder of rule files instead of the built-in rules')
    .option('--rounds <n>', 'fresh expansions of each example', (v) => Number.parseInt(v, 10), 3)
    .option('-v, --verbose', 'show which regex engine runs each rule')
    .action(async (flags: { dir?: string; rounds?: number; verbose?: boolean }) => {
      const { rulesCheck } = await import('./rules-command.js');
      code = rulesCheck(io, flags);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_CLEAN : EXIT_ERROR;
    }
    if (e instanceof LeakwardError) {
      io.err(`leakward: ${e.message}\n${e.hint ? `  ${e.hint}\n` : ''}`);
      return EXIT_ERROR;
    }
    throw e;
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
  if (!flags.history && flags.range === undefined && (flags.since !== undefined || flags.maxCount !== undefined)) {
    throw usage('--since and --max-count limit a scan of commits', 'Add --history (or --range A..B), e.g. `leakward scan --history --since 2024-01-01`.');
  }
}

async function runScan(io: Io, path: string, flags: ScanFlags, mode: 'report' | 'baseline'): Promise<number> {
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
  const progress = await startProgress(io, path, flags);
  const result = flags.staged ? await scanStagedFor(io, target, flags, baseline, mode) : await scan({
    target,
    git: flags.git ? 'auto' : 'never',
    maxFileSize: flags.maxFileSize,
    ...(baseline ? { baseline } : {}),
    ...(flags.config ? { config: resolve(io.cwd, flags.config) } : {}),
    cwd: io.cwd,
    stdin: io.stdin,
    ...(flags.history ? { history: commitLimits(flags) } : {}),
    ...(flags.range !== undefined ? { range: { range: flags.range, ...commitLimits(flags) } } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
  }).finally(() => progress?.stop());
  for (const note of result.notes ?? []) io.err(`leakward: ${note}\n`);
  if (result.mode === 'filesystem' && flags.git && flags.format === 'pretty') {
    io.err('leakward: not a git repository: scanning every file (pass --no-git to say so).\n');
  }
  let text: string;
  if (mode === 'baseline') {
    const { formatBaseline } = await import('../filters/baseline.js');
    text = formatBaseline(result.findings);
  } else if (flags.format === 'json') {
    const { formatJson } = await import('../report/json.js');
    text = formatJson(result, { noRedact: !flags.redact });
  } else if (flags.format === 'sarif') {
    const { formatSarif } = await import('../report/sarif.js');
    text = formatSarif(result, result.rules, { noRedact: !flags.redact });
  } else {
    const { formatPretty } = await import('../report/pretty.js');
    // no-color.org: NO_COLOR set to anything but the empty string turns colour off.
    const color = flags.color !== false && io.isTTY && !flags.output && !io.env.NO_COLOR;
    text = formatPretty(result, { color, noRedact: !flags.redact });
  }
  if (flags.output) {
    writeFileSync(resolve(io.cwd, flags.output), text);
    if (mode === 'baseline') io.err(`leakward: wrote ${result.findings.length} finding(s) to ${flags.output}\n`);
  } else io.out(text);
  if (mode === 'baseline') return EXIT_CLEAN;
  if (flags.staged && result.findings.length > 0) io.err(blockedCommitMessage(result.findings.length));
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
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
    maxFileSize: flags.maxFileSize,
    ...(baseline ? { baseline } : { rootBaseline: mode === 'report' }),
    ...(flags.config ? { config: resolve(io.cwd, flags.config) } : {}),
    cwd: io.cwd,
  });
}

/** What a pre-commit hook prints after the (redacted) report when it stops a commit. */
function blockedCommitMessage(n: number): string {
  return [
    `leakward: commit blocked: ${n === 1 ? 'a secret is' : `${n} secrets are`} in the staged changes (listed above).`,
    '  Fix:   take it out of the file, `git add` the file again, and rotate the secret if it is real.',
    '  Allow: a false positive or a test value? Add a `leakward:allow` comment on its line, or record it',
    '         with `leakward baseline` (.leakward-baseline.json at the repository root is read).',
    '  Skip:  this once with LEAKWARD_SKIP=1 git commit …  (git commit --no-verify skips every hook).',
    '',
  ].join('\n');
}
