/** The public shape of a finding in reports (DESIGN "JSON output"); redacts unless told not to. */
import type { Finding, Suppression } from '../types.js';
import { redact } from './redact.js';

export interface FindingView {
  ruleId: string;
  description: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secret: string;
  match: string;
  fingerprint: string;
  confidence: Finding['confidence'];
  reasons: string[];
  entropy: number;
  tags: string[];
  provider?: string;
  remediation?: string;
  structure?: Finding['structure'];
  verification?: Finding['verification'];
  decodedFrom?: string;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  message?: string;
  place?: Finding['place'];
}

/** A finding as reports show it; `redactor` clears its text of secrets (redactorFor: every secret on its lines). */
export function viewFinding(f: Finding, noRedact: boolean, redactor: (f: Finding, text: string) => string): FindingView {
  const hide = (s: string): string => (noRedact ? s : redactor(f, s));
  const v: FindingView = {
    ruleId: f.ruleId,
    description: f.description,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: noRedact ? f.secret : redact(f.secret),
    match: hide(f.match),
    fingerprint: f.fingerprint,
    confidence: f.confidence,
    reasons: f.reasons,
    entropy: f.entropy,
    tags: f.tags,
  };
  if (f.provider) v.provider = f.provider;
  if (f.remediation) v.remediation = f.remediation;
  if (f.structure) v.structure = f.structure;
  if (f.verification) v.verification = f.verification;
  if (f.decodedFrom) v.decodedFrom = f.decodedFrom;
  for (const k of ['commit', 'author', 'email', 'date'] as const) if (f[k] !== undefined) v[k] = f[k];
  // The commit's subject may hold a secret too (one pasted into it is found as `(commit message)`).
  if (f.message !== undefined) v.message = hide(f.message);
  if (f.place !== undefined) v.place = f.place;
  return v;
}

/** Findings in a stable order: file, line, column, rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Suppressed findings in the same stable order. */
export function sortSuppressed(suppressed: Suppression[]): Suppression[] {
  const order = new Map(sortFindings(suppressed.map((s) => s.finding)).map((f, i) => [f, i]));
  return [...suppressed].sort((a, b) => order.get(a.finding)! - order.get(b.finding)!);
}
