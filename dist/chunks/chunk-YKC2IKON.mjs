import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  checkRules
} from "./chunk-4PT276W4.mjs";
import {
  attachToRules,
  compileAllowlist,
  compileRule
} from "./chunk-P7L454IC.mjs";
import {
  RuleError
} from "./chunk-4UU6KND7.mjs";

// src/config/apply.ts
var LEVELS = ["low", "medium", "high"];
var OVERRIDES = [
  "description",
  "regex",
  "secretGroup",
  "entropy",
  "path",
  "provider",
  "confidence",
  "checksum",
  "structure",
  "required",
  "skipReport",
  "remediation",
  "verify",
  "revoke"
];
function applyConfig(builtin, config) {
  const notes = [];
  const ruleSet = build(builtin, config, notes);
  checkExamples(config, ruleSet);
  return { ruleSet, notes };
}
function build(builtin, config, notes) {
  const { extend } = config.header;
  const fail = (key, line, id, problem, hint) => {
    throw new RuleError(config.file, line ?? (key ? config.find(key) : void 0), id, problem, hint, "CONFIG_INVALID");
  };
  const base = config.base ? build(builtin, config.base, notes) : extend.useDefault ? builtin : { rules: [], allowlists: extend.useDefaultAllowlists ? builtin.allowlists : [] };
  const baseAllowlists = extend.useDefaultAllowlists || config.base ? base.allowlists : base.allowlists.filter((a) => !builtin.allowlists.includes(a));
  const known = new Set(base.rules.map((r) => r.rule.id));
  for (const id of extend.disabledRules) {
    if (known.has(id)) continue;
    if (config.dialect === "gitleaks") notes.push(`${config.file}: disabledRules names "${id}", which leakward has no rule for: nothing to disable.`);
    else fail(
      "disabledRules",
      void 0,
      void 0,
      `disabledRules names "${id}", which is not a rule of the config this one extends`,
      "Check the id with `leakward rules list`."
    );
  }
  const disabled = (r) => extend.disabledRules.includes(r.id) || r.tags.some((t) => extend.disabledTags.includes(t));
  const dropTargeted = !config.base && extend.useDefault && !extend.useDefaultAllowlists;
  const rules = base.rules.filter((r) => !disabled(r.rule)).map((r) => dropTargeted ? { ...r, allowlists: r.allowlists.filter((a) => !a.targetRules) } : { ...r });
  const index = new Map(rules.map((r, i) => [r.rule.id, i]));
  const seen = /* @__PURE__ */ new Set();
  config.rules.forEach((own, i) => {
    const line = own.source.line;
    if (seen.has(own.id)) fail(void 0, line, own.id, "duplicate rule id in this file", "Rule ids must be unique; merge the two tables.");
    seen.add(own.id);
    const at = index.get(own.id);
    if (at !== void 0) {
      rules[at] = mergeRule(rules[at], own, config.given[i]);
      return;
    }
    if (own.regex === void 0 && own.path === void 0) {
      if (config.dialect === "gitleaks") {
        notes.push(`${config.file}:${line ?? "?"}: rule "${own.id}" changes a gitleaks default rule leakward does not have: skipped.`);
        return;
      }
      fail(
        void 0,
        line,
        own.id,
        'a rule needs a "regex", a "path", or both (no rule of the config this one extends has this id)',
        "Add a regex, or use the id of a rule you mean to change (`leakward rules list`)."
      );
    }
    index.set(own.id, rules.length);
    rules.push(compileRule(own));
  });
  const allowlists = [...baseAllowlists];
  const owner = { id: "", source: { file: config.file } };
  for (const a of config.allowlists) {
    const ca = compileAllowlist(owner, a);
    if (a.targetRules) attachToRules(rules, a, ca);
    else allowlists.push(ca);
  }
  const min = extend.minConfidence;
  const kept = min ? rules.filter((r) => LEVELS.indexOf(r.rule.confidence) >= LEVELS.indexOf(min)) : rules;
  const ids = new Set(kept.map((r) => r.rule.id));
  for (const r of config.rules) {
    for (const req of r.required ?? []) {
      if (!ids.has(req.id)) {
        fail(
          void 0,
          r.source.line,
          r.id,
          `[[rules.required]] names "${req.id}", which is not a rule here`,
          "A composite rule needs each rule it requires: define it (skipReport = true keeps it from being reported on its own)."
        );
      }
    }
  }
  return { rules: kept, allowlists, ...base.prefilter ? { prefilter: base.prefilter } : {} };
}
function mergeRule(base, own, given) {
  const rule = { ...base.rule, source: own.source, examples: own.examples, negatives: own.negatives };
  for (const k of OVERRIDES) {
    if (given.has(k) && own[k] !== void 0) rule[k] = own[k];
  }
  rule.keywords = [.../* @__PURE__ */ new Set([...base.rule.keywords, ...own.keywords])];
  rule.tags = [.../* @__PURE__ */ new Set([...base.rule.tags, ...own.tags])];
  rule.allowlists = [...base.rule.allowlists, ...own.allowlists];
  const ownAllowlists = own.allowlists.map((a) => compileAllowlist(own, a));
  if (rule.regex === base.rule.regex && rule.path === base.rule.path && rule.secretGroup === base.rule.secretGroup) {
    return { ...base, rule, allowlists: [...base.allowlists, ...ownAllowlists] };
  }
  const compiled = compileRule({ ...rule, allowlists: own.allowlists });
  return { ...compiled, allowlists: [...base.allowlists, ...compiled.allowlists] };
}
function checkExamples(config, ruleSet) {
  const mine = new Set(config.rules.filter((r) => r.examples.length + r.negatives.length > 0).map((r) => r.id));
  if (mine.size === 0) return;
  const rules = ruleSet.rules.map((r) => r.rule).filter((r) => mine.has(r.id));
  const report = checkRules(rules, { rounds: 1, builtin: false });
  const problem = report.problems.find((p) => !p.problem.startsWith("no examples"));
  if (problem) {
    throw new RuleError(
      problem.file,
      problem.line,
      problem.ruleId,
      problem.problem,
      "Fix the example or the regex (`leakward config check` runs this check on its own).",
      "CONFIG_INVALID"
    );
  }
}

export {
  applyConfig
};
