/**
 * How a scan ends: exit codes, errors for the user, and what a blocked commit says. Shared by the full
 * CLI (scan-command.ts) and the pre-commit hook's own bundle (hook.ts), which must print the same.
 */
import { LeakwardError } from '../errors.js';
import type { Io } from './io.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Maps an error to its message and exit code; anything unexpected is rethrown (exit 2 at the top). */
export function reportError(io: Io, e: unknown): number {
  if (e instanceof LeakwardError) {
    io.err(`leakward: ${e.message}\n${e.hint ? `  ${e.hint}\n` : ''}`);
    return EXIT_ERROR;
  }
  throw e;
}

/** What a pre-commit hook prints after the (redacted) report when it stops a commit. */
export function blockedCommitMessage(n: number): string {
  return [
    `leakward: commit blocked: ${n === 1 ? 'a secret is' : `${n} secrets are`} in the staged changes (listed above).`,
    '  Fix:   take it out of the file, `git add` the file again, and rotate the secret if it is real.',
    '  Allow: a false positive or a test value? Add a `leakward:allow` comment on its line, or record it',
    '         with `leakward ignore FILE:LINE -m "why"` (.leakwardignore) or `leakward baseline`.',
    '  Skip:  this once with LEAKWARD_SKIP=1 git commit …  (git commit --no-verify skips every hook).',
    '',
  ].join('\n');
}
