/**
 * The CLI: parse argv (commander), call the library, print, return the exit code.
 * Exit codes: 0 nothing found, 1 findings, 2 usage, config or internal error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { EXIT_CLEAN, EXIT_ERROR, reportError, runScan, type ScanFlags } from './scan-command.js';

export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './scan-command.js';

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

const collect = (v: string, all: string[]) => [...all, v];

/** `scan` and `revoke`: confirm leaks with their providers (src/verify, loaded only when used). */
const confirmOptions = (cmd: Command): Command =>
  cmd
    .option('--verify', 'ask each secret\'s provider whether it is live (read-only calls to the provider that issued it)')
    .option('--revoke', 'verify, then revoke secrets found live where the provider has a self-revocation API (a dry run without --yes)')
    .option('--yes', 'with --revoke: really revoke')
    .option('--audit-log <file>', 'append every verification and revocation attempt to this hash-chained JSONL file')
    .option('--provider-url <provider=url>', 'send PROVIDER\'s requests to URL instead of its built-in host (GitHub Enterprise, self-hosted GitLab, Vault); repeatable', collect, [])
    .option('--allow-private-provider-urls', 'allow --provider-url to name private, loopback or link-local addresses');

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
      .option('-c, --config <file>', 'config file (leakward or gitleaks TOML); default: .leakward.toml, else .gitleaks.toml in PATH')
      .option('--baseline <file>', 'ignore findings whose fingerprints are in this baseline or JSON report')
      .option('--no-redact', 'print secrets in full (never do this where logs are public)')
      .option('--max-file-size <size>', 'skip files larger than this (e.g. 500k, 10m; default: [limits] maxFileSize in the config, else 10m)', parseSize)
      .option('--show-suppressed', 'also list what was dropped and why (allowlist, ignore entry, inline comment, baseline, checksum, entropy)')
      .option('--no-color', 'no colour, even on a terminal')
      .option('--staged', 'scan what is staged for the next commit (the index, added lines only) in the repository at PATH; the pre-commit hook runs this')
      .option('--history', 'scan the git history of PATH: every commit of every ref, each secret reported once, at the commit that added it')
      .option('--range <A..B>', 'scan the lines added by the commits in a range of the repository at PATH (A..B, or A...B), e.g. origin/main..HEAD')
      .option('--since <date>', 'with --history or --range: only commits newer than this (e.g. 2024-01-01, "2 weeks ago")')
      .option('--max-count <n>', 'with --history or --range: only the N most recent commits', parseCount);

  confirmOptions(scanOptions(
    program
      .command('scan')
      .description('scan the working tree of PATH (default "."): tracked and untracked, not-ignored files; "-" reads stdin')
      .argument('[path]', 'directory to scan, or - for stdin', '.'),
  )).action(async (path: string, flags: ScanFlags) => {
    code = await runScan(io, path, flags, 'report');
  });

  confirmOptions(scanOptions(
    program
      .command('revoke')
      .description('scan PATH, verify what is found, and revoke the live secrets where the provider allows it: a dry run unless --yes (same as scan --revoke)')
      .argument('[path]', 'directory to scan, or - for stdin', '.'),
  )).action(async (path: string, flags: ScanFlags) => {
    code = await runScan(io, path, { ...flags, revoke: true }, 'report');
  });

  scanOptions(
    program
      .command('baseline')
      .description('scan PATH and write (or, with --baseline FILE, update) a baseline of the current findings: fingerprints only, no secrets, sorted, no timestamps or line numbers')
      .argument('[path]', 'directory to scan', '.'),
  ).action(async (path: string, flags: ScanFlags) => {
    code = await runScan(io, path, { ...flags, output: flags.output ?? flags.baseline ?? '.leakward-baseline.json' }, 'baseline');
  });

  program
    .command('audit')
    .description('check audit logs written by --audit-log')
    .command('verify')
    .description('check that an audit log is intact: no record edited, dropped, inserted or reordered (exit 0 intact, 1 broken)')
    .argument('<file>', 'the JSONL audit log')
    .action(async (file: string) => {
      const { auditVerify } = await import('./audit-command.js');
      code = auditVerify(io, file);
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

  program
    .command('ignore')
    .description('add fingerprints to .leakwardignore (survive rebases, squashes and moved lines), or --prune the entries that match nothing')
    .argument('[entries...]', 'a fingerprint (rule-id:hash, from a report) or a finding\'s FILE:LINE')
    .option('-m, --reason <text>', 'why: written as a comment after the entry, with who added it')
    .option('--narrow', 'only in that file: the entry gets the file\'s path (rule-id:hash:path)')
    .option('--prune', 'scan and remove the entries that no longer match anything')
    .option('--from-gitleaks', 'turn each .gitleaksignore entry into the fingerprints of the findings it silences')
    .option('--history', 'with --prune: judge entries against the git history instead of the working tree')
    .option('--dir <dir>', 'the folder whose .leakwardignore to change (the scan root)', '.')
    .option('-c, --config <file>', 'config file, as for scan')
    .action(async (entries: string[], flags: import('./ignore-command.js').IgnoreFlags) => {
      const { runIgnore } = await import('./ignore-command.js');
      code = await runIgnore(io, entries, flags);
    });

  const config = program.command('config').description('check or migrate a config file');
  config
    .command('check')
    .description('load a config as a scan would (default: .leakward.toml, else .gitleaks.toml here) and check the examples of its rules')
    .argument('[file]', 'the config file')
    .action(async (file: string | undefined) => {
      const { configCheck } = await import('./config-command.js');
      code = await configCheck(io, file);
    });
  config
    .command('migrate')
    .description('write the .leakward.toml equivalent to a gitleaks config')
    .argument('[file]', 'the gitleaks config', '.gitleaks.toml')
    .option('-o, --output <file>', 'where to write it ("-": standard output)', '.leakward.toml')
    .option('--force', 'overwrite the output file if it exists')
    .action(async (file: string, flags: { output: string; force?: boolean }) => {
      const { configMigrate } = await import('./config-command.js');
      code = await configMigrate(io, file, flags);
    });

  const rules = program.command('rules').description('list or check the rules');
  rules
    .command('list')
    .description('list the built-in rules')
    .option('--json', 'as JSON')
    .option('--dir <dir>', 'a folder of rule files instead of the built-in rules')
    .action(async (flags: { json?: boolean; dir?: string }) => {
      const { rulesList } = await import('./rules-command.js');
      await (await import('../engine/regex/matcher.js')).loadLinearEngine();
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
      await (await import('../engine/regex/matcher.js')).loadLinearEngine();
      code = rulesCheck(io, flags);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_CLEAN : EXIT_ERROR;
    }
    return reportError(io, e);
  }
}
