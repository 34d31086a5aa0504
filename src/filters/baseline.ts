/**
 * Baselines: known findings, keyed by fingerprint (rule + hash of the secret) — never by line number,
 * never holding the secret. A baseline file is either one `leakward baseline` wrote or any JSON report.
 */
import { LeakwardError } from '../errors.js';
import type { Finding, Suppression } from '../types.js';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

export function parseBaseline(text: string, file: string): Set<string> {
  let doc: unknown;
  try {
    // A byte-order mark (Windows editors add one on saving) is not JSON, but says nothing wrong.
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new LeakwardError('BASELINE_INVALID', `${file}: not valid JSON (${(e as Error).message})`,
      'Regenerate it with `leakward baseline`.');
  }
  const findings = (doc as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) {
    throw new LeakwardError('BASELINE_INVALID', `${file}: expected an object with a "findings" array`,
      'Pass a file written by `leakward baseline` or `leakward scan --format json`.');
  }
  const out = new Set<string>();
  findings.forEach((f, i) => {
    const fp = (f as { fingerprint?: unknown })?.fingerprint;
    if (typeof fp !== 'string') {
      throw new LeakwardError('BASELINE_INVALID', `${file}: findings[${i}] has no "fingerprint"`,
        'Regenerate it with `leakward baseline`.');
    }
    out.add(fp);
  });
  return out;
}

/** Stable, churn-free content: sorted, no timestamps, no line numbers, no secrets. */
export function formatBaseline(findings: Finding[]): string {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    const key = `${f.fingerprint}\0${f.file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  }
  entries.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return JSON.stringify({ version: 1, findings: entries }, null, 2) + '\n';
}

export function applyBaseline(findings: Finding[], baseline: Set<string>): { kept: Finding[]; suppressed: Suppression[] } {
  const kept: Finding[] = [];
  const suppressed: Suppression[] = [];
  for (const f of findings) {
    if (baseline.has(f.fingerprint)) suppressed.push({ finding: f, kind: 'baseline', reason: `in the baseline (${f.fingerprint})` });
    else kept.push(f);
  }
  return { kept, suppressed };
}
