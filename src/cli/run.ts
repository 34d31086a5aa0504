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
}

function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size like 500k, 10m or 1g');
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  return Math.round(Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!);
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
      .option('--no-color', 'no colour, even on a terminal');

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
  const result = await scan({
    target,
    git: flags.git ? 'auto' : 'never',
    maxFileSize: flags.maxFileSize,
    ...(baseline ? { baseline } : {}),
    ...(flags.config ? { config: resolve(io.cwd, flags.config) } : {}),
    cwd: io.cwd,
    stdin: io.stdin,
  });
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
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
