/**
 * `leakward config migrate`: a gitleaks config as the `.leakward.toml` that means the same. leakward's
 * schema is a superset of gitleaks', so this mostly writes down what gitleaks leaves implicit: that a
 * config without `[extend] useDefault = true` replaces the default rules, that `[extend] path` is
 * relative to the working directory (leakward: to the config), and the pre-8.21/8.25 singular
 * `[allowlist]` tables, which become `[[allowlists]]`. Pure: a parsed document in, TOML text out.
 */
const RULE_KEY_ORDER = ['id', 'description', 'regex', 'secretGroup', 'entropy', 'path', 'keywords', 'tags', 'skipReport',
  'provider', 'confidence', 'checksum', 'structure', 'remediation', 'verify', 'revoke', 'examples', 'negatives'];
const ALLOWLIST_KEY_ORDER = ['description', 'targetRules', 'condition', 'regexTarget', 'regexes', 'paths', 'globs', 'stopwords', 'commits'];

/**
 * A TOML string: plain `"…"` when nothing needs escaping, else a literal string (regexes stay as
 * written: `'''…'''`, which may hold a `'`), else an escaped basic string.
 */
function str(s: string): string {
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(s)) return JSON.stringify(s);
  if (!/["\\]/.test(s)) return `"${s}"`;
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes("'''") && !s.endsWith("'")) return `'''${s}'''`;
  return JSON.stringify(s);
}

function value(v: unknown, key?: string): string {
  if (typeof v === 'string') return str(v);
  // gitleaks writes entropy as a float (3.0); TOML keeps 3.0 a float only with its decimal point.
  if (key === 'entropy' && typeof v === 'number' && Number.isInteger(v)) return v.toFixed(1);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => value(x));
    const one = `[${items.join(', ')}]`;
    return one.length <= 100 ? one : `[\n${items.map((i) => `  ${i},`).join('\n')}\n]`;
  }
  throw new Error(`internal: cannot write ${typeof v} as TOML`);
}

function table(header: string, t: Record<string, unknown>, order: string[], indent = ''): string[] {
  const keys = [...order.filter((k) => k in t), ...Object.keys(t).filter((k) => !order.includes(k))];
  return [`${indent}${header}`, ...keys.filter((k) => t[k] !== undefined).map((k) => `${indent}${k} = ${value(t[k], k).split('\n').join(`\n${indent}`)}`)];
}

const asList = (single: unknown, many: unknown): Array<Record<string, unknown>> =>
  [...((many as Array<Record<string, unknown>>) ?? []), ...(single !== undefined ? [single as Record<string, unknown>] : [])];

export interface MigrateInput {
  /** The gitleaks document, parsed (and validated: `leakward config migrate` loads it first). */
  doc: Record<string, unknown>;
  /** Its name, for the header comment. */
  from: string;
  /** `[extend] path` as the new file must write it (relative to its own folder), when there is one. */
  extendPath?: string;
  /**
   * The ids of the rules the config extends (leakward's built-in rules, or the base config's). gitleaks
   * default rules leakward lacks cannot be disabled or changed: they are left out, with a comment.
   */
  knownRules: ReadonlySet<string>;
}

export function migrateGitleaks(input: MigrateInput): string {
  const { doc } = input;
  const out: string[] = [
    `# Migrated from ${input.from} by \`leakward config migrate\`: the same rules and allowlists, in leakward's format.`,
    '# See "Configuration" in leakward\'s README for what else can go here.',
    '',
  ];
  if (typeof doc.title === 'string') out.push(`title = ${str(doc.title)}`, '');
  const ext = (doc.extend ?? {}) as Record<string, unknown>;
  out.push('[extend]');
  if (input.extendPath !== undefined) {
    out.push(`# gitleaks reads this path from the working directory; leakward from this file's folder.`);
    out.push(`path = ${str(input.extendPath)}`);
  } else {
    out.push(ext.useDefault === true
      ? '# Start from the built-in rules (leakward\'s, which cover gitleaks\' defaults under the same ids where they exist).'
      : '# gitleaks: a config without [extend] useDefault = true replaces the default rules. So does this one.');
    out.push(`useDefault = ${ext.useDefault === true}`);
  }
  const disabled = (ext.disabledRules ?? []) as string[];
  const missing = disabled.filter((id) => !input.knownRules.has(id));
  if (missing.length > 0) out.push(`# gitleaks rules leakward has no rule for, so nothing to disable: ${missing.join(', ')}`);
  const kept = disabled.filter((id) => input.knownRules.has(id));
  if (kept.length > 0) out.push(`disabledRules = ${value(kept)}`);
  for (const k of ['disabledTags', 'minConfidence', 'useDefaultAllowlists']) {
    if (ext[k] !== undefined) out.push(`${k} = ${value(ext[k])}`);
  }
  out.push('');
  if (doc.limits !== undefined) out.push(...table('[limits]', doc.limits as Record<string, unknown>, ['maxFileSize']), '');
  for (const rule of (doc.rules ?? []) as Array<Record<string, unknown>>) {
    const { allowlist, allowlists, required, ...rest } = rule;
    if (rest.regex === undefined && rest.path === undefined && !input.knownRules.has(String(rest.id))) {
      out.push(`# [[rules]] id = "${String(rest.id)}" changed a gitleaks default rule leakward does not have: left out.`, '');
      continue;
    }
    out.push(...table('[[rules]]', rest, RULE_KEY_ORDER));
    for (const a of asList(allowlist, allowlists)) out.push('', ...table('[[rules.allowlists]]', a, ALLOWLIST_KEY_ORDER, '  '));
    for (const r of asList(undefined, required)) out.push('', ...table('[[rules.required]]', r, ['id', 'withinLines', 'withinColumns'], '  '));
    out.push('');
  }
  for (const a of asList(doc.allowlist, doc.allowlists)) out.push(...table('[[allowlists]]', a, ALLOWLIST_KEY_ORDER), '');
  return out.join('\n').replace(/\n+$/, '\n');
}
