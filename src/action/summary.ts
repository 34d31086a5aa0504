/**
 * The job summary: a Markdown table of what was found, where, and what verification said. Pure.
 * Rule ids, file names and commit data come from the repository — a hostile pull request names its
 * files — so every cell is escaped: no HTML, no links or tables of the attacker's making.
 */
import type { ScanResult } from '../scan.js';
import { redact } from '../report/redact.js';
import { sortFindings } from '../report/finding-view.js';
import type { Finding } from '../types.js';
import { notInAFile } from './annotations.js';
import { verdictOf, type ConfirmVerdict } from './confirm.js';

export interface SummaryContext {
  /** What was scanned, in words (the plan's `why`). */
  scanned: string;
  /** `https://github.com/owner/repo`: links to files and commits; none when unknown. */
  repoUrl?: string;
  /** The commit files link to when a finding has none (a tree scan). */
  headSha?: string;
  sarifPath?: string;
  /** Things to say under the table: notes from the scan, comments that could not be placed. */
  notes?: string[];
  /** The audit trail of verification and revocation: the last hash lets a reader see a truncated log. */
  audit?: { file: string; records: number; lastHash: string };
  maxRows?: number;
}

/** Escapes text for a Markdown table cell: HTML, Markdown punctuation and line breaks. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~!()]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

const encodePath = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

function statusCell(v: ConfirmVerdict): string {
  const s = v.revoked ? 'revoked' : v.status;
  return v.detail ? `${s} — ${cell(v.detail)}` : s;
}

function row(f: Finding, v: ConfirmVerdict, ctx: SummaryContext): string {
  const at = `${cell(f.file)}:${f.line}`;
  const ref = f.commit ?? ctx.headSha;
  // A finding in a commit's message links to the commit; one in no file (a tag's message) to nothing.
  const where = !ctx.repoUrl ? at
    : !notInAFile(f) && ref ? `[${at}](${ctx.repoUrl}/blob/${ref}/${encodePath(f.file)}#L${f.line})`
    : f.place === 'commit-message' && f.commit ? `[${at}](${ctx.repoUrl}/commit/${f.commit})`
    : at;
  const commit = f.commit ? (ctx.repoUrl ? `[\`${f.commit.slice(0, 7)}\`](${ctx.repoUrl}/commit/${f.commit})` : `\`${f.commit.slice(0, 7)}\``) : '—';
  return `| ${cell(f.ruleId)} | ${where} | ${commit} | ${f.confidence} | ${statusCell(v)} | ${cell(redact(f.secret))} |`;
}

/** Skipped files the summary names; the rest are counted. */
const MAX_SKIPPED_NAMED = 10;

export function buildSummary(result: ScanResult, verdicts: Map<string, ConfirmVerdict>, ctx: SummaryContext): string {
  const findings = sortFindings(result.findings);
  const n = findings.length;
  const lines: string[] = [];
  lines.push(n === 0 ? '## leakward: no secrets found' : `## leakward: ${n === 1 ? '1 secret' : `${n} secrets`} found`);
  lines.push('');
  const stats = result.stats;
  const what = [stats.commits !== undefined ? `${stats.commits} commit(s)` : '', `${stats.files} file change(s)`].filter(Boolean).join(', ');
  lines.push(`**Scanned:** ${cell(ctx.scanned)} — ${what}, ${stats.suppressed} suppressed.`);
  lines.push('');
  if (n > 0) {
    const max = ctx.maxRows ?? 200;
    lines.push('| Rule | File:line | Commit | Confidence | Verification | Secret (redacted) |');
    lines.push('| --- | --- | --- | --- | --- | --- |');
    for (const f of findings.slice(0, max)) lines.push(row(f, verdictOf(verdicts, f), ctx));
    if (n > max) lines.push(`\n…and ${n - max} more: see the SARIF report or the annotations.`);
    lines.push('');
    const live = findings.filter((f) => verdictOf(verdicts, f).status === 'live').length;
    const revoked = findings.filter((f) => verdictOf(verdicts, f).revoked).length;
    if (live > 0 || revoked > 0) {
      lines.push(`Verified live: ${live}; revoked: ${revoked}${revoked > 0 ? ' (the provider, asked again, rejects them: they no longer work)' : ''}.`, '');
    }
    lines.push('**What to do:** treat each secret as compromised — revoke or rotate it at its provider, then remove it ' +
      'from the code (and from the history with `git filter-repo` when the branch is already shared). A false positive? ' +
      'Add `leakward:allow` in a comment on the line, or record it in `.leakward-baseline.json` (`npx leakward baseline`).');
    lines.push('');
  }
  // What was not scanned: a skipped file may hold a secret (one past the size limit, a binary).
  if (stats.skipped > 0) {
    const named = result.skipped.slice(0, MAX_SKIPPED_NAMED).map((k) => `${cell(k.path)} (${k.reason}${k.detail ? `: ${cell(k.detail)}` : ''})`);
    const more = stats.skipped - named.length;
    lines.push(`**Not scanned:** ${stats.skipped} file(s) — ${named.join('; ')}${more > 0 ? `; and ${more} more (see the log)` : ''}.`, '');
  }
  for (const note of ctx.notes ?? []) lines.push(`> ${cell(note)}`, '');
  if (ctx.audit) {
    const { file, records, lastHash } = ctx.audit;
    lines.push(`**Audit log:** \`${cell(file).replace(/`/g, '')}\` — ${records} record${records === 1 ? '' : 's'} appended; chain head \`${lastHash}\` ` +
      '(check it with `npx leakward audit verify FILE`; keep this hash to detect records dropped from the end).', '');
  }
  if (ctx.sarifPath) lines.push(`SARIF report: \`${cell(ctx.sarifPath).replace(/`/g, '')}\``, '');
  return lines.join('\n');
}
