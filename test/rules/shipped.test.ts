/**
 * The built-in rules as a build ships them (src/rules/shipped.ts: rules.json and the automaton's table
 * as raw bytes) must compile to exactly the rule set that rules/*.toml gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/detect.js';
import { loadBuiltinRuleSet, makeRulesBundle, serializeRulesBundle, type RulesBundle } from '../../src/rules/builtin.js';
import { readShippedRuleSet } from '../../src/rules/shipped.js';
import type { CompiledRule, RuleSet } from '../../src/types.js';
import { tempDir } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

let bundle: RulesBundle;
let files: { json: string; table: string };
beforeAll(() => {
  bundle = makeRulesBundle();
  const { json, prefilter } = serializeRulesBundle(bundle);
  const dir = tempDir();
  files = { json: join(dir, 'rules.json'), table: join(dir, 'rules-prefilter.bin') };
  writeFileSync(files.json, json);
  writeFileSync(files.table, prefilter);
});

/** What compiling decided about a rule, without the matcher functions. */
const view = (cr: CompiledRule) => ({
  rule: { ...cr.rule, examples: [], negatives: [] },
  engine: cr.matcher?.engine,
  path: cr.pathMatcher?.engine,
  window: cr.window,
  backtrackBound: cr.backtrackBound,
  linearReason: cr.linearReason,
  allowlists: cr.allowlists.map(({ regexes, paths, ...a }) => ({ ...a, regexes: regexes.length, paths: paths.length })),
});
const globals = (rs: RuleSet) => rs.allowlists.map(({ regexes, paths, ...a }) => ({ ...a, regexes: regexes.length, paths: paths.length }));

describe('shipped built-in rules', () => {
  it('compile to the rule set of rules/*.toml, plans and keyword automaton included', () => {
    const shipped = readShippedRuleSet(files.json, files.table);
    const fromToml = loadBuiltinRuleSet();
    expect(shipped.rules.map(view)).toEqual(fromToml.rules.map(view));
    expect(globals(shipped)).toEqual(globals(fromToml));
    const { table, ...rest } = bundle.prefilter;
    const { table: shippedTable, ...shippedRest } = shipped.prefilter!;
    expect(shippedRest).toEqual(rest);
    const bytes = (t: Int32Array) => Buffer.from(t.buffer, t.byteOffset, t.byteLength);
    expect(bytes(shippedTable).equals(bytes(table))).toBe(true);
  });

  it('are ASCII only (read as latin1), and find what the TOML rules find', () => {
    expect(readFileSync(files.json, 'utf8')).toMatch(/^[\x00-\x7f]*$/);
    const shipped = createDetector(readShippedRuleSet(files.json, files.table));
    const fromToml = createDetector(loadBuiltinRuleSet());
    const text = `GITHUB_TOKEN=${gen('{{github:ghp}}')}\nnpm=${gen('{{npm}}')}\npassword = "hunter2-${gen('{{github:ghp}}')}"\n`;
    const found = (d: typeof shipped) => d.detect({ text, path: 'a.env', startLine: 1 }).findings.map((f) => `${f.ruleId}@${f.line}`);
    expect(found(shipped).length).toBeGreaterThan(1);
    expect(found(shipped)).toEqual(found(fromToml));
  });

  it('refuse a table that does not belong to the JSON, saying to reinstall', () => {
    const short = join(tempDir(), 'short.bin');
    writeFileSync(short, readFileSync(files.table).subarray(4));
    expect(() => readShippedRuleSet(files.json, short)).toThrow(/reinstall leakward/);
    expect(() => readShippedRuleSet(files.json, undefined)).toThrow(/rules-prefilter\.bin is missing/);
  });
});
