/**
 * The built-in rules as a build ships them: `dist/rules.json` (rules, allowlists, each pattern's engine
 * plan, the keyword automaton's small parts) and `dist/rules-prefilter.bin` (the automaton's transition
 * table, raw little-endian Int32). Validated and planned at build time, so start-up parses no TOML and
 * analyses no regex, and this module needs neither (the pre-commit hook's bundle includes it).
 *
 * Why this shape (measured on the pre-commit hook): the table is 300 KB of numbers; as base64 inside
 * the JSON, reading, parsing and decoding it took ≈3 ms of a 30 ms budget, as a file of its own it is
 * one read. The JSON is ASCII only (anything else is \u-escaped), so it is read as latin1, which skips
 * UTF-8 decoding.
 */
import { readFileSync } from 'node:fs';
import { buildFile } from '../build-file.js';
import { compileRuleSet } from '../engine/compile-planned.js';
import type { PrefilterData } from '../engine/prefilter.js';
import type { PatternPlan } from '../engine/regex/plan-matcher.js';
import type { Allowlist, Rule, RuleSet } from '../types.js';

/** The format of rules.json: a build and the code reading it must agree. */
export const RULES_VERSION = 2;

export interface RulesBundle {
  version: typeof RULES_VERSION;
  rules: Rule[];
  allowlists: Allowlist[];
  plans: Record<string, PatternPlan>;
  prefilter: PrefilterData;
}

export const RULES_FILE = 'rules.json';
export const PREFILTER_FILE = 'rules-prefilter.bin';

/** rules.json holds the automaton without its table, and the table's size to check the .bin against. */
type StoredPrefilter = Omit<PrefilterData, 'table'> & { tableBytes: number };

/** The two files' contents, as the build writes them. */
export function serializeRulesBundle(bundle: RulesBundle): { json: string; prefilter: Buffer } {
  const { table, ...rest } = bundle.prefilter;
  const bytes = Buffer.from(table.buffer, table.byteOffset, table.byteLength);
  const prefilter: StoredPrefilter = { ...rest, tableBytes: bytes.length };
  const json = JSON.stringify({ ...bundle, prefilter }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { json, prefilter: bytes };
}

/** The built-in rules from the build's files; undefined when running from source (no build files). */
export function loadShippedRuleSet(): RuleSet | undefined {
  const jsonPath = buildFile(RULES_FILE);
  return jsonPath ? readShippedRuleSet(jsonPath, buildFile(PREFILTER_FILE)) : undefined;
}

/** The rule set in rules.json and its table file, compiled with the plans it holds. */
export function readShippedRuleSet(jsonPath: string, tablePath: string | undefined): RuleSet {
  const broken = (why: string) =>
    new Error(`leakward's built-in rules are unreadable (${why}): reinstall leakward, or run \`npm run build\` in a clone`);
  const b = JSON.parse(readFileSync(jsonPath, 'latin1')) as Omit<RulesBundle, 'prefilter'> & { prefilter: StoredPrefilter };
  if (b.version !== RULES_VERSION) throw broken(`${RULES_FILE} has version ${String(b.version)}, this code reads ${RULES_VERSION}`);
  const bytes = tablePath ? readFileSync(tablePath) : undefined;
  if (!bytes || bytes.length !== b.prefilter.tableBytes) throw broken(`${PREFILTER_FILE} is missing or does not match ${RULES_FILE}`);
  // A view when the bytes are 4-aligned (a whole-file read is), else a copy.
  const table = bytes.byteOffset % 4 === 0
    ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
    : new Int32Array(new Uint8Array(bytes).buffer);
  const { tableBytes: _size, ...prefilter } = b.prefilter;
  const ruleSet = compileRuleSet(b.rules, b.allowlists, 'rules/', {
    plan: (pattern) => {
      const p = Object.hasOwn(b.plans, pattern) ? b.plans[pattern] : undefined;
      if (!p) throw broken(`no plan for ${JSON.stringify(pattern)}`);
      return p;
    },
    builtin: true,
  });
  return { ...ruleSet, prefilter: { ...prefilter, table } };
}
