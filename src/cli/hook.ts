/**
 * `leakward scan --staged` exactly as the pre-commit hook runs it, built into a bundle of its own
 * (dist/hook.cjs) that holds only what that needs: the staged diff, the engine, the built-in rules,
 * baseline and ignore files, the pretty report. A commit waits for it, so start-up is what counts.
 *
 * A repository with a config file (`.leakward.toml`, `.gitleaks.toml`) may bring user rules, which need
 * the TOML parser and the regex analyser: for it this returns undefined before anything is printed, and
 * the caller runs the full CLI (scan-command.ts's runStagedHook), which behaves exactly as before.
 * Both paths print the same for the same commit: test/cli/hook-bundle.test.ts compares them.
 */
import { findConfig } from '../config/find.js';
import { formatPretty } from '../report/pretty.js';
import { loadShippedRuleSet } from '../rules/shipped.js';
import { DEFAULT_MAX_FILE_SIZE } from '../scan-core.js';
import { readRootBaseline, scanStagedIn } from '../sources/staged.js';
import type { Io } from './io.js';
import { blockedCommitMessage, EXIT_CLEAN, EXIT_FINDINGS, reportError } from './outcome.js';

/** Thrown (and caught below) when the repository has a config file: the full CLI takes over. */
class NeedsFullCli extends Error {}

/** The exit code, or undefined when the full CLI must run instead (nothing printed then). */
export async function runHook(io: Io): Promise<number | undefined> {
  const started = performance.now();
  try {
    const result = await scanStagedIn(io.cwd, async (topLevel) => {
      // The rules load while git works; a config file, known once git names the top level, can still
      // send the commit to the full CLI (the rules loaded in vain then).
      const ruleSet = loadShippedRuleSet();
      const root = await topLevel;
      if (findConfig(root, undefined) !== undefined) throw new NeedsFullCli();
      // Without the build's rules file (a broken install) the full CLI reads rules/*.toml.
      if (!ruleSet) throw new NeedsFullCli();
      const baseline = readRootBaseline(root);
      return { ruleSet, maxFileSize: DEFAULT_MAX_FILE_SIZE, notes: [], ...(baseline ? { baseline } : {}) };
    }, { started });
    // As runScan prints a pretty report for a bare `scan --staged` (no --output, --no-color, --show-suppressed).
    for (const note of result.notes ?? []) io.err(`leakward: ${note}\n`);
    io.out(formatPretty(result, { color: io.isTTY && !io.env.NO_COLOR, noRedact: false, showSuppressed: false }));
    if (result.findings.length > 0) io.err(blockedCommitMessage(result.findings.length));
    return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (e) {
    if (e instanceof NeedsFullCli) return undefined;
    return reportError(io, e);
  }
}
