/**
 * Which config file a scan uses. Apart from load.ts so that checking for one costs no TOML parser: the
 * pre-commit hook's bundle looks, and hands a repository that has one to the full CLI.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CONFIG_NAME = '.leakward.toml';
export const GITLEAKS_CONFIG_NAME = '.gitleaks.toml';

/** The config file to use: the one given, else `.leakward.toml`, else `.gitleaks.toml` in the scan root. */
export function findConfig(root: string | undefined, given: string | undefined): string | undefined {
  if (given) return given;
  if (root === undefined) return undefined;
  for (const name of [CONFIG_NAME, GITLEAKS_CONFIG_NAME]) {
    const p = join(root, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}
