/**
 * Workflow annotations: one per finding, on its exact line, so a reviewer sees it in the diff view.
 * Pure: the shell hands them to the runner (`::error file=…,line=…::`), which escapes them.
 */
import { redact } from '../report/redact.js';
import type { Finding } from '../types.js';
import { verdictOf, type ConfirmVerdict } from './confirm.js';

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  /** Only when the finding starts and ends on one line: the runner ignores columns across lines. */
  startColumn?: number;
  endColumn?: number;
}

/** Where the scanned directory sits in the repository (`path` input), so files are repository-relative. */
export function repoPath(prefix: string, file: string): string {
  const p = prefix.replace(/^\.\/?/, '').replace(/\/+$/, '');
  return p ? `${p}/${file}` : file;
}

function verdictWords(v: ConfirmVerdict): string {
  if (v.revoked) return 'verified live, and revoked';
  if (v.status === 'not verified') return '';
  return v.status === 'live' ? 'verified live' : v.status === 'invalid' ? 'checked: not live' : 'verification inconclusive';
}

export function findingAnnotations(findings: Finding[], verdicts: Map<string, ConfirmVerdict>, prefix = '.'): Annotation[] {
  return findings.map((f) => {
    const v = verdictWords(verdictOf(verdicts, f));
    const where = f.commit ? ` Added in commit ${f.commit.slice(0, 12)}.` : '';
    const a: Annotation = {
      level: f.confidence === 'low' ? 'warning' : 'error',
      title: `leakward: ${f.ruleId}`,
      message:
        `${f.description}: ${redact(f.secret)} (${f.confidence} confidence${v ? `, ${v}` : ''}).${where} ` +
        'Treat it as compromised: revoke or rotate it, then remove it. A false positive? Add `leakward:allow` in a comment on the line.',
      file: f.file === '<stdin>' ? f.file : repoPath(prefix, f.file),
      startLine: f.line,
      endLine: f.endLine,
    };
    if (f.endLine === f.line) {
      a.startColumn = f.column;
      a.endColumn = f.endColumn;
    }
    return a;
  });
}
