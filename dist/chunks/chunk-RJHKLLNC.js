import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  MAX_BACKTRACK_WAYS_BUILTIN,
  PatternError,
  globMatcher,
  matcherFromPlan,
  planPattern
} from "./chunk-OSSUDABC.js";
import {
  RuleError
} from "./chunk-BVVL3BHR.js";

// src/engine/compile.ts
function compileOrThrow(rule, what, pattern, plans, maxSteps) {
  try {
    const plan = plans?.get(pattern) ?? planPattern(pattern, "", maxSteps);
    return { matcher: matcherFromPlan(plan), plan };
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
function compileAllowlist(owner, a, plans) {
  const at = a.source?.line !== void 0 ? { ...owner, source: a.source } : owner;
  const label = allowlistLabel(a);
  return {
    condition: a.condition,
    regexTarget: a.regexTarget,
    regexes: a.regexes.map((r) => compileOrThrow(at, "allowlist regex", r, plans).matcher),
    paths: [
      ...a.paths.map((p) => compileOrThrow(at, "allowlist path", p, plans).matcher),
      ...(a.globs ?? []).map(globMatcher)
    ],
    stopwords: a.stopwords.map((s) => s.toLowerCase()),
    commits: new Set(a.commits),
    ...label ? { description: label } : {},
    ...a.targetRules ? { targetRules: a.targetRules } : {}
  };
}
function compileRule(rule, options = {}) {
  const { plans } = options;
  const compiled = { rule, allowlists: rule.allowlists.map((a) => compileAllowlist(rule, a, plans)) };
  if (rule.regex !== void 0) {
    const p = compileOrThrow(rule, "regex", rule.regex, plans, options.builtin ? MAX_BACKTRACK_WAYS_BUILTIN : void 0);
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
  if (rule.path !== void 0) compiled.pathMatcher = compileOrThrow(rule, "path", rule.path, plans).matcher;
  return compiled;
}
function compileRuleSet(rules, allowlists = [], allowlistSource = "allowlist", options = {}) {
  const owner = { id: "global allowlist", source: { file: allowlistSource } };
  const compiled = rules.map((r) => compileRule(r, options));
  const global = [];
  for (const a of allowlists) {
    const ca = compileAllowlist(owner, a, options.plans);
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
  compileAllowlist,
  compileRule,
  compileRuleSet,
  attachToRules,
  planAll
};
