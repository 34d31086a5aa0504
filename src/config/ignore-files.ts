/** The ignore files at a scan's root — `.leakwardignore` and gitleaks' `.gitleaksignore` — read and applied to its result. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakwardError } from '../errors.js';
import { applyIgnore, GITLEAKS_IGNORE_NAME, IGNORE_NAME, parseGitleaksIgnore, parseLeakwardIgnore, staleEntries, type IgnoreEntry } from '../filters/ignore.js';
import type { ScanResult } from '../scan.js';

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new LeakwardError('CONFIG_INVALID', `cannot read ${path}: ${code ?? (e as Error).message}`, 'Check the file\'s permissions.');
  }
}

export function readIgnoreFiles(root: string): IgnoreEntry[] {
  const mine = readIfThere(join(root, IGNORE_NAME));
  const theirs = readIfThere(join(root, GITLEAKS_IGNORE_NAME));
  return [
    ...(mine !== undefined ? parseLeakwardIgnore(mine, IGNORE_NAME) : []),
    ...(theirs !== undefined ? parseGitleaksIgnore(theirs, GITLEAKS_IGNORE_NAME) : []),
  ];
}

/**
 * `.leakwardignore` and `.gitleaksignore` at `root`: drops the findings they name, and — for scans that
 * see everything (a tree, a whole history) — lists the entries that matched nothing.
 */
export function applyIgnoreFiles(result: ScanResult, root: string, stale: 'tree' | 'history' | undefined): ScanResult {
  const entries = readIgnoreFiles(root);
  if (entries.length === 0) return result;
  const r = applyIgnore(result.findings, entries);
  // An entry for a finding the baseline already drops is not stale.
  const inBaseline = applyIgnore(result.suppressed.filter((s) => s.kind === 'baseline').map((s) => s.finding), entries);
  const used = new Set([...r.used, ...inBaseline.used]);
  // A secret history or a range reports once may be elsewhere too: an entry that drops it at one path
  // or commit leaves the next place no entry drops to be reported (the same token in a test fixture
  // allowed there, and in production config).
  for (const s of result.elsewhere ? r.suppressed : []) {
    for (const other of result.elsewhere!.get(s.finding) ?? []) {
      const o = applyIgnore([other], entries);
      for (const e of o.used) used.add(e);
      if (o.kept.length > 0) {
        r.kept.push(other);
        break;
      }
    }
  }
  const suppressed = [...result.suppressed, ...r.suppressed];
  const suppressedByKind = { ...result.stats.suppressedByKind };
  if (r.suppressed.length > 0) suppressedByKind.ignore = (suppressedByKind.ignore ?? 0) + r.suppressed.length;
  return {
    ...result,
    findings: r.kept,
    suppressed,
    stats: { ...result.stats, findings: r.kept.length, suppressed: suppressed.length, suppressedByKind },
    ...(stale ? { staleIgnores: staleEntries(entries, used, stale === 'history') } : {}),
  };
}
