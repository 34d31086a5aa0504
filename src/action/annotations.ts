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
  /** Unset for a finding that is in no file (notInAFile): the annotation is the run's, not a line's. */
  file?: string;
  startLine?: number;
  endLine?: number;
  /** Only when the finding starts and ends on one line: the runner ignores columns across lines. */
  startColumn?: number;
  endColumn?: number;
}

/**
 * Whether a finding is in no file of the repository: a commit's message, an annotated tag's, or a ref
 * that leads to a file or folder without a commit. (The Action scans commits, whose findings carry
 * repository-relative paths, whatever folder its `path` input names.)
 */
export function notInAFile(f: Finding): boolean {
  return f.place !== undefined;
}

/** Where a finding that is in no file is. */
export function placeOf(f: Finding): string {
  return f.place === 'commit-message' ? `the message of commit ${f.commit?.slice(0, 12) ?? ''}` : f.file;
}

function verdictWords(v: ConfirmVerdict): string {
  if (v.revoked) return 'verified live, and revoked';
  if (v.status === 'not verified') return '';
  return v.status === 'live' ? 'verified live' : v.status === 'invalid' ? 'checked: not live' : 'verification inconclusive';
}

export function findingAnnotations(findings: Finding[], verdicts: Map<string, ConfirmVerdict>): Annotation[] {
  return findings.map((f) => {
    const v = verdictWords(verdictOf(verdicts, f));
    const head = `${f.description}: ${redact(f.secret)} (${f.confidence} confidence${v ? `, ${v}` : ''}).`;
    if (notInAFile(f)) {
      return {
        level: f.confidence === 'low' ? 'warning' : 'error',
        title: `leakward: ${f.ruleId}`,
        message: `${head} In ${placeOf(f)}, line ${f.line}. Treat it as compromised: revoke or rotate it; rewriting the message does not unpublish it.`,
      };
    }
    const where = f.commit ? ` Added in commit ${f.commit.slice(0, 12)}.` : '';
    const a: Annotation = {
      level: f.confidence === 'low' ? 'warning' : 'error',
      title: `leakward: ${f.ruleId}`,
      message: `${head}${where} Treat it as compromised: revoke or rotate it, then remove it. A false positive? Add \`leakward:allow\` in a comment on the line.`,
      file: f.file,
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
