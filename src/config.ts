/**
 * User configuration: `.leakward.toml` at the scan root, or `--config FILE`. For now it adds rules and
 * allowlists in the rule-file schema (examples optional; checked when present by `rules check`);
 * a rule with a built-in rule's id replaces it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileRule, compileAllowlist } from './engine/compile.js';
import { LeakwardError } from './errors.js';
import { parseRulesDocument } from './rules/load.js';
import type { RuleSet } from './types.js';

export const CONFIG_NAME = '.leakward.toml';

/** The config file to use: the one given, else `.leakward.toml` in the scan root when it exists. */
export function findConfig(root: string | undefined, given: string | undefined): string | undefined {
  if (given) return given;
  if (root === undefined) return undefined;
  const p = join(root, CONFIG_NAME);
  return existsSync(p) ? p : undefined;
}

export function applyConfig(base: RuleSet, path: string, cwd: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LeakwardError('CONFIG_INVALID', `cannot read the config ${path}: ${(e as NodeJS.ErrnoException).code}`,
      'Check the path given to --config.');
  }
  const shown = relative(cwd, path) || path;
  const doc = parseRulesDocument(text, shown.startsWith('..') ? path : shown, false);
  const owner = { id: 'config allowlist', source: { file: shown } };
  const mine = doc.rules.map((r) => compileRule(r));
  const replaced = new Set(mine.map((r) => r.rule.id));
  return {
    rules: [...base.rules.filter((r) => !replaced.has(r.rule.id)), ...mine],
    allowlists: [...base.allowlists, ...doc.allowlists.map((a) => compileAllowlist(owner, a))],
  };
}
