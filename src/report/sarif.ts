/** `--format sarif`: SARIF 2.1.0 for code-scanning UIs (GitHub's upload-sarif among them). */
import type { ScanResult } from '../scan.js';
import type { Finding, Rule, Suppression } from '../types.js';
import { sortFindings, sortSuppressed } from './finding-view.js';
import { redact, redactorFor } from './redact.js';

export const TOOL_VERSION = '0.1.0';

function helpText(r: Pick<Rule, 'description' | 'remediation'>): string {
  return `${r.description}. A leaked secret must be treated as compromised: revoke or rotate it` +
    `${r.remediation ? ` (${r.remediation})` : ''}, then remove it from the code and from git history. ` +
    'If it is a false positive, add `leakward:allow` in a comment on the line.';
}

/** `--verify`: the provider's verdict in the alert text, where code-scanning UIs show it. */
function verified(f: Finding): string {
  const v = f.verification;
  if (!v) return '';
  return `; verified ${v.status} with ${v.provider}${v.identity ? ` (${v.identity})` : ''}${v.revocation ? `; revocation: ${v.revocation.action}` : ''}`;
}

const uri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export function formatSarif(result: ScanResult, rules: Rule[], opts: { noRedact: boolean; showSuppressed?: boolean }): string {
  // --show-suppressed: dropped findings become results with a SARIF suppression (code scanning shows them as dismissed).
  const dropped = opts.showSuppressed ? sortSuppressed(result.suppressed) : [];
  const why = new Map<Finding, Suppression>(dropped.map((s) => [s.finding, s]));
  const findings = [...sortFindings(result.findings), ...dropped.map((s) => s.finding)];
  const used = [...new Set(findings.map((f) => f.ruleId))].sort();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const sarifRules = used.map((id) => {
    const r = byId.get(id) ?? { id, description: id, tags: [], confidence: 'medium' as const };
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.description },
      help: { text: helpText(r as Rule), markdown: helpText(r as Rule) },
      ...('remediation' in r && r.remediation ? { helpUri: r.remediation } : {}),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'secret', ...r.tags], precision: r.confidence === 'high' ? 'very-high' : r.confidence === 'medium' ? 'high' : 'medium' },
    };
  });
  const hide = redactorFor(result.findings, result.suppressed.map((s) => s.finding));
  const results = findings.map((f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId)!,
    level: 'error',
    message: { text: `${f.description}: ${opts.noRedact ? f.secret : redact(f.secret)} (${f.confidence} confidence)${verified(f)}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.file) },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            snippet: { text: opts.noRedact ? f.match : hide(f, f.match) },
          },
        },
      },
    ],
    partialFingerprints: { 'leakward/v1': f.fingerprint },
    properties: { confidence: f.confidence, ...(f.commit ? { commit: f.commit } : {}), ...(f.place ? { place: f.place } : {}), ...(f.verification ? { verification: f.verification } : {}) },
    ...(why.has(f)
      ? { suppressions: [{ kind: why.get(f)!.kind === 'inline' ? 'inSource' : 'external', justification: `${why.get(f)!.kind}: ${why.get(f)!.reason}` }] }
      : {}),
  }));
  return (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'leakward', version: TOOL_VERSION, informationUri: 'https://github.com/leakward/leakward', rules: sarifRules } },
            results,
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}
