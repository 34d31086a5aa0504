import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/engine/regex/plan-matcher.ts
var MAX_BACKTRACK_WAYS = 1e3;
var MAX_BACKTRACK_WAYS_BUILTIN = 2e4;
var MAX_ANCHORED_WAYS = 1e6;
var PatternError = class extends Error {
};
var NO_MATCHES = Object.freeze([]);
var BacktrackingMatcher = class {
  engine = "backtracking";
  re;
  probe;
  constructor(source, flags) {
    this.re = new RegExp(source, flags + "gd");
    this.probe = new RegExp(source, flags);
  }
  /**
   * An array, not a generator: this runs for every candidate rule of every Fragment and nearly always
   * finds nothing, and a generator per call was both an allocation and more code for V8 to warm up.
   */
  matchAll(text) {
    const re = this.re;
    re.lastIndex = 0;
    let out;
    let m;
    while ((m = re.exec(text)) !== null) {
      const idx = m.indices;
      const groups = [];
      for (let g = 1; g < idx.length; g++) groups.push(idx[g]);
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) re.lastIndex++;
      (out ??= []).push({ start, end, groups });
    }
    return out ?? NO_MATCHES;
  }
  test(text) {
    return this.probe.test(text);
  }
};
var linear;
function registerLinearEngine(m) {
  linear ??= m;
}
function newLinearMatcher(pattern, flags) {
  if (!linear) throw new Error("internal: the linear regex engine is not loaded (call loadLinearEngine() first)");
  return new linear.LinearMatcher(pattern, flags);
}
function matcherFromPlan(plan) {
  let m;
  const get = () => m ??= plan.engine === "backtracking" ? new BacktrackingMatcher(plan.source, plan.flags) : newLinearMatcher(plan.pattern, plan.flags.replace(/[^ism]/g, ""));
  return {
    engine: plan.engine,
    matchAll: (text) => get().matchAll(text),
    test: (text) => get().test(text)
  };
}

export {
  MAX_BACKTRACK_WAYS,
  MAX_BACKTRACK_WAYS_BUILTIN,
  MAX_ANCHORED_WAYS,
  PatternError,
  registerLinearEngine,
  newLinearMatcher,
  matcherFromPlan
};
