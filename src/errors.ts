/**
 * Typed errors. Every error says what happened, where, and what to do next; shells map them to exit
 * codes in one place (src/cli/outcome.ts).
 */
export type ErrorCode =
  | 'RULE_INVALID'
  | 'CONFIG_INVALID'
  | 'USAGE'
  | 'NOT_A_REPO'
  | 'GIT_FAILED'
  | 'IO'
  | 'BASELINE_INVALID';

export class LeakwardError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'LeakwardError';
  }
}

/** A problem in a rule or config file, located by file, line and rule id. */
export class RuleError extends LeakwardError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly ruleId: string | undefined,
    problem: string,
    hint?: string,
    code: ErrorCode = 'RULE_INVALID',
  ) {
    const where = `${file}${line ? `:${line}` : ''}${ruleId ? ` (rule "${ruleId}")` : ''}`;
    super(code, `${where}: ${problem}`, hint);
  }
}
