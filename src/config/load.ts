/**
 * Finds and reads config files: `--config FILE`, else `.leakward.toml`, else `.gitleaks.toml` in the
 * scanned directory; follows `[extend] path` (cycles and missing files are errors).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { RuleError } from '../errors.js';
import { parseToml, rulesFromDocument } from '../rules/load.js';
import { lineFinder, type LineFinder } from '../rules/schema.js';
import type { Allowlist, Rule } from '../types.js';
import { validateHeader, type ConfigDialect, type ConfigHeader } from './schema.js';

export { CONFIG_NAME, findConfig, GITLEAKS_CONFIG_NAME } from './find.js';

/** How deep `[extend] path` may chain: far more than anyone needs, and no runaway. */
const MAX_EXTEND_DEPTH = 5;

export interface ConfigFile {
  /** Absolute. */
  path: string;
  /** As errors and reports show it: relative to the working directory when inside it. */
  file: string;
  dialect: ConfigDialect;
  header: ConfigHeader;
  rules: Rule[];
  /** The keys each rule wrote: when it changes a rule it extends, the others keep the base's value. */
  given: Array<Set<string>>;
  allowlists: Allowlist[];
  /** The config `[extend] path` names, loaded. */
  base?: ConfigFile;
  find: LineFinder;
}

/** A file named like gitleaks' (`.gitleaks.toml`, `gitleaks.toml`, `gitleaks-ci.toml`) is read as gitleaks reads it. */
export function dialectOf(path: string): ConfigDialect {
  return /gitleaks/i.test(basename(path)) ? 'gitleaks' : 'leakward';
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

export function loadConfig(path: string, cwd: string, chain: string[] = []): ConfigFile {
  const abs = resolve(cwd, path);
  const file = display(abs, cwd);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const from = chain.length > 0 ? ` (named by [extend] path in ${display(chain[chain.length - 1]!, cwd)})` : '';
    throw new RuleError(file, undefined, undefined, `cannot read the config: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}${from}`,
      chain.length > 0 ? 'Fix [extend] path: leakward configs resolve it from their own folder, gitleaks configs from the working directory.'
        : 'Check the path given to --config.', 'CONFIG_INVALID');
  }
  const dialect = dialectOf(abs);
  const doc = parseToml(text, file);
  const header = validateHeader(doc, text, file, dialect);
  const { rules, allowlists } = rulesFromDocument(doc, text, file, { requireExamples: false, partial: true });
  const given = ((doc.rules ?? []) as Array<Record<string, unknown>>).map((r) => new Set(Object.keys(r)));
  const config: ConfigFile = { path: abs, file, dialect, header, rules, given, allowlists, find: lineFinder(text) };
  if (header.extend.path !== undefined) {
    const next = resolveExtendPath(header.extend.path, abs, dialect, cwd);
    const line = config.find('path');
    if ([...chain, abs].includes(next)) {
      throw new RuleError(file, line, undefined, `[extend] path makes a cycle: ${[...chain, abs, next].map((p) => display(p, cwd)).join(' → ')}`,
        'Remove the [extend] path that points back.', 'CONFIG_INVALID');
    }
    if (chain.length + 1 >= MAX_EXTEND_DEPTH) {
      throw new RuleError(file, line, undefined, `[extend] path chains more than ${MAX_EXTEND_DEPTH} configs`,
        'Merge some of them into one file.', 'CONFIG_INVALID');
    }
    config.base = loadConfig(next, cwd, [...chain, abs]);
  }
  return config;
}

/**
 * gitleaks documents `[extend] path` as relative to where gitleaks runs; a leakward config's is
 * relative to its own folder, so it works from any directory. A gitleaks path that is not there is
 * looked for beside the config as well.
 */
export function resolveExtendPath(path: string, configPath: string, dialect: ConfigDialect, cwd: string): string {
  const own = resolve(dirname(configPath), path);
  if (dialect === 'leakward') return own;
  const fromCwd = resolve(cwd, path);
  return existsSync(fromCwd) || !existsSync(own) ? fromCwd : own;
}
