import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  globMatcher,
  planPattern
} from "./chunk-MCDJBE3I.mjs";
import {
  RuleError
} from "./chunk-4UU6KND7.mjs";
import {
  MAX_BACKTRACK_WAYS_BUILTIN,
  PatternError,
  matcherFromPlan
} from "./chunk-7CBM26Y7.mjs";

// src/engine/compile-planned.ts
function compileOrThrow(rule, what, pattern, plan, maxSteps) {
  try {
    const p = plan(pattern, maxSteps);
    return { matcher: matcherFromPlan(p), plan: p };
  } catch (e) {
    if (e instanceof PatternError) {
      throw new RuleError(
        rule.source.file,
        rule.source.line,
        rule.id || void 0,
        `${what} ${e.message}`,
        "Fix the pattern: leakward reads RE2 syntax (as gitleaks does)."
      );
    }
    throw e;
  }
}
function allowlistLabel(a) {
  if (a.description) return a.description;
  if (a.source && a.source.file !== "rules/") return `${a.source.file}${a.source.line ? `:${a.source.line}` : ""}`;
  return void 0;
}
function compileAllowlist(owner, a, plan) {
  const at = a.source?.line !== void 0 ? { ...owner, source: a.source } : owner;
  const label = allowlistLabel(a);
  return {
    condition: a.condition,
    regexTarget: a.regexTarget,
    regexes: a.regexes.map((r) => compileOrThrow(at, "allowlist regex", r, plan).matcher),
    paths: [
      ...a.paths.map((p) => compileOrThrow(at, "allowlist path", p, plan).matcher),
      ...(a.globs ?? []).map(globMatcher)
    ],
    stopwords: a.stopwords.map((s) => s.toLowerCase()),
    commits: new Set(a.commits),
    ...label ? { description: label } : {},
    ...a.targetRules ? { targetRules: a.targetRules } : {}
  };
}
function compileRule(rule, options) {
  const { plan } = options;
  const compiled = { rule, allowlists: rule.allowlists.map((a) => compileAllowlist(rule, a, plan)) };
  if (rule.regex !== void 0) {
    const p = compileOrThrow(rule, "regex", rule.regex, plan, options.builtin ? MAX_BACKTRACK_WAYS_BUILTIN : void 0);
    compiled.matcher = p.matcher;
    if (p.plan.engine === "backtracking" && p.plan.ways !== void 0) compiled.backtrackBound = p.plan.ways;
    if (p.plan.linearReason) compiled.linearReason = p.plan.linearReason;
    if (options.builtin && rule.keywords.length > 0 && p.plan.maxLength !== void 0) compiled.window = p.plan.maxLength;
    const groups = p.plan.captureGroups;
    if (rule.secretGroup !== void 0 && groups !== void 0 && rule.secretGroup > groups) {
      throw new RuleError(
        rule.source.file,
        rule.source.line,
        rule.id,
        `secretGroup = ${rule.secretGroup} but the regex has ${groups} capture group(s)`
      );
    }
  }
  if (rule.path !== void 0) compiled.pathMatcher = compileOrThrow(rule, "path", rule.path, plan).matcher;
  return compiled;
}
function compileRuleSet(rules, allowlists = [], allowlistSource, options) {
  const owner = { id: "global allowlist", source: { file: allowlistSource } };
  const compiled = rules.map((r) => compileRule(r, options));
  const global = [];
  for (const a of allowlists) {
    const ca = compileAllowlist(owner, a, options.plan);
    if (a.targetRules) attachToRules(compiled, a, ca);
    else global.push(ca);
  }
  return { rules: compiled, allowlists: global };
}
function attachToRules(rules, a, ca) {
  const byId = new Map(rules.map((r) => [r.rule.id, r]));
  for (const id of a.targetRules ?? []) {
    const r = byId.get(id);
    if (!r) {
      throw new RuleError(
        a.source?.file ?? "allowlist",
        a.source?.line,
        void 0,
        `targetRules names "${id}", which is not a rule here`,
        "Check the rule id (`leakward rules list`), or remove it from targetRules."
      );
    }
    r.allowlists = [...r.allowlists, ca];
  }
}

// src/engine/compile.ts
function planner(plans) {
  return (pattern, maxSteps) => plans?.get(pattern) ?? planPattern(pattern, "", maxSteps);
}
function compileAllowlist2(owner, a, plans) {
  return compileAllowlist(owner, a, planner(plans));
}
function compileRule2(rule, options = {}) {
  return compileRule(rule, { plan: planner(options.plans), ...options.builtin ? { builtin: true } : {} });
}
function compileRuleSet2(rules, allowlists = [], allowlistSource = "allowlist", options = {}) {
  return compileRuleSet(rules, allowlists, allowlistSource, { plan: planner(options.plans), ...options.builtin ? { builtin: true } : {} });
}
function planAll(rules, allowlists) {
  const out = {};
  const add = (p) => {
    if (p !== void 0 && !(p in out)) out[p] = planPattern(p);
  };
  for (const a of [...allowlists, ...rules.flatMap((r) => r.allowlists)]) [...a.regexes, ...a.paths].forEach(add);
  for (const r of rules) {
    if (r.regex !== void 0 && !(r.regex in out)) out[r.regex] = planPattern(r.regex, "", MAX_BACKTRACK_WAYS_BUILTIN);
    add(r.path);
  }
  return out;
}

export {
  compileRuleSet,
  attachToRules,
  compileAllowlist2 as compileAllowlist,
  compileRule2 as compileRule,
  compileRuleSet2,
  planAll
};
