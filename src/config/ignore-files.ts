/** Reads the ignore files at a scan's root: `.leakwardignore` and gitleaks' `.gitleaksignore`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakwardError } from '../errors.js';
import { GITLEAKS_IGNORE_NAME, IGNORE_NAME, parseGitleaksIgnore, parseLeakwardIgnore, type IgnoreEntry } from '../filters/ignore.js';

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
