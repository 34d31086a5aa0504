/** Loads rule files (TOML) into validated rules. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TomlError } from 'smol-toml';
import { LeakwardError, RuleError } from '../errors.js';
import type { Allowlist, Rule } from '../types.js';
import { lineFinder, validateAllowlist, validateRule } from './schema.js';

export interface LoadedRules {
  rules: Rule[];
  allowlists: Allowlist[];
}

export function parseToml(text: string, file: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      throw new RuleError(file, e.line, undefined, `invalid TOML: ${e.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '')}`,
        'Fix the TOML syntax at that line.');
    }
    throw e;
  }
}

/** Header lines of `[[rules]]`, the allowlists of each rule, and the global allowlists. */
function tableHeaders(text: string): { rules: number[]; ruleAllowlists: number[]; allowlists: number[] } {
  const out = { rules: [] as number[], ruleAllowlists: [] as number[], allowlists: [] as number[] };
  text.split('\n').forEach((l, i) => {
    if (/^\s*\[\[\s*rules\s*\]\]/.test(l)) out.rules.push(i + 1);
    else if (/^\s*\[\[?\s*rules\s*\.\s*allowlists?\s*\]\]?/.test(l)) out.ruleAllowlists.push(i + 1);
    else if (/^\s*\[\[?\s*allowlists?\s*\]\]?/.test(l)) out.allowlists.push(i + 1);
  });
  return out;
}

export interface ParseOptions {
  /** Rules shipped with leakward must carry examples. */
  requireExamples: boolean;
  /** Rules may leave out regex and path, to change a rule of the config they extend. */
  partial?: boolean;
}

/** Parses one rules document: `[[rules]]` tables plus optional `[[allowlists]]` / `[allowlist]`. */
export function parseRulesDocument(text: string, file: string, options: boolean | ParseOptions): LoadedRules {
  const opts = typeof options === 'boolean' ? { requireExamples: options } : options;
  return rulesFromDocument(parseToml(text, file), text, file, opts);
}

/** The rules and allowlists of an already parsed document (a config reads its other keys itself). */
export function rulesFromDocument(doc: Record<string, unknown>, text: string, file: string, opts: ParseOptions): LoadedRules {
  const find = lineFinder(text);
  const headers = tableHeaders(text);
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) throw new RuleError(file, find('rules'), undefined, '"rules" must be an array of tables ([[rules]])');
  const rules = rawRules.map((raw, i) => {
    const line = headers.rules[i];
    const next = headers.rules[i + 1] ?? Infinity;
    const allowlistLines = headers.ruleAllowlists.filter((l) => line !== undefined && l > line && l < next);
    return validateRule(raw, { file, ...(line ? { line } : {}), find, requireExamples: opts.requireExamples, allowlistLines, partial: opts.partial ?? false });
  });
  if (doc.allowlists !== undefined && doc.allowlist !== undefined) {
    throw new RuleError(file, find('allowlist') ?? headers.allowlists[0], undefined, 'both [allowlist] and [[allowlists]]',
      'Write every global allowlist as [[allowlists]] (gitleaks ≥ 8.25).');
  }
  const rawAllow = doc.allowlists ?? (doc.allowlist !== undefined ? [doc.allowlist] : []);
  if (!Array.isArray(rawAllow)) throw new RuleError(file, find('allowlists'), undefined, '"allowlists" must be an array of tables');
  const allowlists = rawAllow.map((a, i) => validateAllowlist({ file, line: headers.allowlists[i], id: undefined, find }, a, true));
  return { rules, allowlists };
}

/** The folder of built-in rules: `rules/` at the package root, beside `src/` and `dist/`. */
export function builtinRulesDir(): string {
  // From dist/*.js the folder is one level up; from src/rules/*.ts (tests, tsx) two.
  for (const rel of ['../rules/', '../../rules/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, 'README.md'))) return dir;
  }
  throw new LeakwardError('IO', 'cannot find the built-in rules folder', 'Reinstall leakward.');
}

/** Loads every `*.toml` in a folder (sorted, so rule order is stable) and checks ids are unique. */
export function loadRulesDir(dir: string, requireExamples = true): LoadedRules {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.toml')).sort();
  } catch (e) {
    throw new LeakwardError('IO', `cannot read the rules folder ${dir}: ${(e as Error).message}`,
      'Reinstall leakward, or pass a folder that exists.');
  }
  const out: LoadedRules = { rules: [], allowlists: [] };
  const seen = new Map<string, Rule>();
  for (const name of names) {
    const path = join(dir, name);
    const display = relative(process.cwd(), path) || path;
    const doc = parseRulesDocument(readFileSync(path, 'utf8'), display.startsWith('..') ? path : display, requireExamples);
    for (const r of doc.rules) {
      const prev = seen.get(r.id);
      if (prev) {
        throw new RuleError(r.source.file, r.source.line, r.id,
          `duplicate rule id (also at ${prev.source.file}:${prev.source.line ?? '?'})`, 'Rule ids must be unique.');
      }
      seen.set(r.id, r);
      out.rules.push(r);
    }
    out.allowlists.push(...doc.allowlists);
  }
  return out;
}
