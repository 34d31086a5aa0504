/** Inline suppression comments, as leakward, gitleaks and detect-secrets write them. */
const SAME_LINE = /leakward:allow|gitleaks:allow|pragma: ?allowlist secret/;
const NEXT_LINE = /leakward:allow-next-line|pragma: ?allowlist nextline secret/;

export function inlineAllowed(line: string, previousLine: string | undefined): string | undefined {
  const same = SAME_LINE.exec(line);
  if (same && !line.slice(same.index).startsWith('leakward:allow-next-line')) return same[0];
  const prev = previousLine !== undefined ? NEXT_LINE.exec(previousLine) : null;
  return prev ? `${prev[0]} (line above)` : undefined;
}
