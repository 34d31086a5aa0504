/**
 * Strict validation of rule tables (a superset of gitleaks' schema). Unknown keys and wrong types are
 * errors that name the file, the line and the rule id: a typo must never silently disable a rule.
 */
import { globProblem } from '../engine/glob.js';
import { RuleError } from '../errors.js';
import type { Allowlist, ChecksumKind, Confidence, RequiredRule, Rule, StructureKind } from '../types.js';

const RULE_KEYS = new Set([
  'id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'allowlists',
  'allowlist', 'provider', 'confidence', 'checksum', 'structure', 'remediation', 'verify', 'revoke',
  'examples', 'negatives', 'required', 'skipReport',
]);
const REQUIRED_KEYS = ['id', 'withinLines', 'withinColumns'];
const ALLOWLIST_KEYS = new Set(['description', 'condition', 'regexTarget', 'regexes', 'paths', 'globs', 'stopwords', 'commits']);
/** Only a global allowlist can name the rules it applies to. */
const GLOBAL_ALLOWLIST_KEYS = new Set([...ALLOWLIST_KEYS, 'targetRules']);
const CONFIDENCES: Confidence[] = ['high', 'medium', 'low'];
const CHECKSUMS: ChecksumKind[] = ['github-crc32'];
const STRUCTURES: StructureKind[] = ['aws-key-id', 'jwt', 'base64-json', 'base64-credentials'];

/** Locates keys in the TOML text, so errors can say which line. */
export interface LineFinder {
  (key: string, afterLine?: number): number | undefined;
}

export function lineFinder(text: string): LineFinder {
  const lines = text.split('\n');
  return (key, afterLine = 1) => {
    const re = new RegExp(`^\\s*(?:${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*=`);
    for (let i = Math.max(0, afterLine - 1); i < lines.length; i++) if (re.test(lines[i]!)) return i + 1;
    return undefined;
  };
}

interface Ctx {
  file: string;
  line: number | undefined;
  id: string | undefined;
  find: LineFinder;
  /** Rules shipped with leakward must carry examples; user and gitleaks rules need not. */
  requireExamples: boolean;
}

function fail(ctx: Ctx, problem: string, key?: string, hint?: string): never {
  const line = key ? (ctx.find(key, ctx.line) ?? ctx.line) : ctx.line;
  throw new RuleError(ctx.file, line, ctx.id, problem, hint);
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function str(ctx: Ctx, t: Record<string, unknown>, key: string, required = false): string | undefined {
  const v = t[key];
  if (v === undefined) {
    if (required) fail(ctx, `missing required "${key}"`, undefined, `Add ${key} = "…" to the rule.`);
    return undefined;
  }
  if (typeof v !== 'string') fail(ctx, `"${key}" must be a string`, key);
  return v;
}

function strList(ctx: Ctx, t: Record<string, unknown>, key: string): string[] {
  const v = t[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(ctx, `"${key}" must be an array of strings`, key);
  return v as string[];
}

function num(ctx: Ctx, t: Record<string, unknown>, key: string): number | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' && typeof v !== 'bigint') fail(ctx, `"${key}" must be a number`, key);
  return Number(v);
}

function oneOf<T extends string>(ctx: Ctx, t: Record<string, unknown>, key: string, allowed: readonly T[]): T | undefined {
  const v = str(ctx, t, key);
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) fail(ctx, `"${key}" must be one of ${allowed.join(', ')} (got "${v}")`, key);
  return v as T;
}

export function validateAllowlist(ctx: Omit<Ctx, 'requireExamples'>, raw: unknown, global = false): Allowlist {
  const c = { ...ctx, requireExamples: false };
  if (!isObj(raw)) fail(c, 'an allowlist must be a table');
  const keys = global ? GLOBAL_ALLOWLIST_KEYS : ALLOWLIST_KEYS;
  for (const k of Object.keys(raw)) {
    if (!keys.has(k)) {
      const hint = k === 'targetRules'
        ? 'targetRules belongs in a global [[allowlists]] table; a rule\'s own allowlist already applies only to it.'
        : `Allowlist keys are: ${[...keys].join(', ')}.`;
      fail(c, `unknown allowlist key "${k}"`, k, hint);
    }
  }
  const condition = (str(c, raw, 'condition') ?? 'OR').toUpperCase();
  if (condition !== 'OR' && condition !== 'AND') fail(c, `"condition" must be "OR" or "AND"`, 'condition');
  const regexTarget = oneOf(c, raw, 'regexTarget', ['secret', 'match', 'line'] as const) ?? 'secret';
  const a: Allowlist = {
    condition,
    regexTarget,
    regexes: strList(c, raw, 'regexes'),
    paths: strList(c, raw, 'paths'),
    stopwords: strList(c, raw, 'stopwords'),
    commits: strList(c, raw, 'commits'),
  };
  const description = str(c, raw, 'description');
  if (description) a.description = description;
  const globs = strList(c, raw, 'globs');
  for (const g of globs) {
    const problem = globProblem(g);
    if (problem) fail(c, `glob "${g}" ${problem}`, 'globs', 'Write a glob like "test/fixtures/**" or "*.min.js" (picomatch syntax).');
  }
  if (globs.length > 0) a.globs = globs;
  if (global && raw.targetRules !== undefined) {
    const targets = strList(c, raw, 'targetRules');
    if (targets.length === 0) fail(c, '"targetRules" is empty: leave it out to apply the allowlist to every rule', 'targetRules');
    a.targetRules = targets;
  }
  if (a.regexes.length + a.paths.length + globs.length + a.stopwords.length + a.commits.length === 0) {
    fail(c, 'an allowlist needs at least one of regexes, paths, globs, stopwords, commits');
  }
  if (c.line !== undefined) a.source = { file: c.file, line: c.line };
  else a.source = { file: c.file };
  return a;
}

export function validateRule(
  raw: unknown,
  where: {
    file: string;
    line?: number;
    find: LineFinder;
    requireExamples: boolean;
    /** Header lines of the rule's own allowlist tables, in order. */
    allowlistLines?: number[];
    /**
     * The rule may leave out regex and path: it changes a rule of the config it extends (gitleaks:
     * `[[rules]] id = "gitlab-pat"` with only an allowlist). Whether that rule exists is checked when merging.
     */
    partial?: boolean;
  },
): Rule {
  const ctx: Ctx = { file: where.file, line: where.line, id: undefined, find: where.find, requireExamples: where.requireExamples };
  if (!isObj(raw)) fail(ctx, 'a rule must be a table ([[rules]])');
  const id = str(ctx, raw, 'id', true)!;
  ctx.id = id;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) fail(ctx, 'id must be letters, digits, ".", "_" or "-"', 'id');
  for (const k of Object.keys(raw)) {
    if (!RULE_KEYS.has(k)) fail(ctx, `unknown key "${k}"`, k, `Rule keys are: ${[...RULE_KEYS].join(', ')}.`);
  }
  const regex = str(ctx, raw, 'regex');
  const path = str(ctx, raw, 'path');
  if (regex === undefined && path === undefined && !where.partial) fail(ctx, 'a rule needs a "regex", a "path", or both');
  const keywords = strList(ctx, raw, 'keywords').map((k) => k.toLowerCase());
  for (const k of keywords) {
    if (!/^[\x20-\x7e]+$/.test(k)) fail(ctx, `keyword "${k}" must be printable ASCII`, 'keywords');
  }
  if (raw.allowlists !== undefined && raw.allowlist !== undefined) {
    fail(ctx, 'both [rules.allowlist] and [[rules.allowlists]]', 'allowlist', 'Write every allowlist as [[rules.allowlists]] (gitleaks ≥ 8.21).');
  }
  const rawAllow = raw.allowlists ?? (raw.allowlist !== undefined ? [raw.allowlist] : []);
  if (!Array.isArray(rawAllow)) fail(ctx, '"allowlists" must be an array of tables', 'allowlists');
  const rule: Rule = {
    id,
    description: str(ctx, raw, 'description') ?? id,
    keywords,
    tags: strList(ctx, raw, 'tags'),
    allowlists: rawAllow.map((a, i) => validateAllowlist({ ...ctx, line: where.allowlistLines?.[i] ?? ctx.line }, a)),
    confidence: oneOf(ctx, raw, 'confidence', CONFIDENCES) ?? 'medium',
    examples: strList(ctx, raw, 'examples'),
    negatives: strList(ctx, raw, 'negatives'),
    source: { file: where.file, ...(where.line ? { line: where.line } : {}) },
  };
  if (regex !== undefined) rule.regex = regex;
  if (path !== undefined) rule.path = path;
  const secretGroup = num(ctx, raw, 'secretGroup');
  if (secretGroup !== undefined) {
    if (!Number.isInteger(secretGroup) || secretGroup < 0) fail(ctx, '"secretGroup" must be a whole number ≥ 0', 'secretGroup');
    rule.secretGroup = secretGroup;
  }
  const entropy = num(ctx, raw, 'entropy');
  if (entropy !== undefined) {
    if (entropy < 0 || entropy > 8) fail(ctx, '"entropy" must be between 0 and 8 bits per character', 'entropy');
    rule.entropy = entropy;
  }
  const checksum = oneOf(ctx, raw, 'checksum', CHECKSUMS);
  if (checksum) rule.checksum = checksum;
  const structure = oneOf(ctx, raw, 'structure', STRUCTURES);
  if (structure) rule.structure = structure;
  for (const k of ['provider', 'remediation', 'verify', 'revoke'] as const) {
    const v = str(ctx, raw, k);
    if (v !== undefined) rule[k] = v;
  }
  if (raw.required !== undefined) {
    if (!Array.isArray(raw.required) || raw.required.length === 0) fail(ctx, '"required" must be [[rules.required]] tables', 'required');
    rule.required = (raw.required as unknown[]).map((r) => {
      if (!isObj(r)) fail(ctx, '"required" must be [[rules.required]] tables', 'required');
      for (const k of Object.keys(r)) {
        if (!REQUIRED_KEYS.includes(k)) fail(ctx, `unknown key "${k}" in [[rules.required]]`, k, `Keys there are: ${REQUIRED_KEYS.join(', ')}.`);
      }
      const req: RequiredRule = { id: str(ctx, r, 'id', true)! };
      for (const k of ['withinLines', 'withinColumns'] as const) {
        const n = num(ctx, r, k);
        if (n === undefined) continue;
        if (!Number.isInteger(n) || n < 0) fail(ctx, `"${k}" must be a whole number ≥ 0`, k);
        req[k] = n;
      }
      return req;
    });
  }
  if (raw.skipReport !== undefined) {
    if (typeof raw.skipReport !== 'boolean') fail(ctx, '"skipReport" must be true or false', 'skipReport');
    if (raw.skipReport) rule.skipReport = true;
  }
  if (where.requireExamples && rule.examples.length === 0) {
    fail(ctx, 'the rule has no examples', undefined,
      'Add examples = [\'KEY=«{{base62:32}}»\'] with templates that expand to values the rule must find.');
  }
  return rule;
}
