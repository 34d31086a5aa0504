/**
 * `--format pretty`: for people. Colour only on a TTY and never with NO_COLOR; secrets redacted; each
 * finding says what to do next. File names are escaped so a crafted name cannot forge output lines.
 */
import type { ScanResult } from '../scan.js';
import type { Finding } from '../types.js';
import { sortFindings, sortSuppressed } from './finding-view.js';
import { redact, redactorFor } from './redact.js';

export interface PrettyOptions {
  color: boolean;
  noRedact: boolean;
  /** List what was dropped, and why. */
  showSuppressed?: boolean;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Control characters (newlines, escapes) in names and lines become visible escapes. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x1f\x7f\u2028\u2029]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** `--verify`: what the provider said, and what revoking did. Identity and scopes show the blast radius. */
function verificationLines(f: Finding, dim: (s: string) => string, red: (s: string) => string): string[] {
  const v = f.verification;
  if (!v) return [];
  const status = v.status === 'live' ? red('LIVE') : v.status.toUpperCase();
  const who = [v.identity, v.scopes?.length ? `scopes ${v.scopes.join(', ')}` : undefined].filter(Boolean).join('; ');
  const out = [`  ${dim('verify:')} ${status} (${v.provider}${who ? `: ${printable(who)}` : ''}) — ${printable(v.reason)}`];
  if (v.revocation) out.push(`  ${dim('revoke:')} ${v.revocation.action}: ${printable(v.revocation.detail)}`);
  return out;
}

function nextStep(f: Finding): string {
  if (f.verification?.status === 'revoked') return 'Revoked. Now remove it from the code (and history), and replace it where it is used.';
  if (f.verification?.status === 'invalid') return 'The provider rejects it: no longer usable. Remove it from the code anyway.';
  const where = f.remediation ? `revoke or rotate it at ${f.remediation}` : 'rotate it with whoever issued it';
  return `Treat it as compromised: ${where}, then remove it from the code. A false positive? Add a "leakward:allow" comment on the line, ` +
    `or \`leakward ignore ${f.fingerprint}\`.`;
}

export function formatPretty(result: ScanResult, opts: PrettyOptions): string {
  const bold = paint(opts.color, '1');
  const red = paint(opts.color, '31');
  const yellow = paint(opts.color, '33');
  const dim = paint(opts.color, '2');
  const cyan = paint(opts.color, '36');
  const out: string[] = [];
  const hide = redactorFor(result.findings, result.suppressed.map((s) => s.finding));
  for (const f of sortFindings(result.findings)) {
    const conf = f.confidence === 'high' ? red(f.confidence) : f.confidence === 'medium' ? yellow(f.confidence) : dim(f.confidence);
    out.push(`${bold(printable(`${f.file}:${f.line}:${f.column}`))}  ${cyan(f.ruleId)}  ${conf}`);
    out.push(`  ${f.description}${f.decodedFrom ? ` (inside ${f.decodedFrom})` : ''}`);
    out.push(`  secret: ${printable(opts.noRedact ? f.secret : redact(f.secret))}`);
    // Redacted before it is cut short: a secret cut in two would no longer be found to redact.
    const shown = (opts.noRedact ? f.lineText : hide(f, f.lineText)).trim();
    if (shown) out.push(`  ${dim('line:')}   ${printable(shown.length > 200 ? `${shown.slice(0, 200)}…` : shown)}`);
    if (f.commit) out.push(`  ${dim('commit:')} ${f.commit.slice(0, 12)} ${f.author ?? ''} ${f.date ?? ''}`);
    if (f.structure) out.push(`  ${dim('facts:')}  ${printable(f.structure.facts.join('; '))}`);
    out.push(...verificationLines(f, dim, red));
    out.push(`  ${dim('why:')}    ${f.reasons.join('; ')}`);
    out.push(`  ${dim('next:')}   ${nextStep(f)}`);
    out.push('');
  }
  if (opts.showSuppressed && result.suppressed.length > 0) {
    out.push(bold(`Suppressed (${result.suppressed.length}): found, then dropped for the reason given`));
    for (const s of sortSuppressed(result.suppressed)) {
      const f = s.finding;
      const secret = f.secret ? `  ${printable(opts.noRedact ? f.secret : redact(f.secret))}` : '';
      out.push(`  ${printable(`${f.file}:${f.line}:${f.column}`)}  ${cyan(f.ruleId)}${secret}`);
      out.push(`    ${dim(`${s.kind}:`)} ${printable(s.reason)}`);
    }
    out.push('');
  }
  out.push(summary(result, { red, bold }));
  return out.join('\n') + '\n';
}

function summary(result: ScanResult, c: { red: (s: string) => string; bold: (s: string) => string }): string {
  const { stats } = result;
  const files = new Set(result.findings.map((f) => f.file)).size;
  const s = (n: number) => (n === 1 ? '' : 's');
  // History and ranges: the files are file changes, one per commit that touched the file.
  const what = stats.commits === undefined
    ? `${stats.files} file${s(stats.files)}`
    : `${stats.files} file change${s(stats.files)} in ${stats.commits} commit${s(stats.commits)}${stats.refs === undefined ? '' : ` of ${stats.refs} ref${s(stats.refs)}`}`;
  const scanned = `${what} (${(stats.bytes / 1048576).toFixed(1)} MB) scanned in ${stats.durationMs} ms`;
  const reasons = Object.entries(stats.skippedByReason).map(([r, n]) => `${n} ${r}`).join(', ');
  const skipped = stats.skipped > 0 ? `; ${stats.skipped} skipped (${reasons})` : '';
  const kinds = Object.entries(stats.suppressedByKind).map(([k, n]) => `${n} ${k}`).join(', ');
  const suppressed = stats.suppressed > 0 ? `; ${stats.suppressed} candidate${stats.suppressed === 1 ? '' : 's'} dropped (${kinds})` : '';
  if (result.findings.length === 0) return `No secrets found: ${scanned}${skipped}${suppressed}.`;
  const n = result.findings.length;
  return c.red(c.bold(`${n} secret${n === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}`)) + `: ${scanned}${skipped}${suppressed}.`;
}
