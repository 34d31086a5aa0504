/** `--format json`: `{ version: 1, findings, stats, skipped }`. Stable: add fields, never rename. */
import type { ScanResult } from '../scan.js';
import { sortFindings, viewFinding } from './finding-view.js';

export function formatJson(result: ScanResult, opts: { noRedact: boolean }): string {
  return (
    JSON.stringify(
      {
        version: 1,
        findings: sortFindings(result.findings).map((f) => viewFinding(f, opts.noRedact)),
        stats: { ...result.stats, mode: result.mode },
        skipped: result.skipped,
      },
      null,
      2,
    ) + '\n'
  );
}
