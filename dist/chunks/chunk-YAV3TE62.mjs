import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  loadRulesDir
} from "./chunk-N5HQ6HQ5.mjs";
import {
  buildFile
} from "./chunk-KWRTRRCW.mjs";
import {
  compileRuleSet,
  compileRuleSet2,
  planAll
} from "./chunk-P7L454IC.mjs";
import {
  compilePrefilter,
  indexKeywords
} from "./chunk-RBX45IUS.mjs";

// src/rules/shipped.ts
import { readFileSync } from "node:fs";
var RULES_VERSION = 2;
var RULES_FILE = "rules.json";
var PREFILTER_FILE = "rules-prefilter.bin";
function serializeRulesBundle(bundle) {
  const { table, ...rest } = bundle.prefilter;
  const bytes = Buffer.from(table.buffer, table.byteOffset, table.byteLength);
  const prefilter = { ...rest, tableBytes: bytes.length };
  const json = JSON.stringify({ ...bundle, prefilter }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return { json, prefilter: bytes };
}
function loadShippedRuleSet() {
  const jsonPath = buildFile(RULES_FILE);
  return jsonPath ? readShippedRuleSet(jsonPath, buildFile(PREFILTER_FILE)) : void 0;
}
function readShippedRuleSet(jsonPath, tablePath) {
  const broken = (why) => new Error(`leakward's built-in rules are unreadable (${why}): reinstall leakward, or run \`npm run build\` in a clone`);
  const b = JSON.parse(readFileSync(jsonPath, "latin1"));
  if (b.version !== RULES_VERSION) throw broken(`${RULES_FILE} has version ${String(b.version)}, this code reads ${RULES_VERSION}`);
  const bytes = tablePath ? readFileSync(tablePath) : void 0;
  if (!bytes || bytes.length !== b.prefilter.tableBytes) throw broken(`${PREFILTER_FILE} is missing or does not match ${RULES_FILE}`);
  const table = bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : new Int32Array(new Uint8Array(bytes).buffer);
  const { tableBytes: _size, ...prefilter } = b.prefilter;
  const ruleSet = compileRuleSet(b.rules, b.allowlists, "rules/", {
    plan: (pattern) => {
      const p = Object.hasOwn(b.plans, pattern) ? b.plans[pattern] : void 0;
      if (!p) throw broken(`no plan for ${JSON.stringify(pattern)}`);
      return p;
    },
    builtin: true
  });
  return { ...ruleSet, prefilter: { ...prefilter, table } };
}

// src/rules/builtin.ts
function makeRulesBundle() {
  const { rules, allowlists } = loadRulesDir(builtinRulesDir());
  const slim = rules.map(({ examples: _e, negatives: _n, ...r }) => ({ ...r, examples: [], negatives: [] }));
  const plans = planAll(rules, allowlists);
  const compiled = compileRuleSet2(slim, allowlists, "rules/", { plans: new Map(Object.entries(plans)), builtin: true });
  return { version: RULES_VERSION, rules: slim, allowlists, plans, prefilter: compilePrefilter(indexKeywords(compiled.rules).keywords) };
}
function loadBuiltinRuleSet() {
  const shipped = loadShippedRuleSet();
  if (shipped) return shipped;
  const { rules, allowlists } = loadRulesDir(builtinRulesDir());
  return compileRuleSet2(rules, allowlists, "rules/", { builtin: true });
}

export {
  serializeRulesBundle,
  makeRulesBundle,
  loadBuiltinRuleSet
};
