/**
 * The top level of a config file (`.leakward.toml`, or a gitleaks `.gitleaks.toml`): `[extend]`,
 * `[limits]`, `[[rules]]`, `[[allowlists]]`. Strict: an unknown key or a wrong type is an error that
 * names the file and line, because a typo must never silently change what is scanned.
 */
import { RuleError } from '../errors.js';
import { lineFinder, type LineFinder } from '../rules/schema.js';
import type { Confidence } from '../types.js';

/** leakward's own format, or gitleaks': they differ only in defaults (see src/config/gitleaks.ts). */
export type ConfigDialect = 'leakward' | 'gitleaks';

export interface ExtendSection {
  /** Start from the built-in rules. */
  useDefault: boolean;
  /** Keep the built-in global allowlists (node_modules, .git, lockfile integrity hashes…) even without the built-in rules. */
  useDefaultAllowlists: boolean;
  /** Another config to start from, as written. */
  path?: string;
  disabledRules: string[];
  disabledTags: string[];
  minConfidence?: Confidence;
}

export interface LimitsSection {
  /** Bytes; `--max-file-size` wins over it. */
  maxFileSize?: number;
}

export interface ConfigHeader {
  title?: string;
  extend: ExtendSection;
  /** Which `[extend]` keys were written (defaults depend on the dialect and on `path`). */
  extendGiven: Set<string>;
  limits: LimitsSection;
}

const TOP_KEYS = ['title', 'description', 'minVersion', 'extend', 'limits', 'rules', 'allowlists', 'allowlist'];
const EXTEND_KEYS = ['useDefault', 'useDefaultAllowlists', 'path', 'disabledRules', 'disabledTags', 'minConfidence'];
const LIMIT_KEYS = ['maxFileSize'];
const CONFIDENCES: Confidence[] = ['low', 'medium', 'high'];

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `500k`, `10m`, `1g`, or a number of bytes. */
export function parseSize(v: string | number): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(v.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const n = Math.round(Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!);
  return n > 0 ? n : undefined;
}

/** The line of `[name]` in the text, so keys of that table are looked for after it. */
function sectionLine(text: string, name: string): number | undefined {
  const i = text.split('\n').findIndex((l) => new RegExp(`^\\s*\\[\\[?\\s*${name}\\s*\\]`).test(l));
  return i === -1 ? undefined : i + 1;
}

export function validateHeader(doc: Record<string, unknown>, text: string, file: string, dialect: ConfigDialect): ConfigHeader {
  const find: LineFinder = lineFinder(text);
  const fail = (line: number | undefined, problem: string, hint?: string): never => {
    throw new RuleError(file, line, undefined, problem, hint, 'CONFIG_INVALID');
  };
  const unknown = (keys: string[], table: Record<string, unknown>, where: string, from?: number): void => {
    for (const k of Object.keys(table)) {
      if (!keys.includes(k)) {
        const line = find(k, from) ?? sectionLine(text, k) ?? from;
        fail(line, `unknown key "${k}"${where}`, `Keys here are: ${keys.join(', ')}.`);
      }
    }
  };
  unknown(TOP_KEYS, doc, '');
  const header: ConfigHeader = {
    extend: { useDefault: dialect === 'leakward', useDefaultAllowlists: true, disabledRules: [], disabledTags: [] },
    extendGiven: new Set(),
    limits: {},
  };
  if (doc.title !== undefined) {
    if (typeof doc.title !== 'string') fail(find('title'), '"title" must be a string');
    header.title = doc.title as string;
  }
  for (const k of ['description', 'minVersion']) {
    if (doc[k] !== undefined && typeof doc[k] !== 'string') fail(find(k), `"${k}" must be a string`);
  }

  if (doc.extend !== undefined) {
    const at = sectionLine(text, 'extend');
    if (!isObj(doc.extend)) fail(find('extend') ?? at, '"extend" must be a table ([extend])');
    const ext = doc.extend as Record<string, unknown>;
    if ('url' in ext) {
      fail(find('url', at), '[extend] url is not supported: leakward never fetches a config from the network',
        'Download the config once, commit it, and point [extend] path at it.');
    }
    unknown(EXTEND_KEYS, ext, ' in [extend]', at);
    const bool = (k: 'useDefault' | 'useDefaultAllowlists'): void => {
      if (ext[k] === undefined) return;
      if (typeof ext[k] !== 'boolean') fail(find(k, at), `"${k}" must be true or false`);
      header.extend[k] = ext[k] as boolean;
      header.extendGiven.add(k);
    };
    bool('useDefault');
    bool('useDefaultAllowlists');
    const list = (k: 'disabledRules' | 'disabledTags'): void => {
      const v = ext[k];
      if (v === undefined) return;
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(find(k, at), `"${k}" must be an array of strings`);
      header.extend[k] = v as string[];
      header.extendGiven.add(k);
    };
    list('disabledRules');
    list('disabledTags');
    if (ext.path !== undefined) {
      if (typeof ext.path !== 'string' || ext.path === '') fail(find('path', at), '"path" must be the path of a config file');
      header.extend.path = ext.path as string;
      header.extendGiven.add('path');
      // Start from the other config, not from the built-in rules as well (gitleaks refuses both too).
      if (header.extendGiven.has('useDefault') && header.extend.useDefault) {
        fail(find('useDefault', at), '[extend] has both useDefault = true and path',
          'Extend one of them: the config at path can itself say useDefault = true.');
      }
      if (!header.extendGiven.has('useDefault')) header.extend.useDefault = false;
    }
    if (ext.minConfidence !== undefined) {
      if (typeof ext.minConfidence !== 'string' || !CONFIDENCES.includes(ext.minConfidence as Confidence)) {
        fail(find('minConfidence', at), `"minConfidence" must be one of ${CONFIDENCES.join(', ')}`);
      }
      header.extend.minConfidence = ext.minConfidence as Confidence;
      header.extendGiven.add('minConfidence');
    }
  }

  if (doc.limits !== undefined) {
    const at = sectionLine(text, 'limits');
    if (!isObj(doc.limits)) fail(find('limits') ?? at, '"limits" must be a table ([limits])');
    const lim = doc.limits as Record<string, unknown>;
    unknown(LIMIT_KEYS, lim, ' in [limits]', at);
    if (lim.maxFileSize !== undefined) {
      const v = lim.maxFileSize;
      const n = typeof v === 'string' || typeof v === 'number' ? parseSize(v) : typeof v === 'bigint' ? parseSize(Number(v)) : undefined;
      if (n === undefined) fail(find('maxFileSize', at), `"maxFileSize" must be a size like "500k", "10m" or a number of bytes (got ${JSON.stringify(String(v))})`);
      header.limits.maxFileSize = n;
    }
  }
  return header;
}
