/**
 * Files a build ships beside its code (dist/rules.json, dist/engine-worker.mjs). Bundled code runs from
 * dist/ or dist/chunks/, so both places are tried; from source there is no such file, and callers fall
 * back to doing the work themselves.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function buildFile(name: string): string | undefined {
  for (const rel of [`../${name}`, `./${name}`]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return undefined;
}
