const __lwImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/config/find.ts
function findConfig(root, given2) {
  if (given2) return given2;
  if (root === void 0) return void 0;
  for (const name of [CONFIG_NAME, GITLEAKS_CONFIG_NAME]) {
    const p = (0, import_node_path.join)(root, name);
    if ((0, import_node_fs.existsSync)(p)) return p;
  }
  return void 0;
}
var import_node_fs, import_node_path, CONFIG_NAME, GITLEAKS_CONFIG_NAME;
var init_find = __esm({
  "src/config/find.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    CONFIG_NAME = ".leakward.toml";
    GITLEAKS_CONFIG_NAME = ".gitleaks.toml";
  }
});

// src/build-file.ts
function buildFile(name) {
  for (const rel of [`../${name}`, `./${name}`]) {
    const p = (0, import_node_url.fileURLToPath)(new URL(rel, __lwImportMetaUrl));
    if ((0, import_node_fs2.existsSync)(p)) return p;
  }
  return void 0;
}
var import_node_fs2, import_node_url;
var init_build_file = __esm({
  "src/build-file.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_url = require("node:url");
  }
});

// src/errors.ts
var LeakwardError, RuleError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    LeakwardError = class extends Error {
      constructor(code, message, hint) {
        super(message);
        this.code = code;
        this.hint = hint;
        this.name = "LeakwardError";
      }
      code;
      hint;
    };
    RuleError = class extends LeakwardError {
      constructor(file, line, ruleId, problem, hint, code = "RULE_INVALID") {
        const where = `${file}${line ? `:${line}` : ""}${ruleId ? ` (rule "${ruleId}")` : ""}`;
        super(code, `${where}: ${problem}`, hint);
        this.file = file;
        this.line = line;
        this.ruleId = ruleId;
      }
      file;
      line;
      ruleId;
    };
  }
});

// src/engine/glob.ts
function engine() {
  if (!picomatch) throw new Error("internal: the glob engine is not loaded (call loadLinearEngine() first)");
  return picomatch;
}
function globOptions(glob) {
  return { dot: true, strictBrackets: true, basename: !glob.includes("/") };
}
function globMatcher(glob) {
  const isMatch = engine()(glob, globOptions(glob));
  return {
    engine: "backtracking",
    test: (path) => isMatch(path),
    *matchAll() {
      throw new Error("internal: a glob only tests paths");
    }
  };
}
var picomatch;
var init_glob = __esm({
  "src/engine/glob.ts"() {
    "use strict";
  }
});

// src/engine/regex/plan-matcher.ts
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
var MAX_BACKTRACK_WAYS_BUILTIN, PatternError, NO_MATCHES, BacktrackingMatcher, linear;
var init_plan_matcher = __esm({
  "src/engine/regex/plan-matcher.ts"() {
    "use strict";
    MAX_BACKTRACK_WAYS_BUILTIN = 2e4;
    PatternError = class extends Error {
    };
    NO_MATCHES = Object.freeze([]);
    BacktrackingMatcher = class {
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
  }
});

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
var init_compile_planned = __esm({
  "src/engine/compile-planned.ts"() {
    "use strict";
    init_errors();
    init_glob();
    init_plan_matcher();
  }
});

// src/rules/shipped.ts
function loadShippedRuleSet() {
  const jsonPath = buildFile(RULES_FILE);
  return jsonPath ? readShippedRuleSet(jsonPath, buildFile(PREFILTER_FILE)) : void 0;
}
function readShippedRuleSet(jsonPath, tablePath) {
  const broken = (why) => new Error(`leakward's built-in rules are unreadable (${why}): reinstall leakward, or run \`npm run build\` in a clone`);
  const b = JSON.parse((0, import_node_fs3.readFileSync)(jsonPath, "latin1"));
  if (b.version !== RULES_VERSION) throw broken(`${RULES_FILE} has version ${String(b.version)}, this code reads ${RULES_VERSION}`);
  const bytes = tablePath ? (0, import_node_fs3.readFileSync)(tablePath) : void 0;
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
var import_node_fs3, RULES_VERSION, RULES_FILE, PREFILTER_FILE;
var init_shipped = __esm({
  "src/rules/shipped.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    init_build_file();
    init_compile_planned();
    RULES_VERSION = 2;
    RULES_FILE = "rules.json";
    PREFILTER_FILE = "rules-prefilter.bin";
  }
});

// src/engine/allowlist.ts
function allowlistMatches(a, f) {
  const checks = [];
  if (a.commits.size > 0) checks.push(f.commit !== void 0 && a.commits.has(f.commit));
  if (a.paths.length > 0) checks.push(a.paths.some((p) => p.test(f.file)));
  if (a.regexes.length > 0) {
    const target = a.regexTarget === "match" ? f.match : a.regexTarget === "line" ? f.lineText : f.secret;
    checks.push(a.regexes.some((r) => r.test(target)));
  }
  if (a.stopwords.length > 0) {
    const s = f.secret.toLowerCase();
    checks.push(a.stopwords.some((w) => s.includes(w)));
  }
  if (checks.length === 0) return false;
  return a.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
}
function describeAllowlist(a) {
  return a.description ?? "allowlist";
}
function allowlisted(globals, own2, f) {
  for (const a of globals) {
    if (allowlistMatches(a, f)) return { kind: "global-allowlist", reason: `global allowlist: ${describeAllowlist(a)}` };
  }
  for (const a of own2) {
    if (allowlistMatches(a, f)) return { kind: "rule-allowlist", reason: `rule allowlist: ${describeAllowlist(a)}` };
  }
  return void 0;
}
function pathAllowed(allowlists, path) {
  return allowlists.find(
    (a) => a.paths.length > 0 && a.paths.some((p) => p.test(path)) && (a.condition === "OR" || a.regexes.length === 0 && a.stopwords.length === 0 && a.commits.size === 0)
  );
}
function pathSignature(ruleSet) {
  const tests = [];
  for (const a of ruleSet.allowlists) if (a.paths.length > 0) tests.push(a.paths);
  for (const r of ruleSet.rules) {
    if (r.matcher && r.pathMatcher) tests.push([r.pathMatcher]);
    for (const a of r.allowlists) if (a.paths.length > 0) tests.push(a.paths);
  }
  return (path) => {
    let sig = "";
    for (let i = 0; i < tests.length; i++) if (tests[i].some((m) => m.test(path))) sig += `${i},`;
    return sig;
  };
}
var init_allowlist = __esm({
  "src/engine/allowlist.ts"() {
    "use strict";
  }
});

// src/engine/checksum.ts
function crc32(s) {
  let c = 4294967295;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
function base62(n, width) {
  let out = "";
  let v = n;
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, "0");
}
function tokenBody(secret) {
  const us = secret.indexOf("_");
  const body = secret.slice(us + 1);
  return us > 0 && body.length === 36 ? body : void 0;
}
function verifyChecksum(kind, secret) {
  switch (kind) {
    case "github-crc32": {
      const body = tokenBody(secret);
      if (body === void 0) return { valid: true, reason: "no checksum in this token length" };
      const expected = base62(crc32(body.slice(0, 30)), 6);
      return expected === body.slice(30) ? { valid: true, reason: "CRC32 checksum valid" } : { valid: false, reason: "CRC32 checksum does not match: not a token the provider issued" };
    }
  }
}
var BASE62, CRC_TABLE;
var init_checksum = __esm({
  "src/engine/checksum.ts"() {
    "use strict";
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    CRC_TABLE = (() => {
      const t = new Uint32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
        t[n] = c >>> 0;
      }
      return t;
    })();
  }
});

// src/engine/composite.ts
function hasComposite(rules) {
  for (const r of rules) if (r.required || r.skipReport) return true;
  return false;
}
function near(f, g, req) {
  return (req.withinLines === void 0 || Math.abs(g.line - f.line) <= req.withinLines) && (req.withinColumns === void 0 || Math.abs(g.column - f.column) <= req.withinColumns);
}
function applyComposite(findings, rules) {
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    const rule = rules.get(f.ruleId);
    if (rule?.skipReport) {
      suppressed.push({ finding: f, kind: "composite", reason: `rule "${f.ruleId}" has skipReport: it only counts as part of a composite rule` });
      continue;
    }
    let missing;
    for (const req of rule?.required ?? []) {
      const g = findings.find((x) => x !== f && x.ruleId === req.id && near(f, x, req));
      if (!g) {
        const within2 = [req.withinLines !== void 0 ? `${req.withinLines} line(s)` : "", req.withinColumns !== void 0 ? `${req.withinColumns} column(s)` : ""].filter(Boolean).join(" and ");
        missing = `composite rule: no "${req.id}" match ${within2 ? `within ${within2}` : "in the same file"}`;
        break;
      }
      f.reasons.push(`required rule "${req.id}" matches at line ${g.line}`);
    }
    if (missing) suppressed.push({ finding: f, kind: "composite", reason: missing });
    else kept.push(f);
  }
  return { kept, suppressed };
}
var init_composite = __esm({
  "src/engine/composite.ts"() {
    "use strict";
  }
});

// src/engine/decode.ts
function printablePrefix(text, start) {
  for (let q = 0; q < 2; q++) {
    let v = 0;
    for (let i = 0; i < 4; i++) v = v << 6 | B64[text.charCodeAt(start + 4 * q + i)];
    if (!isText(v >> 16 & 255) || !isText(v >> 8 & 255) || !isText(v & 255)) return false;
  }
  return true;
}
function printable2(s) {
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127 || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / s.length >= 0.95;
}
function consider(text, start, end, seen, out) {
  const len = end - start;
  if ((seen & 3) !== 3) return;
  if ((seen & 12) === 0 && len % 4 !== 0) return;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (before < 128 && JOINER[before] === 1 || after < 128 && JOINER[after] === 1) return;
  if (!printablePrefix(text, start)) return;
  const run = text.slice(start, end);
  if (len > 96 && !printable2(Buffer.from(run.slice(0, 64), "base64").toString("latin1"))) return;
  const usable = (seen & 8) !== 0 ? run : run.slice(0, len - len % 4);
  const decoded = Buffer.from(usable, "base64").toString("latin1");
  if (decoded.length < MIN_DECODED || !printable2(decoded)) return;
  out.push({ start, end, encoding: "base64", decoded });
}
function findEncodedSegments(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = CLASS[text.charCodeAt(i)];
    if (k === 0 || k === 8) {
      i++;
      continue;
    }
    const start = i;
    let seen = 0;
    do {
      seen |= k;
      if (++i === n) break;
      k = CLASS[text.charCodeAt(i)];
    } while (k !== 0 && k !== 8 && i - start < MAX_RUN);
    if (i - start < MIN_RUN) continue;
    let end = i;
    while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++;
    if (end > i) seen |= 8;
    consider(text, start, end, seen, out);
    i = end;
  }
  return out;
}
var MIN_RUN, MAX_RUN, MIN_DECODED, CLASS, JOINER, B64, isText;
var init_decode = __esm({
  "src/engine/decode.ts"() {
    "use strict";
    MIN_RUN = 16;
    MAX_RUN = 4096;
    MIN_DECODED = 8;
    CLASS = new Uint8Array(65536);
    for (let c = 65; c <= 90; c++) CLASS[c] = 1;
    for (let c = 97; c <= 122; c++) CLASS[c] = 2;
    for (let c = 48; c <= 57; c++) CLASS[c] = 4;
    CLASS[43] = 4;
    CLASS[47] = 4;
    CLASS[61] = 8;
    JOINER = new Uint8Array(128);
    for (const c of [46, 45, 95]) JOINER[c] = 1;
    B64 = new Int8Array(128).fill(-1);
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((ch, i) => B64[ch.charCodeAt(0)] = i);
    isText = (b) => b >= 32 && b < 127 || b === 9 || b === 10 || b === 13;
  }
});

// src/engine/entropy.ts
function shannonEntropy(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
var init_entropy = __esm({
  "src/engine/entropy.ts"() {
    "use strict";
  }
});

// src/engine/sha256.ts
function sha256Hex(text) {
  let data;
  let n;
  if (text.length * 3 + 72 <= SCRATCH.length) {
    n = SCRATCH.write(text, 0, "utf8");
    data = SCRATCH;
  } else {
    const bytes = Buffer.from(text, "utf8");
    n = bytes.length;
    data = new Uint8Array(n + 72);
    data.set(bytes);
  }
  const total = n + 8 + 64 & ~63;
  data.fill(0, n, total);
  data[n] = 128;
  const hi = Math.floor(n / 536870912);
  const lo = n << 3 >>> 0;
  data[total - 8] = hi >>> 24;
  data[total - 7] = hi >>> 16;
  data[total - 6] = hi >>> 8;
  data[total - 5] = hi;
  data[total - 4] = lo >>> 24;
  data[total - 3] = lo >>> 16;
  data[total - 2] = lo >>> 8;
  data[total - 1] = lo;
  H[0] = 1779033703;
  H[1] = 3144134277 | 0;
  H[2] = 1013904242;
  H[3] = 2773480762 | 0;
  H[4] = 1359893119;
  H[5] = 2600822924 | 0;
  H[6] = 528734635;
  H[7] = 1541459225;
  for (let off = 0; off < total; off += 64) block(data, off);
  let hex = "";
  for (let i = 0; i < 8; i++) {
    const x = H[i];
    hex += HEX[x >>> 24 & 255] + HEX[x >>> 16 & 255] + HEX[x >>> 8 & 255] + HEX[x & 255];
  }
  return hex;
}
function block(b, off) {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    W[i] = b[j] << 24 | b[j + 1] << 16 | b[j + 2] << 8 | b[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15];
    const y = W[i - 2];
    const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
    const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
    W[i] = W[i - 16] + s0 + W[i - 7] + s1 | 0;
  }
  let a = H[0], b0 = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
  for (let i = 0; i < 64; i++) {
    const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
    const t1 = h + S1 + (e & f ^ ~e & g) + K[i] + W[i] | 0;
    const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
    const t2 = S0 + (a & b0 ^ a & c ^ b0 & c) | 0;
    h = g;
    g = f;
    f = e;
    e = d + t1 | 0;
    d = c;
    c = b0;
    b0 = a;
    a = t1 + t2 | 0;
  }
  H[0] = H[0] + a | 0;
  H[1] = H[1] + b0 | 0;
  H[2] = H[2] + c | 0;
  H[3] = H[3] + d | 0;
  H[4] = H[4] + e | 0;
  H[5] = H[5] + f | 0;
  H[6] = H[6] + g | 0;
  H[7] = H[7] + h | 0;
}
var K, W, H, SCRATCH, HEX;
var init_sha256 = __esm({
  "src/engine/sha256.ts"() {
    "use strict";
    K = new Int32Array([
      1116352408,
      1899447441,
      3049323471,
      3921009573,
      961987163,
      1508970993,
      2453635748,
      2870763221,
      3624381080,
      310598401,
      607225278,
      1426881987,
      1925078388,
      2162078206,
      2614888103,
      3248222580,
      3835390401,
      4022224774,
      264347078,
      604807628,
      770255983,
      1249150122,
      1555081692,
      1996064986,
      2554220882,
      2821834349,
      2952996808,
      3210313671,
      3336571891,
      3584528711,
      113926993,
      338241895,
      666307205,
      773529912,
      1294757372,
      1396182291,
      1695183700,
      1986661051,
      2177026350,
      2456956037,
      2730485921,
      2820302411,
      3259730800,
      3345764771,
      3516065817,
      3600352804,
      4094571909,
      275423344,
      430227734,
      506948616,
      659060556,
      883997877,
      958139571,
      1322822218,
      1537002063,
      1747873779,
      1955562222,
      2024104815,
      2227730452,
      2361852424,
      2428436474,
      2756734187,
      3204031479,
      3329325298
    ]);
    W = new Int32Array(64);
    H = new Int32Array(8);
    SCRATCH = Buffer.alloc(4096);
    HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
  }
});

// src/engine/fingerprint.ts
function secretHash(secret) {
  return sha256Hex(secret).slice(0, 24);
}
function fingerprint(ruleId, secret, path) {
  const base = `${ruleId}:${secretHash(secret.includes("\r") ? secret.replace(/\r\n/g, "\n") : secret)}`;
  return path === void 0 ? base : `${base}:${path}`;
}
var init_fingerprint = __esm({
  "src/engine/fingerprint.ts"() {
    "use strict";
    init_sha256();
  }
});

// src/engine/inline.ts
function inlineAllowed(line, previousLine2) {
  const same = SAME_LINE.exec(line);
  if (same && !line.slice(same.index).startsWith("leakward:allow-next-line")) return same[0];
  const prev = previousLine2 !== void 0 ? NEXT_LINE.exec(previousLine2) : null;
  return prev ? `${prev[0]} (line above)` : void 0;
}
var SAME_LINE, NEXT_LINE;
var init_inline = __esm({
  "src/engine/inline.ts"() {
    "use strict";
    SAME_LINE = /leakward:allow|gitleaks:allow|pragma: ?allowlist secret/;
    NEXT_LINE = /leakward:allow-next-line|pragma: ?allowlist nextline secret/;
  }
});

// src/engine/location.ts
var LineIndex;
var init_location = __esm({
  "src/engine/location.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
      }
      text;
      starts = [0];
      /** 0-based line index of `offset`. */
      lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >>> 1;
          if (this.starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      }
      position(offset) {
        const l = this.lineOf(offset);
        return { line: l, column: offset - this.starts[l] + 1 };
      }
      /** Offset of a 0-based line and 1-based column. */
      offsetOf(line, column) {
        return (this.starts[line] ?? this.text.length) + column - 1;
      }
      lineText(line) {
        const start = this.starts[line];
        const next = this.starts[line + 1];
        let end = next === void 0 ? this.text.length : next - 1;
        if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
        return this.text.slice(start, end);
      }
    };
  }
});

// src/engine/prefilter.ts
function buildPrefilter(keywords) {
  return prefilterFromData(compilePrefilter(keywords));
}
function compilePrefilter(keywords) {
  const classOf = new Uint8Array(ASCII);
  let classes = 1;
  for (const kw of keywords) {
    for (const ch of kw.toLowerCase()) {
      const c = ch.charCodeAt(0);
      if (c >= ASCII) throw new Error(`keyword "${kw}" is not ASCII`);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }
  for (let c = 65; c <= 90; c++) if (classOf[c + 32] !== 0 && classOf[c] === 0) classOf[c] = classOf[c + 32];
  const goto = [new Array(classes).fill(-1)];
  const outputs = [[]];
  keywords.forEach((kw, k) => {
    let s = 0;
    for (const ch of kw.toLowerCase()) {
      const c = classOf[ch.charCodeAt(0)];
      let next = goto[s][c];
      if (next === -1) {
        next = goto.length;
        goto.push(new Array(classes).fill(-1));
        outputs.push([]);
        goto[s][c] = next;
      }
      s = next;
    }
    outputs[s].push(k);
  });
  const states = goto.length;
  const delta = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const queue = [];
  for (let c = 1; c < classes; c++) {
    const t = goto[0][c];
    delta[c] = t === -1 ? 0 : t;
    if (t !== -1) queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    outputs[s].push(...outputs[fail[s]]);
    for (let c = 1; c < classes; c++) {
      const t = goto[s][c];
      if (t === -1) {
        delta[s * classes + c] = delta[fail[s] * classes + c];
      } else {
        fail[t] = delta[fail[s] * classes + c];
        delta[s * classes + c] = t;
        queue.push(t);
      }
    }
  }
  const outSets = outputs.map((o) => [...new Set(o)]);
  const table = new Int32Array(states * classes);
  for (let i = 0; i < table.length; i++) {
    const t = delta[i];
    table[i] = outSets[t].length > 0 ? -(t * classes) - 1 : t * classes;
  }
  const outs = {};
  outSets.forEach((o, st) => {
    if (o.length > 0) outs[st] = o;
  });
  return {
    keywords: [...keywords],
    classes,
    classOf: [...classOf],
    table,
    outs
  };
}
function prefilterFromData(data) {
  const { keywords, classes } = data;
  const classOf = new Uint8Array(65536);
  classOf.set(data.classOf);
  const { table } = data;
  const outLists = [];
  const outAt = new Int32Array(table.length);
  for (const [st, ks] of Object.entries(data.outs)) {
    outAt[Number(st) * classes] = outLists.length;
    outLists.push(Int32Array.from(ks));
  }
  const n = keywords.length;
  const found = new Uint8Array(n);
  const ids = new Int32Array(n);
  const firstEnd = new Int32Array(n);
  const lastEnd = new Int32Array(n);
  let count = 0;
  return {
    keywordCount: n,
    scan(text) {
      for (let j = 0; j < count; j++) found[ids[j]] = 0;
      count = 0;
      let row = 0;
      for (let i = 0, len = text.length; i < len; i++) {
        const e = table[row + classOf[text.charCodeAt(i)]];
        if (e >= 0) {
          row = e;
          continue;
        }
        row = -e - 1;
        const o = outLists[outAt[row]];
        for (let j = 0; j < o.length; j++) {
          const kw = o[j];
          if (found[kw] === 0) {
            found[kw] = 1;
            ids[count++] = kw;
            firstEnd[kw] = i + 1;
          }
          lastEnd[kw] = i + 1;
        }
      }
      return { count, ids, firstEnd, lastEnd };
    }
  };
}
var ASCII;
var init_prefilter = __esm({
  "src/engine/prefilter.ts"() {
    "use strict";
    ASCII = 128;
  }
});

// src/engine/structure.ts
function awsAccountId(keyId) {
  const body = keyId.slice(4);
  if (body.length !== 16) return void 0;
  let bits = 0n;
  for (const ch of body) {
    const v = BASE32.indexOf(ch);
    if (v < 0) return void 0;
    bits = bits << 5n | BigInt(v);
  }
  const first48 = bits >> 32n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, "0");
}
function decodeBase64Json(s) {
  try {
    const text = Buffer.from(s, "base64").toString("utf8");
    const v = JSON.parse(text);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
function decodeJwt(secret) {
  const parts = secret.split(".");
  if (parts.length < 2) return { verdict: "invalid", reason: "not three dot-separated parts" };
  const header = decodeBase64Json(parts[0]);
  if (!header || typeof header.alg !== "string") {
    return { verdict: "invalid", reason: 'JWT header does not decode to JSON with "alg"' };
  }
  const payload = decodeBase64Json(parts[1]);
  if (!payload) return { verdict: "invalid", reason: "JWT payload does not decode to JSON" };
  const facts = [`alg ${header.alg}`];
  for (const k of ["iss", "sub", "aud"]) {
    if (typeof payload[k] === "string") facts.push(`${k} ${payload[k]}`);
  }
  const data = { header, claims: Object.keys(payload) };
  if (typeof payload.exp === "number") {
    const exp = new Date(payload.exp * 1e3);
    facts.push(`exp ${Number.isNaN(exp.getTime()) ? payload.exp : exp.toISOString()}`);
    data.exp = payload.exp;
  }
  if (header.alg === "none") facts.push("unsigned (alg none)");
  return { verdict: "ok", info: { kind: "jwt", facts, data }, reason: "JWT header and payload decode" };
}
function decodeAws(secret) {
  const account = awsAccountId(secret);
  if (!account) return { verdict: "unknown", reason: "key id does not decode" };
  const facts = [`AWS account ${account}`];
  if (AWS_CANARY_ACCOUNTS.has(account)) facts.push("canary token account: do not use it");
  return {
    verdict: "ok",
    info: { kind: "aws-key-id", facts, data: { account, canary: AWS_CANARY_ACCOUNTS.has(account) } },
    reason: `key id decodes to AWS account ${account}`
  };
}
function decodeEmbeddedJson(secret) {
  const runs = secret.match(/[A-Za-z0-9+/=_-]{16,}/g) ?? [];
  for (const run of runs.sort((a, b) => b.length - a.length)) {
    for (const candidate of [run, run.replace(/^[a-z]+_/, "")]) {
      const json = decodeBase64Json(candidate.replace(/_[A-Za-z0-9+/]{20,}$/, ""));
      if (json) {
        const keys = Object.keys(json);
        return {
          verdict: "ok",
          info: { kind: "base64-json", facts: [`decodes to JSON with ${keys.slice(0, 6).join(", ")}`], data: { keys } },
          reason: "embedded base64 JSON decodes"
        };
      }
    }
  }
  return { verdict: "unknown", reason: "no embedded JSON decoded" };
}
function decodeCredentials(secret) {
  const text = Buffer.from(secret, "base64").toString("utf8");
  const colon = text.indexOf(":");
  if (colon < 1 || colon === text.length - 1 || /[\x00-\x1f\x7f\ufffd]/.test(text)) {
    return { verdict: "invalid", reason: "does not decode to user:password" };
  }
  const user = text.slice(0, colon);
  return {
    verdict: "ok",
    info: { kind: "base64-credentials", facts: [`user ${user}`], data: { user } },
    reason: "decodes to user:password"
  };
}
function decodeStructure(kind, secret) {
  switch (kind) {
    case "base64-credentials":
      return decodeCredentials(secret);
    case "aws-key-id":
      return decodeAws(secret);
    case "jwt":
      return decodeJwt(secret);
    case "base64-json":
      return decodeEmbeddedJson(secret);
  }
}
var AWS_CANARY_ACCOUNTS, BASE32;
var init_structure = __esm({
  "src/engine/structure.ts"() {
    "use strict";
    AWS_CANARY_ACCOUNTS = /* @__PURE__ */ new Set([
      "052310077262",
      "171436882533",
      "534261010715",
      "595918472158",
      "717712589309",
      "819147034852",
      "992382622183",
      "730335385048",
      "266735846894",
      "893192397702"
    ]);
    BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  }
});

// src/engine/detect.ts
function indexKeywords(rules) {
  const keywords = [];
  const keywordRules = [];
  const alwaysRun = [];
  const index = /* @__PURE__ */ new Map();
  rules.forEach((r, i) => {
    if (!r.matcher && !r.pathMatcher) return;
    if (r.rule.keywords.length === 0) {
      alwaysRun.push(i);
      return;
    }
    for (const kw of r.rule.keywords) {
      const k = kw.toLowerCase();
      let id = index.get(k);
      if (id === void 0) {
        id = keywords.length;
        index.set(k, id);
        keywords.push(k);
        keywordRules.push([]);
      }
      keywordRules[id].push(i);
    }
  });
  return { keywords, keywordRules, alwaysRun };
}
function engineFragment(text, path, startLine, c = {}) {
  return { text, path, startLine, commit: c.commit, author: c.author, email: c.email, date: c.date, message: c.message };
}
function createDetector(ruleSet) {
  const indexed = indexKeywords(ruleSet.rules);
  const { keywords, alwaysRun } = indexed;
  let keywordRules = indexed.keywordRules;
  const composite = hasComposite(ruleSet.rules.map((r) => r.rule)) ? new Map(ruleSet.rules.map((r) => [r.rule.id, r.rule])) : void 0;
  const shipped = ruleSet.prefilter;
  let prefilter;
  const shippedIds = shipped ? new Map(shipped.keywords.map((k, i) => [k, i])) : void 0;
  if (shipped && keywords.every((k) => shippedIds.has(k))) {
    prefilter = prefilterFromData(shipped);
    const byShippedId = shipped.keywords.map(() => []);
    keywords.forEach((k, i) => {
      byShippedId[shippedIds.get(k)] = keywordRules[i];
    });
    keywordRules = byShippedId;
  } else prefilter = buildPrefilter(keywords);
  const ruleCount = ruleSet.rules.length;
  const first = new Int32Array(ruleCount).fill(-1);
  const last = new Int32Array(ruleCount);
  const triggered = [];
  const candidates = (text) => {
    const hits = prefilter.scan(text);
    triggered.length = 0;
    for (let j = 0; j < hits.count; j++) {
      const k = hits.ids[j];
      const fe = hits.firstEnd[k];
      const le = hits.lastEnd[k];
      for (const r of keywordRules[k]) {
        if (first[r] === -1) {
          first[r] = fe;
          last[r] = le;
          triggered.push(r);
        } else {
          if (fe < first[r]) first[r] = fe;
          if (le > last[r]) last[r] = le;
        }
      }
    }
    triggered.sort((a2, b) => a2 - b);
    const out = [];
    let a = 0;
    for (let t = 0; t <= triggered.length; t++) {
      const ri = t < triggered.length ? triggered[t] : ruleCount;
      while (a < alwaysRun.length && alwaysRun[a] < ri) out.push({ ri: alwaysRun[a++], from: 0, to: text.length });
      if (ri === ruleCount) break;
      const w = ruleSet.rules[ri].window;
      out.push(
        w === void 0 ? { ri, from: 0, to: text.length } : { ri, from: Math.max(0, first[ri] - w), to: Math.min(text.length, last[ri] + w) }
      );
      first[ri] = -1;
    }
    return out;
  };
  const detect = (fragment, options = {}, depth = 0) => {
    const findings = [];
    const suppressed = [];
    let overflow;
    const { text } = fragment;
    let lines;
    const lineIndex = () => lines ??= new LineIndex(text);
    const drop = (finding, kind, reason) => {
      if (suppressed.length < MAX_SUPPRESSED) suppressed.push({ finding, kind, reason });
      else (overflow ??= {})[kind] = (overflow[kind] ?? 0) + 1;
    };
    for (const { ri, from, to } of candidates(text)) {
      const cr = ruleSet.rules[ri];
      if (cr.pathMatcher && !cr.pathMatcher.test(fragment.path)) continue;
      if (!cr.matcher) {
        const f = makeFinding(cr, fragment, lineIndex(), 0, 0, 0, 0, "");
        findings.push(f);
        continue;
      }
      const lo = Math.max(0, from - 1);
      const hi = Math.min(text.length, to + 1);
      const view = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
      for (const raw of cr.matcher.matchAll(view)) {
        const m = lo === 0 ? raw : shift(raw, lo);
        if (m.start < from || m.end > to) continue;
        const span = secretSpan(cr, m.start, m.end, m.groups);
        if (!span || span[1] <= span[0]) continue;
        const f = makeFinding(cr, fragment, lineIndex(), m.start, m.end, span[0], span[1], text);
        const verdict = judge(cr, f, ruleSet, previousLine(lineIndex(), f, fragment));
        if (verdict) drop(f, verdict.kind, verdict.reason);
        else findings.push(f);
      }
    }
    if (depth < (options.decodeDepth ?? 2)) {
      for (const seg of findEncodedSegments(text)) {
        const li = lineIndex();
        const pos = li.position(seg.start);
        const lineText = li.lineText(pos.line);
        const lineStart = seg.start - (pos.column - 1);
        const segEndInLine = Math.min(seg.end - lineStart, lineText.length);
        const prefix = lineText.slice(Math.max(0, pos.column - 1 - DECODE_CONTEXT), pos.column - 1);
        const suffix = lineText.slice(segEndInLine, segEndInLine + DECODE_CONTEXT);
        const substituted = prefix + seg.decoded + suffix;
        const inner = detect(engineFragment(substituted, fragment.path, fragment.startLine + pos.line, fragment), options, depth + 1);
        const firstLine = fragment.startLine + pos.line;
        const innerLines = new LineIndex(substituted);
        const inDecoded = (f) => {
          const line = f.line - firstLine;
          if (line < 0) return false;
          const start = innerLines.offsetOf(line, f.column);
          return start >= prefix.length && start + f.secret.length <= prefix.length + seg.decoded.length;
        };
        for (const f of inner.findings.filter(inDecoded)) {
          findings.push(relocate(f, seg, pos.column, fragment.startLine + pos.line, lineText, text));
        }
        for (const s of inner.suppressed.filter((s2) => inDecoded(s2.finding))) {
          drop(relocate(s.finding, seg, pos.column, fragment.startLine + pos.line, lineText, text), s.kind, s.reason);
        }
      }
    }
    return { findings: findings.length > 1 ? dedupe(findings) : findings, suppressed, overflow };
  };
  return {
    ruleSet,
    detect: (fragment, options) => {
      const r = detect(fragment, options);
      if (!composite) return r;
      const c = applyComposite(r.findings, composite);
      return { ...r, findings: c.kept, suppressed: [...r.suppressed, ...c.suppressed] };
    }
  };
}
function shift(m, by) {
  return {
    start: m.start + by,
    end: m.end + by,
    groups: m.groups.map((g) => g ? [g[0] + by, g[1] + by] : void 0)
  };
}
function secretSpan(cr, start, end, groups) {
  const sg = cr.rule.secretGroup;
  if (sg !== void 0 && sg > 0) return groups[sg - 1];
  for (const g of groups) if (g && g[1] > g[0]) return g;
  return [start, end];
}
function makeFinding(cr, fragment, li, mStart, mEnd, sStart, sEnd, text) {
  const { rule } = cr;
  const startPos = li.position(sStart);
  const endPos = li.position(Math.max(sStart, sEnd - 1));
  const secret = text.slice(sStart, sEnd);
  const entropy = shannonEntropy(secret);
  const f = {
    ruleId: rule.id,
    description: rule.description,
    file: fragment.path,
    line: fragment.startLine + startPos.line,
    column: startPos.column,
    endLine: fragment.startLine + endPos.line,
    endColumn: endPos.column + 1,
    secret,
    match: text.slice(mStart, mEnd),
    lineText: lineWindow(li.lineText(startPos.line), startPos.column - 1, secret.length),
    entropy: Math.round(entropy * 1e3) / 1e3,
    confidence: rule.confidence,
    reasons: [`${rule.confidence} confidence: ${confidenceWhy(rule.confidence)}`],
    fingerprint: fingerprint(rule.id, secret || fragment.path),
    tags: rule.tags,
    // Every optional field is there, undefined when unset: all findings share one object shape, so
    // code that handles them (dedupe, here inlined in detect) is not deoptimised and compiled again
    // each time a new combination of fields turns up. (Reports pick fields; JSON drops undefined.)
    provider: rule.provider || void 0,
    remediation: rule.remediation || void 0,
    verify: rule.verify || void 0,
    revoke: rule.revoke || void 0,
    verification: void 0,
    structure: void 0,
    decodedFrom: void 0,
    encoded: void 0,
    commit: fragment.commit,
    author: fragment.author,
    email: fragment.email,
    date: fragment.date,
    message: fragment.message,
    place: fragment.place
  };
  return f;
}
function previousLine(li, f, fragment) {
  const line = f.line - fragment.startLine;
  if (line <= 0) return void 0;
  const text = li.lineText(line - 1);
  return text.length > LINE_WINDOW ? text.slice(-LINE_WINDOW) : text;
}
function confidenceWhy(c) {
  return c === "high" ? "the format is distinctive" : c === "medium" ? "the format needs its context to be sure" : "a generic pattern";
}
function judge(cr, f, ruleSet, prev) {
  const { rule } = cr;
  if (rule.entropy !== void 0 && f.entropy < rule.entropy) {
    return { kind: "entropy", reason: `entropy ${f.entropy.toFixed(2)} below the rule's ${rule.entropy}` };
  }
  if (rule.checksum) {
    const c = verifyChecksum(rule.checksum, f.secret);
    if (!c.valid) return { kind: "checksum", reason: c.reason };
    if (c.reason.startsWith("CRC32")) {
      f.confidence = "high";
      f.reasons.push(c.reason);
    }
  }
  if (rule.structure) {
    const s = decodeStructure(rule.structure, f.secret);
    if (s.verdict === "invalid") return { kind: "structure", reason: s.reason };
    if (s.verdict === "ok") {
      f.confidence = raise(f.confidence);
      f.reasons.push(s.reason);
      if (s.info) f.structure = s.info;
    }
  }
  const listed = allowlisted(ruleSet.allowlists, cr.allowlists, f);
  if (listed) return listed;
  const inline = inlineAllowed(f.lineText, prev);
  if (inline) return { kind: "inline", reason: `inline comment "${inline}"` };
  return void 0;
}
function relocate(f, seg, column, line, lineText, text) {
  const encoding = seg.encoding;
  return {
    ...f,
    line,
    endLine: line,
    column,
    endColumn: column + 1,
    lineText,
    decodedFrom: f.decodedFrom ? `${encoding}+${f.decodedFrom}` : encoding,
    reasons: [...f.reasons, `found inside ${encoding}-encoded text`],
    encoded: text.slice(seg.start, seg.end)
  };
}
function lineWindow(line, column0, length) {
  if (line.length <= 2 * LINE_WINDOW + length) return line;
  return line.slice(Math.max(0, column0 - LINE_WINDOW), column0 + length + LINE_WINDOW);
}
function dedupe(findings) {
  const specificByLine = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.tags.includes("generic")) continue;
    const list = specificByLine.get(f.line);
    if (list) list.push(f);
    else specificByLine.set(f.line, [f]);
  }
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.line}\0${f.column}\0${f.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (!f.tags.includes("generic")) return true;
    const same = specificByLine.get(f.line) ?? [];
    return !same.some((s) => s.secret.includes(f.secret) || f.secret.includes(s.secret));
  });
}
var MAX_SUPPRESSED, DECODE_CONTEXT, LEVELS, raise, LINE_WINDOW;
var init_detect = __esm({
  "src/engine/detect.ts"() {
    "use strict";
    init_allowlist();
    init_checksum();
    init_composite();
    init_decode();
    init_entropy();
    init_fingerprint();
    init_inline();
    init_location();
    init_prefilter();
    init_structure();
    MAX_SUPPRESSED = 1e4;
    DECODE_CONTEXT = 256;
    LEVELS = ["low", "medium", "high"];
    raise = (c) => LEVELS[Math.min(2, LEVELS.indexOf(c) + 1)];
    LINE_WINDOW = 4096;
  }
});

// src/filters/baseline.ts
function parseBaseline(text, file) {
  let doc;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (e) {
    throw new LeakwardError(
      "BASELINE_INVALID",
      `${file}: not valid JSON (${e.message})`,
      "Regenerate it with `leakward baseline`."
    );
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings)) {
    throw new LeakwardError(
      "BASELINE_INVALID",
      `${file}: expected an object with a "findings" array`,
      "Pass a file written by `leakward baseline` or `leakward scan --format json`."
    );
  }
  const out = /* @__PURE__ */ new Set();
  findings.forEach((f, i) => {
    const fp = f?.fingerprint;
    if (typeof fp !== "string") {
      throw new LeakwardError(
        "BASELINE_INVALID",
        `${file}: findings[${i}] has no "fingerprint"`,
        "Regenerate it with `leakward baseline`."
      );
    }
    out.add(fp);
  });
  return out;
}
function applyBaseline(findings, baseline) {
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    if (baseline.has(f.fingerprint)) suppressed.push({ finding: f, kind: "baseline", reason: `in the baseline (${f.fingerprint})` });
    else kept.push(f);
  }
  return { kept, suppressed };
}
var init_baseline = __esm({
  "src/filters/baseline.ts"() {
    "use strict";
    init_errors();
  }
});

// src/engine/worker-detector.ts
var worker_detector_exports = {};
__export(worker_detector_exports, {
  WorkerFeed: () => WorkerFeed,
  unpack: () => unpack,
  workerAvailable: () => workerAvailable
});
function workerAvailable() {
  return (0, import_node_os.availableParallelism)() > 1 && workerFile() !== void 0;
}
function pack(id, batch) {
  let size = 0;
  for (const f of batch) size += utf8Of(f)?.length ?? Buffer.byteLength(f.text);
  const bytes = Buffer.allocUnsafeSlow(size);
  const ends = new Int32Array(batch.length);
  const startLines = new Int32Array(batch.length);
  let at = 0;
  batch.forEach((f, i) => {
    const utf8 = utf8Of(f);
    at += utf8 ? utf8.copy(bytes, at) : bytes.write(f.text, at);
    ends[i] = at;
    startLines[i] = f.startLine;
  });
  let paths = "";
  let commits = "";
  for (const f of batch) {
    paths += `${f.path}\0`;
    commits += `${f.commit ?? ""}\0`;
  }
  return { id, bytes, ends, paths, startLines, commits };
}
function* unpack(msg) {
  const data = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength);
  let start = 0;
  const paths = msg.paths.split("\0");
  const commits = msg.commits.split("\0");
  for (let i = 0; i < msg.ends.length; i++) {
    const commit = commits[i];
    yield engineFragment(data.toString("utf8", start, msg.ends[i]), paths[i], msg.startLines[i], commit === "" ? {} : { commit });
    start = msg.ends[i];
  }
}
function attach(result, f) {
  const fill = (x) => {
    for (const k of ["author", "email", "date", "message"]) if (f[k] !== void 0) x[k] = f[k];
    if (f.place !== void 0) x.place = f.place;
  };
  for (const x of result.findings) fill(x);
  for (const s of result.suppressed) fill(s.finding);
}
var import_node_os, import_node_worker_threads, BATCH_CHARS, MAX_IN_FLIGHT, workerFile, Lane, WorkerFeed, utf8Of;
var init_worker_detector = __esm({
  "src/engine/worker-detector.ts"() {
    "use strict";
    import_node_os = require("node:os");
    import_node_worker_threads = require("node:worker_threads");
    init_build_file();
    init_detect();
    BATCH_CHARS = 256 * 1024;
    MAX_IN_FLIGHT = 4;
    workerFile = () => buildFile("engine-worker.mjs");
    Lane = class {
      constructor(feed) {
        this.feed = feed;
      }
      feed;
      batch = [];
      chars = 0;
      ended = false;
      waiting = [];
      push(f) {
        this.feed.take(this, f);
      }
      full() {
        return this.chars >= BATCH_CHARS || this.feed.failed !== void 0;
      }
      room() {
        if (this.feed.failed) return Promise.reject(this.feed.failed);
        if (!this.full()) return Promise.resolve();
        return new Promise((resolve3, reject) => this.waiting.push({ resolve: resolve3, reject }));
      }
      /** Takes the batch to send. */
      drain() {
        const b = this.batch;
        this.batch = [];
        this.chars = 0;
        return b;
      }
    };
    WorkerFeed = class {
      constructor(spec, onResult, onSent, help, file = workerFile()) {
        this.onResult = onResult;
        this.onSent = onSent;
        this.help = help;
        if (!file) throw new Error("no engine worker in this build");
        this.main = new Lane(this);
        this.background = new Lane(this);
        this.worker = new import_node_worker_threads.Worker(file, { workerData: spec });
        this.worker.on("message", (msg) => {
          if (msg.type === "error") return this.fail(new Error(`the engine worker failed: ${msg.message}`));
          const sent = this.pending.get(msg.id);
          this.pending.delete(msg.id);
          for (const [i, result] of msg.results) {
            attach(result, sent[i]);
            this.onResult(sent[i], result);
          }
          this.pump();
        });
        this.worker.on("error", (e) => this.fail(e));
        this.worker.on("exit", (code) => {
          if (!this.stopping) this.fail(new Error(`the engine worker stopped (exit code ${code})`));
        });
      }
      onResult;
      onSent;
      help;
      main;
      background;
      failed;
      worker;
      pending = /* @__PURE__ */ new Map();
      id = 0;
      here;
      stopping = false;
      finished;
      /** Batches sent and not answered yet. */
      get inFlight() {
        return this.pending.size;
      }
      /** A Fragment pushed into `lane`. */
      take(lane, f) {
        if (this.failed) return;
        lane.batch.push(f);
        lane.chars += utf8Of(f)?.length ?? f.text.length;
        this.onSent?.(f);
        if (lane.chars >= BATCH_CHARS) this.pump();
      }
      /** The lane's source is done: what it holds goes when there is room. */
      end(lane) {
        lane.ended = true;
        this.pump();
      }
      /** Resolves once both lanes have ended and every batch is answered; rejects if the engine failed. */
      done() {
        return new Promise((resolve3, reject) => {
          this.finished = { resolve: resolve3, reject };
          if (this.failed) reject(this.failed);
          else this.pump();
        });
      }
      /** Stops the thread; a lane still in use fails from now on, so its source stops too. */
      async terminate() {
        this.stopping = true;
        if (!this.failed) this.fail(new Error("the engine thread was stopped"), false);
        await this.worker.terminate();
      }
      /** Sends what may go: the main lane first, then the background within its share; wakes who can go on. */
      pump() {
        const { main, background: bg, pending } = this;
        for (; ; ) {
          if (this.failed) return;
          const mainReady = main.batch.length > 0 && (main.chars >= BATCH_CHARS || main.ended);
          if (mainReady && pending.size < MAX_IN_FLIGHT) this.post(main.drain());
          else if (mainReady && this.help?.when()) this.scanHere(main.drain());
          else if (!mainReady && bg.batch.length > 0 && (bg.chars >= BATCH_CHARS || bg.ended) && pending.size < (main.ended ? MAX_IN_FLIGHT : MAX_IN_FLIGHT - 1)) this.post(bg.drain());
          else break;
        }
        for (const lane of [main, bg]) if (!lane.full() && lane.waiting.length > 0) for (const w of lane.waiting.splice(0)) w.resolve();
        if (this.finished && main.ended && bg.ended && main.batch.length === 0 && bg.batch.length === 0 && pending.size === 0) this.finished.resolve();
      }
      post(batch) {
        this.pending.set(this.id, batch);
        const msg = pack(this.id++, batch);
        this.worker.postMessage(msg, [msg.bytes.buffer, msg.ends.buffer, msg.startLines.buffer]);
      }
      scanHere(batch) {
        this.here ??= this.help.detector();
        for (const f of batch) {
          const result = this.here(f);
          if (result.findings.length > 0 || result.suppressed.length > 0) this.onResult(f, result);
        }
      }
      fail(e, report = true) {
        if (this.failed) return;
        this.failed = e;
        for (const lane of [this.main, this.background]) for (const w of lane.waiting.splice(0)) w.reject(e);
        if (report) this.finished?.reject(e);
        else this.finished?.resolve();
      }
    };
    utf8Of = (f) => f.utf8;
  }
});

// src/scan-core.ts
async function scanFragments(fragments, ctx, extra) {
  const started = extra.started ?? performance.now();
  const sink = extra.sink ?? collectAll();
  let files = 0;
  let bytes = 0;
  const count = (fragment) => {
    if (fragment.place !== "commit-message" && fragment.place !== "tag-message") files++;
    bytes += fragment.bytes;
    ctx.onProgress?.({ files, bytes });
  };
  const main = typeof fragments === "function" ? fragments : pushing(fragments);
  const onWorker = extra.worker ? await Promise.resolve().then(() => (init_worker_detector(), worker_detector_exports)) : void 0;
  if (extra.worker && onWorker?.workerAvailable()) {
    const help = extra.helpWhen && {
      when: extra.helpWhen,
      detector: () => {
        const d = createDetector(ctx.ruleSet);
        return (f) => d.detect(f);
      }
    };
    const feed = new onWorker.WorkerFeed(extra.worker, (f, r) => sink.add(r, f), count, help);
    try {
      await Promise.all([
        main(feed.main).then(() => feed.end(feed.main)),
        extra.background ? extra.background(feed.background).then(() => feed.end(feed.background)) : feed.end(feed.background),
        feed.done()
      ]);
    } finally {
      await feed.terminate();
    }
  } else {
    const detector = createDetector(ctx.ruleSet);
    const lane = {
      push(fragment) {
        const r = detector.detect(fragment);
        if (r.findings.length > 0 || r.suppressed.length > 0) sink.add(r, fragment);
        count(fragment);
      },
      full: () => false,
      room: () => Promise.resolve()
    };
    await Promise.all([main(lane), extra.background?.(lane)]);
  }
  const findings = sink.findings();
  const suppressed = sink.suppressed();
  let kept = findings;
  if (ctx.baseline) {
    const b = applyBaseline(findings, ctx.baseline);
    kept = b.kept;
    suppressed.push(...b.suppressed);
  }
  const { skipped } = extra;
  const skippedByReason = {};
  for (const s of skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
  const suppressedByKind = {};
  for (const s of suppressed) suppressedByKind[s.kind] = (suppressedByKind[s.kind] ?? 0) + 1;
  const stats = {
    files,
    bytes,
    skipped: skipped.length,
    skippedByReason,
    rules: ctx.ruleSet.rules.length,
    findings: kept.length,
    suppressed: suppressed.length,
    suppressedByKind,
    durationMs: Math.round(performance.now() - started)
  };
  sink.count?.(stats);
  const elsewhere = sink.elsewhere?.();
  return {
    findings: kept,
    suppressed,
    skipped,
    mode: extra.mode,
    rules: ctx.ruleSet.rules.map((r) => r.rule),
    stats,
    ...elsewhere && elsewhere.size > 0 ? { elsewhere } : {}
  };
}
function collectAll() {
  const findings = [];
  const suppressed = [];
  const overflow = {};
  return {
    add(r) {
      for (const f of r.findings) findings.push(f);
      for (const s of r.suppressed) {
        if (suppressed.length < MAX_KEPT_SUPPRESSED) suppressed.push(s);
        else overflow[s.kind] = (overflow[s.kind] ?? 0) + 1;
      }
      addOverflow(overflow, r.overflow);
    },
    findings: () => findings,
    suppressed: () => suppressed,
    count: (stats) => countOverflow(stats, overflow)
  };
}
function onAddedLines(sink) {
  return {
    ...sink,
    add(r, fragment) {
      const { context } = fragment;
      if (!context) return sink.add(r, fragment);
      const findings = r.findings.filter((f) => touchesAdded(f, context));
      const suppressed = r.suppressed.filter((s) => touchesAdded(s.finding, context));
      if (findings.length > 0 || suppressed.length > 0 || r.overflow) sink.add({ ...r, findings, suppressed }, fragment);
    }
  };
}
function touchesAdded(f, context) {
  let first = f.line;
  const last = f.endLine;
  if (!f.decodedFrom) {
    const at = f.match.indexOf(f.secret);
    for (let i = 0; i < at; i++) if (f.match.charCodeAt(i) === 10) first--;
  }
  let inContext = 0;
  for (const line of context) if (line >= first && line <= last) inContext++;
  return inContext < last - first + 1;
}
function addOverflow(into, more) {
  if (!more) return;
  for (const [kind, n] of Object.entries(more)) into[kind] = (into[kind] ?? 0) + n;
}
function countOverflow(stats, overflow) {
  for (const [kind, n] of Object.entries(overflow)) {
    stats.suppressed += n;
    stats.suppressedByKind[kind] = (stats.suppressedByKind[kind] ?? 0) + n;
  }
}
var DEFAULT_MAX_FILE_SIZE, pushing, MAX_KEPT_SUPPRESSED;
var init_scan_core = __esm({
  "src/scan-core.ts"() {
    "use strict";
    init_detect();
    init_baseline();
    DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
    pushing = (fragments) => async (lane) => {
      for await (const f of fragments) {
        lane.push(f);
        if (lane.full()) await lane.room();
      }
    };
    MAX_KEPT_SUPPRESSED = 1e4;
  }
});

// src/filters/ignore.ts
function splitComment(line) {
  const m = /(^|\s)#/.exec(line);
  if (!m) return { text: line.trim() };
  const comment = line.slice(m.index + m[0].length).trim();
  return { text: line.slice(0, m.index).trim(), ...comment ? { comment } : {} };
}
function parseFingerprint(text) {
  const m = FINGERPRINT.exec(text);
  return m ? { ruleId: m[1], hash: m[2], ...m[3] !== void 0 ? { path: m[3] } : {} } : void 0;
}
function parseLeakwardIgnore(text, file) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const { text: entry, comment } = splitComment(raw);
    if (entry === "") return;
    const fp = parseFingerprint(entry);
    if (!fp) {
      throw new LeakwardError(
        "CONFIG_INVALID",
        `${file}:${i + 1}: "${entry}" is not a fingerprint (rule-id:hash, or rule-id:hash:path)`,
        "Copy the fingerprint from a report (`--format json`, or the pretty report), or add it with `leakward ignore`."
      );
    }
    out.push({ file, line: i + 1, text: entry, kind: "fingerprint", ...fp, ...comment ? { comment } : {} });
  });
  return out;
}
function parseGitleaksIgnore(text, file) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.trim();
    if (entry === "" || entry.startsWith("#")) return;
    const m = GITLEAKS.exec(entry);
    if (!m) {
      throw new LeakwardError(
        "CONFIG_INVALID",
        `${file}:${i + 1}: "${entry}" is not a gitleaks fingerprint (commit:file:rule-id:line, or file:rule-id:line)`,
        "Fix or remove the line; for suppressions that survive rebases and moved lines use .leakwardignore (`leakward ignore`)."
      );
    }
    out.push({
      file,
      line: i + 1,
      text: entry,
      kind: "gitleaks",
      ruleId: m[3],
      path: m[2],
      findingLine: Number(m[4]),
      ...m[1] ? { commit: m[1] } : {}
    });
  });
  return out;
}
function entryMatches(e, f) {
  if (e.ruleId !== f.ruleId) return false;
  if (e.kind === "fingerprint") return f.fingerprint === `${e.ruleId}:${e.hash}` && (e.path === void 0 || e.path === f.file);
  return e.path === f.file && e.findingLine === f.line && e.commit === f.commit;
}
function describeEntry(e) {
  return `${e.file}:${e.line}${e.comment ? ` (${e.comment})` : ""}`;
}
function applyIgnore(findings, entries) {
  const kept = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const e = entries.find((x) => entryMatches(x, f));
    if (e) {
      used.add(e);
      suppressed.push({ finding: f, kind: "ignore", reason: `ignored by ${describeEntry(e)}` });
    } else kept.push(f);
  }
  return { kept, suppressed, used };
}
function staleEntries(entries, used, history) {
  return entries.filter((e) => !used.has(e) && (e.kind === "fingerprint" || forHistory(e) === history));
}
function forHistory(e) {
  return e.commit !== void 0 || e.path !== void 0 && (e.path.startsWith("refs/") || e.path.endsWith(" (tag message)"));
}
var IGNORE_NAME, GITLEAKS_IGNORE_NAME, FINGERPRINT, GITLEAKS;
var init_ignore = __esm({
  "src/filters/ignore.ts"() {
    "use strict";
    init_errors();
    IGNORE_NAME = ".leakwardignore";
    GITLEAKS_IGNORE_NAME = ".gitleaksignore";
    FINGERPRINT = /^([A-Za-z0-9][A-Za-z0-9._-]*):([0-9a-f]{24})(?::(.+))?$/;
    GITLEAKS = /^(?:([0-9a-f]{40}|[0-9a-f]{64}):)?(.+):([A-Za-z0-9][A-Za-z0-9._-]*):(\d+)$/;
  }
});

// src/config/ignore-files.ts
function readIfThere(path) {
  try {
    return (0, import_node_fs4.readFileSync)(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new LeakwardError("CONFIG_INVALID", `cannot read ${path}: ${code ?? e.message}`, "Check the file's permissions.");
  }
}
function readIgnoreFiles(root) {
  const mine = readIfThere((0, import_node_path2.join)(root, IGNORE_NAME));
  const theirs = readIfThere((0, import_node_path2.join)(root, GITLEAKS_IGNORE_NAME));
  return [
    ...mine !== void 0 ? parseLeakwardIgnore(mine, IGNORE_NAME) : [],
    ...theirs !== void 0 ? parseGitleaksIgnore(theirs, GITLEAKS_IGNORE_NAME) : []
  ];
}
function applyIgnoreFiles(result, root, stale) {
  const entries = readIgnoreFiles(root);
  if (entries.length === 0) return result;
  const r = applyIgnore(result.findings, entries);
  const inBaseline = applyIgnore(result.suppressed.filter((s) => s.kind === "baseline").map((s) => s.finding), entries);
  const used = /* @__PURE__ */ new Set([...r.used, ...inBaseline.used]);
  for (const s of result.elsewhere ? r.suppressed : []) {
    for (const other of result.elsewhere.get(s.finding) ?? []) {
      const o = applyIgnore([other], entries);
      for (const e of o.used) used.add(e);
      if (o.kept.length > 0) {
        r.kept.push(other);
        break;
      }
    }
  }
  const suppressed = [...result.suppressed, ...r.suppressed];
  const suppressedByKind = { ...result.stats.suppressedByKind };
  if (r.suppressed.length > 0) suppressedByKind.ignore = (suppressedByKind.ignore ?? 0) + r.suppressed.length;
  return {
    ...result,
    findings: r.kept,
    suppressed,
    stats: { ...result.stats, findings: r.kept.length, suppressed: suppressed.length, suppressedByKind },
    ...stale ? { staleIgnores: staleEntries(entries, used, stale === "history") } : {}
  };
}
var import_node_fs4, import_node_path2;
var init_ignore_files = __esm({
  "src/config/ignore-files.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path2 = require("node:path");
    init_errors();
    init_ignore();
  }
});

// src/engine/key-block.ts
var beginsBlock, endsBlock;
var init_key_block = __esm({
  "src/engine/key-block.ts"() {
    "use strict";
    beginsBlock = (line) => {
      const t = line.trimStart();
      return t.startsWith("-----BEGIN ") || t.startsWith("PuTTY-User-Key-File-");
    };
    endsBlock = (line) => {
      const t = line.trimStart();
      return t.startsWith("-----END ") || t.startsWith("Private-MAC:");
    };
  }
});

// src/sources/diff-parse.ts
function contextAbove(above) {
  for (let k = above.length - 1; k >= 0; k--) if (beginsBlock(above[k])) return above.slice(Math.max(0, k - 1));
  return above.slice(-1);
}
function withContext(startLine, lines, above, below, openAbove = blockOpen(false, above)) {
  const before = contextAbove(above);
  const context = [];
  for (let k = 0; k < before.length; k++) context.push(startLine - before.length + k);
  const all = before.length > 0 ? [...before, ...lines] : [...lines];
  let open = blockOpen(openAbove, lines);
  let take = Math.min(1, below.length);
  if (take > 0 && open) {
    const end = below.findIndex(endsBlock);
    if (end >= 0) take = end + 1;
  }
  for (let k = 0; k < take; k++) {
    context.push(startLine + lines.length + k);
    all.push(below[k]);
  }
  open = blockOpen(open, below.slice(0, take));
  return { startLine: startLine - before.length, lines: all, context, open };
}
function blockOpen(open, lines) {
  for (const line of lines) open = openAfter(open, line);
  return open;
}
function joinRuns(runs) {
  const out = [];
  let text;
  let prev;
  let next = 0;
  let open = false;
  for (const shown of runs) {
    const r = slideAboveOldKey(shown);
    const seenFrom = r.startLine - r.above.length;
    const prevEnd = prev ? prev.startLine + prev.lines.length : 0;
    const lineAt = (line) => line >= seenFrom ? r.above[line - seenFrom] : prev.below[line - prevEnd];
    const joined = text !== void 0 && prevEnd + prev.below.length >= seenFrom;
    if (text && !joined) {
      out.push(text);
      text = void 0;
    }
    let openAbove = joined ? open : false;
    for (let line = joined ? next : seenFrom; line < r.startLine; line++) openAbove = openAfter(openAbove, lineAt(line));
    const run = withContext(r.startLine, r.lines, r.above, r.below, openAbove);
    open = run.open;
    if (!text) {
      text = { startLine: run.startLine, lines: [], context: [] };
      next = run.startLine;
    }
    for (; next < run.startLine; next++) {
      text.lines.push(lineAt(next));
      text.context.push(next);
    }
    for (let k = next - run.startLine; k < run.lines.length; k++) text.lines.push(run.lines[k]);
    for (const line of run.context) if (line >= next) text.context.push(line);
    next = run.startLine + run.lines.length;
    prev = r;
  }
  if (text) out.push(text);
  return out;
}
function slideAboveOldKey(r) {
  const { lines, above } = r;
  const n = lines.length;
  const m = above.length;
  for (let k = Math.min(n - 1, m); k >= 1; k--) {
    if (lines[n - k] !== above[m - k] || !beginsBlock(lines[n - k])) continue;
    let same = true;
    for (let i = 1; i < k && same; i++) same = lines[n - k + i] === above[m - k + i] && !endsBlock(lines[n - k + i]);
    if (!same || !lines.slice(0, n - k).some(endsBlock)) continue;
    return {
      startLine: r.startLine - k,
      lines: [...above.slice(above.length - k), ...lines.slice(0, lines.length - k)],
      above: above.slice(0, above.length - k),
      below: [...lines.slice(lines.length - k), ...r.below]
    };
  }
  return r;
}
function stripPrefix(p, prefix) {
  return p.startsWith(prefix) ? p.slice(prefix.length) : void 0;
}
function splitGitLine(rest, src = "a/", dst = "b/") {
  let a;
  let b;
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest, 0);
    if (end < 0) return void 0;
    a = unquote(rest.slice(0, end + 1));
    b = rest.slice(end + 2);
    b = b.startsWith('"') ? unquote(b) : b;
  } else if (rest.endsWith('"')) {
    const i = rest.lastIndexOf(` "${dst}`);
    if (i < 0) return void 0;
    a = rest.slice(0, i);
    b = unquote(rest.slice(i + 1));
  } else {
    const half = (rest.length - 1 - src.length - dst.length) / 2;
    if (Number.isInteger(half) && half > 0) {
      const left = rest.slice(0, src.length + half);
      const right = rest.slice(src.length + half + 1);
      if (rest[src.length + half] === " " && left.startsWith(src) && right.startsWith(dst) && left.slice(src.length) === right.slice(dst.length)) {
        return [left.slice(src.length), right.slice(dst.length)];
      }
    }
    const i = rest.indexOf(` ${dst}`);
    if (i < 0) return void 0;
    a = rest.slice(0, i);
    b = rest.slice(i + 1);
  }
  return [stripPrefix(a, src) ?? a, stripPrefix(b, dst) ?? b];
}
function quotedEnd(s, start) {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}
function unquote(s) {
  if (!(s.length >= 2 && s.startsWith('"') && s.endsWith('"'))) return s;
  const bytes = [];
  const body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      const code = c.charCodeAt(0);
      if (code < 128) bytes.push(code);
      else for (const byte of Buffer.from(c)) bytes.push(byte);
      continue;
    }
    const next = body[i + 1];
    if (next !== void 0 && next >= "0" && next <= "7") {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4))[0];
      bytes.push(Number.parseInt(oct, 8) & 255);
      i += oct.length;
    } else if (next !== void 0 && ESCAPES[next] !== void 0) {
      bytes.push(ESCAPES[next]);
      i++;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
var KEY_HEADER_REACH, openAfter, HUNK, OLD_RANGE, BASE85_LINE, DiffParser, ESCAPES, LineSplitter;
var init_diff_parse = __esm({
  "src/sources/diff-parse.ts"() {
    "use strict";
    init_key_block();
    KEY_HEADER_REACH = 8;
    openAfter = (open, line) => endsBlock(line) ? false : beginsBlock(line) ? true : open;
    HUNK = /^(@{2,}) ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? \1(?: |$)/;
    OLD_RANGE = /-\d+(?:,(\d+))?/g;
    BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*$/;
    DiffParser = class {
      constructor(sink, options = {}) {
        this.sink = sink;
        this.src = options.srcPrefix ?? "a/";
        this.dst = options.dstPrefix ?? "b/";
        this.maxFileBytes = options.maxFileBytes ?? Number.POSITIVE_INFINITY;
      }
      sink;
      state = 0 /* Outside */;
      file;
      /** Paths from the header lines, resolved into `file.path` when the file ends or its first hunk starts. */
      gitLinePaths;
      minusPath;
      plusPath;
      renameTo;
      renameFrom;
      resolved = false;
      /** A hunk of this file was read: from then on only hunks (and "\ No newline") belong to it. */
      sawHunk = false;
      // Hunk state.
      parents = 1;
      oldLeft = [];
      newLeft = 0;
      nextLine = 0;
      block = [];
      blockStart = 0;
      blockAbove = [];
      /** A run of added lines that ended, waiting for the context lines below it (at most KEY_HEADER_REACH). */
      pending;
      /** The last line of the hunk was an added one (for "\ No newline at end of file"). */
      lastAdded = false;
      /** The context lines seen since the hunk began or the last added line (the last KEY_HEADER_REACH). */
      context = [];
      src;
      dst;
      maxFileBytes;
      /**
       * One line of the diff, without its line terminator. Returns false when the line is not part of a
       * diff (a commit header or message in `git log -p` output, a blank separator): the caller handles it.
       */
      push(line) {
        switch (this.state) {
          case 2 /* Hunk */:
            if (this.hunkLine(line)) return true;
            this.endHunk();
            this.state = 1 /* Header */;
            return this.headerLine(line);
          case 1 /* Header */:
            return this.headerLine(line);
          case 3 /* BinaryPatch */:
            if (line === "" || BASE85_LINE.test(line) || /^(?:literal|delta) \d+$/.test(line)) return true;
            this.endFile();
            return this.outsideLine(line);
          case 0 /* Outside */:
            return this.outsideLine(line);
        }
      }
      /** The input is over: ends the last hunk and file. */
      end() {
        if (this.state === 2 /* Hunk */) this.endHunk();
        this.endFile();
      }
      outsideLine(line) {
        if (line.startsWith("diff --git ")) {
          this.startFile(false);
          this.gitLinePaths = splitGitLine(line.slice(11), this.src, this.dst);
          return true;
        }
        if (line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
          this.startFile(true);
          const p = unquote(line.slice(line.indexOf(" ", 5) + 1));
          this.gitLinePaths = [p, p];
          return true;
        }
        return false;
      }
      startFile(combined) {
        this.endFile();
        this.file = { path: "", status: "modified", binary: false, addedBytes: 0, tooLarge: false, combined };
        this.gitLinePaths = void 0;
        this.minusPath = void 0;
        this.plusPath = void 0;
        this.renameTo = void 0;
        this.renameFrom = void 0;
        this.resolved = false;
        this.sawHunk = false;
        this.state = 1 /* Header */;
      }
      headerLine(line) {
        const file = this.file;
        if (line.startsWith("@@")) {
          const m = HUNK.exec(line);
          if (!m) return this.foreign(line);
          this.resolve();
          this.parents = m[1].length - 1;
          this.oldLeft = [];
          for (const r of m[2].matchAll(OLD_RANGE)) this.oldLeft.push(r[1] === void 0 ? 1 : Number(r[1]));
          if (this.oldLeft.length !== this.parents) return this.foreign(line);
          this.newLeft = m[4] === void 0 ? 1 : Number(m[4]);
          this.nextLine = Number(m[3]);
          this.handOver();
          this.block = [];
          this.context = [];
          this.sawHunk = true;
          this.lastAdded = false;
          this.state = 2 /* Hunk */;
          if (this.newLeft === 0 && this.oldLeft.every((n) => n === 0)) this.state = 1 /* Header */;
          return true;
        }
        if (line.startsWith("\\")) return this.noNewline();
        if (this.sawHunk) return this.foreign(line);
        if (line.startsWith("--- ")) {
          this.minusPath = this.headerPath(line.slice(4), this.src);
          return true;
        }
        if (line.startsWith("+++ ")) {
          this.plusPath = this.headerPath(line.slice(4), this.dst);
          return true;
        }
        if (line.startsWith("index ")) {
          const m = /^index ([0-9a-f,]+)\.\.([0-9a-f]+)(?: (\d+))?$/.exec(line);
          if (m) {
            file.oldBlob = m[1];
            file.newBlob = m[2];
            if (m[3]) file.mode ??= m[3];
          }
          return true;
        }
        if (line.startsWith("new file mode ")) {
          file.status = "added";
          file.mode = line.slice(14);
          return true;
        }
        if (line.startsWith("deleted file mode ")) {
          file.status = "deleted";
          return true;
        }
        if (line.startsWith("new mode ")) {
          file.mode = line.slice(9);
          return true;
        }
        if (line.startsWith("old mode ") || line.startsWith("mode ")) return true;
        if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
          this.renameFrom = unquote(line.slice(line.indexOf(" from ") + 6));
          return true;
        }
        if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
          file.status = line.startsWith("rename") ? "renamed" : "copied";
          this.renameTo = unquote(line.slice(line.indexOf(" to ") + 4));
          return true;
        }
        if (line.startsWith("similarity index ") || line.startsWith("dissimilarity index ")) return true;
        if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
          file.binary = true;
          return true;
        }
        if (line === "GIT binary patch") {
          file.binary = true;
          this.state = 3 /* BinaryPatch */;
          return true;
        }
        return this.foreign(line);
      }
      /** A line that belongs to no diff: the file is over, and the line may start the next one. */
      foreign(line) {
        this.endFile();
        return this.outsideLine(line);
      }
      /** One line inside a hunk; false when it cannot be part of it. */
      hunkLine(line) {
        const n = this.parents;
        if (line.startsWith("\\")) return this.noNewline();
        const cols = line.length >= n ? line.slice(0, n) : line === "" ? " ".repeat(n) : void 0;
        if (cols === void 0 || !/^[ +-]*$/.test(cols)) return false;
        const inNew = !cols.includes("-");
        if (inNew && this.newLeft === 0) return false;
        for (let i = 0; i < n; i++) {
          if ((inNew ? cols[i] === " " : cols[i] === "-") && this.oldLeft[i] === 0) return false;
        }
        if (inNew) this.newLeft--;
        for (let i = 0; i < n; i++) if (inNew ? cols[i] === " " : cols[i] === "-") this.oldLeft[i]--;
        const added = inNew && cols === "+".repeat(n);
        this.lastAdded = added;
        if (added) this.addLine(line.slice(n));
        else if (inNew) {
          const text = line.slice(n);
          this.flushBlock();
          if (this.pending) {
            this.pending.below.push(text);
            if (this.pending.below.length === KEY_HEADER_REACH) this.handOver();
          }
          if (this.context.length === KEY_HEADER_REACH) this.context.shift();
          this.context.push(text);
        }
        if (inNew) this.nextLine++;
        if (this.newLeft === 0 && this.oldLeft.every((x) => x === 0)) {
          this.endHunk();
          this.state = 1 /* Header */;
        }
        return true;
      }
      addLine(text) {
        const file = this.file;
        if (this.block.length === 0) {
          this.handOver();
          this.blockStart = this.nextLine;
          this.blockAbove = this.context;
          this.context = [];
        }
        file.addedBytes += Buffer.byteLength(text) + 1;
        if (file.addedBytes > this.maxFileBytes + 1) {
          file.tooLarge = true;
          this.block = [];
          return;
        }
        if (!file.tooLarge) this.block.push(text);
      }
      /** Ends the run of added lines: it waits for the lines below it (pending) before it is handed over. */
      flushBlock() {
        if (this.block.length > 0) {
          this.pending = { start: this.blockStart, lines: this.block, above: this.blockAbove, below: [] };
          this.block = [];
        }
      }
      /** Hands over the run that ended, with the lines seen below it. */
      handOver() {
        const p = this.pending;
        if (!p) return;
        this.pending = void 0;
        this.sink.added?.(this.file, p.start, p.lines, p.above, p.below);
      }
      endHunk() {
        this.flushBlock();
        this.handOver();
      }
      /** "\ No newline at end of file" after an added line: that line's newline was counted, and is not there. */
      noNewline() {
        if (this.lastAdded && this.file) this.file.addedBytes--;
        this.lastAdded = false;
        return true;
      }
      endFile() {
        if (this.state === 2 /* Hunk */) this.endHunk();
        const file = this.file;
        this.state = 0 /* Outside */;
        if (!file) return;
        if (file.addedBytes > this.maxFileBytes) file.tooLarge = true;
        this.resolve();
        this.file = void 0;
        this.sink.fileEnd?.(file);
      }
      /** Settles the file's paths from everything its header said. */
      resolve() {
        if (this.resolved || !this.file) return;
        this.resolved = true;
        const file = this.file;
        const oldPath = this.renameFrom ?? this.minusPath ?? this.gitLinePaths?.[0];
        const newPath = this.renameTo ?? this.plusPath ?? this.gitLinePaths?.[1];
        if (this.minusPath === void 0 && this.plusPath !== void 0 && file.status === "modified") file.status = "added";
        if (this.plusPath === void 0 && this.minusPath !== void 0 && file.status === "modified") file.status = "deleted";
        file.path = (file.status === "deleted" ? oldPath ?? newPath : newPath ?? oldPath) ?? "";
        if (oldPath !== void 0 && oldPath !== file.path) file.oldPath = oldPath;
      }
      /** The path of a `---`/`+++` line, without its prefix; undefined for /dev/null. */
      headerPath(raw, prefix) {
        if (raw === "/dev/null") return void 0;
        const p = raw.startsWith('"') ? unquote(raw) : raw.endsWith("	") ? raw.slice(0, -1) : raw;
        if (this.file?.combined) return stripPrefix(p, prefix) ?? stripPrefix(p, this.src) ?? p;
        return stripPrefix(p, prefix) ?? p;
      }
    };
    ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
    LineSplitter = class {
      rest = "";
      /** The complete lines in `chunk` (plus what was left over from before). */
      write(chunk) {
        const text = this.rest + chunk;
        const lines = text.split("\n");
        this.rest = lines.pop();
        return lines;
      }
      /** The last line, when the input did not end with a newline. */
      end() {
        const r = this.rest;
        this.rest = "";
        return r === "" ? [] : [r];
      }
    };
  }
});

// src/sources/git-env.ts
function gitEnv(cwd) {
  if (!LOCATION_VARS.some((v) => process.env[v] !== void 0)) return BASE;
  const folder = realPath(cwd);
  if (folder === void 0) return BASE;
  let env = byFolder.get(folder);
  if (env === void 0) {
    env = chooseEnv(folder);
    byFolder.set(folder, env);
  }
  return env;
}
function chooseEnv(folder) {
  const here = process.cwd();
  if (!given) {
    given = { ...BASE };
    for (const v of PATH_VARS) if (given[v]) given[v] = (0, import_node_path3.resolve)(here, given[v]);
    const alternates = given.GIT_ALTERNATE_OBJECT_DIRECTORIES;
    if (alternates) given.GIT_ALTERNATE_OBJECT_DIRECTORIES = alternates.split(import_node_path3.delimiter).map((p) => (0, import_node_path3.resolve)(here, p)).join(import_node_path3.delimiter);
    own = { ...BASE };
    for (const v of LOCATION_VARS) delete own[v];
  }
  about ??= { repo: given.GIT_DIR !== void 0 ? realPath(given.GIT_DIR) : repositoryOf(here) };
  const repo = repositoryOf(folder);
  if (repo !== void 0) return repo === about.repo ? given : own;
  const workTree = given.GIT_WORK_TREE !== void 0 ? realPath(given.GIT_WORK_TREE) : void 0;
  return workTree === void 0 || within(folder, workTree) ? given : own;
}
function repositoryOf(folder) {
  for (let dir = folder; ; dir = (0, import_node_path3.dirname)(dir)) {
    const dotGit = (0, import_node_path3.join)(dir, ".git");
    const kind = statKind(dotGit);
    if (kind === "dir") return realPath(dotGit);
    if (kind === "file") {
      const to = /^gitdir: (.+)$/m.exec(readText(dotGit))?.[1]?.trim();
      if (to) return realPath((0, import_node_path3.resolve)(dir, to));
    }
    if (statKind((0, import_node_path3.join)(dir, "HEAD")) === "file" && statKind((0, import_node_path3.join)(dir, "objects")) === "dir" && statKind((0, import_node_path3.join)(dir, "refs")) === "dir") return dir;
    if ((0, import_node_path3.dirname)(dir) === dir) break;
  }
  const r = (0, import_node_child_process.spawnSync)("git", ["rev-parse", "--absolute-git-dir"], { cwd: folder, env: own, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 ? realPath(r.stdout.trim()) : void 0;
}
function within(path, folder) {
  const rel = (0, import_node_path3.relative)(folder, path);
  return rel === "" || rel.split(import_node_path3.sep)[0] !== ".." && !(0, import_node_path3.isAbsolute)(rel);
}
function statKind(path) {
  const s = (0, import_node_fs5.statSync)(path, { throwIfNoEntry: false });
  return s?.isDirectory() ? "dir" : s?.isFile() ? "file" : void 0;
}
function readText(path) {
  try {
    return (0, import_node_fs5.readFileSync)(path, "utf8");
  } catch {
    return "";
  }
}
function realPath(path) {
  try {
    return (0, import_node_fs5.realpathSync)((0, import_node_path3.resolve)(path));
  } catch {
    return void 0;
  }
}
var import_node_child_process, import_node_fs5, import_node_os2, import_node_path3, BASE, LOCATION_VARS, PATH_VARS, byFolder, given, own, about;
var init_git_env = __esm({
  "src/sources/git-env.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs5 = require("node:fs");
    import_node_os2 = require("node:os");
    import_node_path3 = require("node:path");
    BASE = {
      ...process.env,
      GIT_OPTIONAL_LOCKS: "0",
      GIT_PAGER: "cat",
      LC_ALL: "C",
      GIT_NO_REPLACE_OBJECTS: "1",
      GIT_GRAFT_FILE: import_node_os2.devNull
    };
    LOCATION_VARS = [
      "GIT_DIR",
      "GIT_WORK_TREE",
      "GIT_IMPLICIT_WORK_TREE",
      "GIT_INDEX_FILE",
      "GIT_COMMON_DIR",
      "GIT_OBJECT_DIRECTORY",
      "GIT_ALTERNATE_OBJECT_DIRECTORIES",
      "GIT_SHALLOW_FILE",
      "GIT_PREFIX",
      "GIT_INTERNAL_SUPER_PREFIX"
    ];
    PATH_VARS = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_SHALLOW_FILE"];
    byFolder = /* @__PURE__ */ new Map();
  }
});

// src/sources/git-stream.ts
function gitReason(stderr) {
  return stderr.split("\n").find((l) => l.trim() && !l.startsWith("hint:"))?.replace(/^fatal: /, "").trim();
}
async function gitRun(cwd, args, input) {
  const child = (0, import_node_child_process2.spawn)("git", [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd) });
  const out = [];
  const err = [];
  child.stdout.on("data", (b) => out.push(b));
  child.stderr.on("data", (b) => err.push(b));
  child.stdin.on("error", () => {
  });
  child.stdin.end(input ?? "");
  const [code] = await exited(child);
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}
function gitRunSync(cwd, args) {
  const r = (0, import_node_child_process2.spawnSync)("git", [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd), stdio: ["ignore", "pipe", "pipe"] });
  if (r.error) throw cannotRunGit(r.error);
  return { code: r.status ?? (r.signal ? 128 : 1), stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}
async function exited(child) {
  return new Promise((resolveExit, reject) => {
    child.once("error", (e) => reject(cannotRunGit(e)));
    child.once("close", (code, signal) => resolveExit([code ?? (signal ? 128 : 1)]));
  });
}
function cannotRunGit(e) {
  return new LeakwardError("GIT_FAILED", `cannot run git: ${e.code ?? e.message}`, "Install git and make sure it is on PATH.");
}
function spawnGit(cwd, args, what) {
  return watchGit((0, import_node_child_process2.spawn)("git", [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd) }), what);
}
function watchGit(child, what) {
  const err = [];
  let errBytes = 0;
  child.stderr.on("data", (b) => {
    if (errBytes < 16384) err.push(b);
    errBytes += b.length;
  });
  child.stdin.on("error", () => {
  });
  child.stdout.on("readable", () => {
  });
  let killed = false;
  const done = exited(child);
  done.catch(() => {
  });
  return {
    child,
    async finish() {
      const [code] = await done;
      if (code !== 0 && !killed) {
        const first = gitReason(Buffer.concat(err).toString("utf8")) ?? `exit code ${code}`;
        throw new LeakwardError(
          "GIT_FAILED",
          `git could not ${what}: ${first}`,
          "Run the same git command in the repository to see what is wrong (a corrupt or partial clone?)."
        );
      }
    },
    kill() {
      killed = true;
      if (child.pid !== void 0) child.kill();
    }
  };
}
function spawnGitAfterTopLevel(cwd, args, what) {
  if (process.platform === "win32") return void 0;
  const quote = (a) => `'${a.replace(/'/g, "'\\''")}'`;
  const git = ["git", ...[...PINNED_CONFIG].map(quote)].join(" ");
  const script = `${git} rev-parse --show-toplevel && printf '\\000' && exec ${git} ${args.map(quote).join(" ")}`;
  const child = (0, import_node_child_process2.spawn)("sh", ["-c", script], { cwd, env: gitEnv(cwd) });
  child.stdin.end();
  const proc = watchGit(child, what);
  const stderr = [];
  child.stderr.on("data", (b) => stderr.push(b));
  const topLevel = new Promise((resolveTop) => {
    const head = [];
    const readHead = () => {
      for (let chunk; (chunk = child.stdout.read()) !== null; ) {
        const nul = chunk.indexOf(0);
        if (nul === -1) {
          head.push(chunk);
          continue;
        }
        head.push(chunk.subarray(0, nul));
        child.stdout.off("readable", readHead);
        if (nul + 1 < chunk.length) child.stdout.unshift(chunk.subarray(nul + 1));
        resolveTop({ code: 0, stdout: Buffer.concat(head).toString("utf8"), stderr: "" });
        return;
      }
    };
    child.stdout.on("readable", readHead);
    child.once("error", () => resolveTop(void 0));
    child.once("close", (code) => {
      if (code === 127) resolveTop(void 0);
      else resolveTop({ code: code ?? 128, stdout: Buffer.concat(head).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") });
    });
  });
  return { proc, topLevel };
}
function readAhead(stream, maxBuffered = 16 * 1024 * 1024) {
  const queue = [];
  let head = 0;
  let queued = 0;
  let ended = false;
  let failed;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  stream.removeAllListeners("readable");
  stream.on("data", (b) => {
    queue.push(b);
    queued += b.length;
    if (queued > maxBuffered) stream.pause();
    notify();
  });
  stream.once("end", () => {
    ended = true;
    notify();
  });
  stream.once("error", (e) => {
    failed = e;
    notify();
  });
  stream.resume();
  if (stream.readableEnded) ended = true;
  return (async function* chunks() {
    for (; ; ) {
      if (failed) throw failed;
      if (head === queue.length) {
        if (ended) return;
        queue.length = head = 0;
        await new Promise((r) => wake = r);
        continue;
      }
      const chunk = queue[head];
      queue[head++] = EMPTY;
      queued -= chunk.length;
      if (stream.isPaused() && queued < maxBuffered / 2) stream.resume();
      yield chunk;
      await new Promise((r) => setImmediate(r));
    }
  })();
}
async function feedLines(child, lines) {
  let batch = "";
  try {
    for await (const line of lines) {
      batch += line + "\n";
      if (batch.length >= 32768) {
        const ok = child.stdin.write(batch);
        batch = "";
        if (!ok) await Promise.race([(0, import_node_events.once)(child.stdin, "drain"), (0, import_node_events.once)(child, "close")]);
      }
    }
    if (batch) child.stdin.write(batch);
  } finally {
    child.stdin.end();
  }
}
async function* checkObjects(cwd, ids) {
  const fmt = "--batch-check=%(objectname) %(objecttype) %(objectsize)";
  const args = ids ? ["cat-file", fmt] : ["cat-file", "--batch-all-objects", "--unordered", fmt];
  const proc = spawnGit(cwd, args, "list the objects of the repository");
  const feeding = ids ? feedLines(proc.child, ids) : (proc.child.stdin.end(), Promise.resolve());
  let ok = false;
  try {
    const decoder = new import_node_string_decoder.StringDecoder("latin1");
    let rest = "";
    for await (const chunk of proc.child.stdout) {
      const lines = (rest + decoder.write(chunk)).split("\n");
      rest = lines.pop();
      for (const line of lines) {
        const a = line.indexOf(" ");
        const b = line.indexOf(" ", a + 1);
        if (b === -1) continue;
        yield { oid: line.slice(0, a), type: line.slice(a + 1, b), size: Number(line.slice(b + 1)) };
      }
    }
    await feeding;
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
}
async function* readBlobs(cwd, ids) {
  const proc = spawnGit(cwd, ["cat-file", "--batch", "--buffer"], "read blobs");
  const feeding = feedLines(proc.child, ids);
  feeding.catch(() => {
  });
  let ok = false;
  try {
    const parser = new BlobStreamParser();
    const ready = [];
    for await (const chunk of readAhead(proc.child.stdout)) {
      parser.push(chunk, ready);
      for (let k = 0; k < ready.length; k++) yield ready[k];
      ready.length = 0;
    }
    await feeding;
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
}
var import_node_child_process2, import_node_events, import_node_string_decoder, PINNED_CONFIG, EMPTY, BlobStreamParser;
var init_git_stream = __esm({
  "src/sources/git-stream.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    import_node_events = require("node:events");
    import_node_string_decoder = require("node:string_decoder");
    init_errors();
    init_git_env();
    PINNED_CONFIG = [
      "-c",
      "log.showRoot=true",
      "-c",
      "i18n.logOutputEncoding=UTF-8",
      "-c",
      "color.ui=never",
      "-c",
      "core.quotePath=off",
      // GIT_GRAFT_FILE (git-env.ts) names a file that exists, so git would print its grafts deprecation hint
      // on every command, first on stderr, where gitReason looks for the error.
      "-c",
      "advice.graftFileDeprecated=false"
    ];
    EMPTY = Buffer.alloc(0);
    BlobStreamParser = class {
      /** `onMissing` hears of each id git does not have (`<oid> missing`, a partial or shallow clone). */
      constructor(onMissing) {
        this.onMissing = onMissing;
      }
      onMissing;
      pending;
      cur;
      /** Bytes of the newline after an object's content still to skip. */
      skipNewline = 0;
      /** Parses `chunk`, appending each blob it completes to `out`. */
      push(chunk, out) {
        const b = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = void 0;
        let i = 0;
        while (i < b.length) {
          if (this.skipNewline) {
            i++;
            this.skipNewline = 0;
            continue;
          }
          const cur = this.cur;
          if (cur) {
            const take = Math.min(cur.size - cur.got, b.length - i);
            b.copy(cur.data, cur.got, i, i + take);
            cur.got += take;
            i += take;
            if (cur.got === cur.size) {
              this.cur = void 0;
              this.skipNewline = 1;
              out.push({ oid: cur.oid, data: cur.data });
            }
            continue;
          }
          const nl = b.indexOf(10, i);
          if (nl === -1) {
            this.pending = b.subarray(i);
            return;
          }
          const header = b.toString("latin1", i, nl);
          i = nl + 1;
          const parts = header.split(" ");
          if (parts.length < 3) {
            this.onMissing?.(parts[0]);
            continue;
          }
          const size = Number(parts[2]);
          const oid = parts[0];
          if (b.length - i >= size) {
            out.push({ oid, data: b.subarray(i, i + size) });
            i += size;
            this.skipNewline = 1;
          } else {
            this.cur = { oid, size, data: Buffer.allocUnsafe(size), got: 0 };
          }
        }
      }
    };
  }
});

// src/sources/decode-text.ts
function decodeText(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return buf.subarray(2).toString("utf16le");
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  const head = buf.subarray(0, SNIFF);
  if (head.includes(0)) return void 0;
  const start = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  return buf.toString("utf8", start);
}
var SNIFF;
var init_decode_text = __esm({
  "src/sources/decode-text.ts"() {
    "use strict";
    SNIFF = 8e3;
  }
});

// src/sources/text-changes.ts
function addedRuns(text, olds) {
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (olds.length === 0) return text === "" ? [] : [{ startLine: 1, lines, above: [], below: [] }];
  const had = /* @__PURE__ */ new Set();
  for (const old of olds) for (const line of old.split("\n")) had.add(line);
  const runs = [];
  let i = 0;
  let prevEnd = 0;
  while (i < lines.length) {
    if (had.has(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !had.has(lines[j])) j++;
    runs.push({ startLine: i + 1, lines: lines.slice(i, j), above: lines.slice(Math.max(prevEnd, i - KEY_HEADER_REACH), i), below: [] });
    prevEnd = j;
    i = j;
  }
  for (let k = 0; k < runs.length; k++) {
    const end = runs[k].startLine - 1 + runs[k].lines.length;
    const stop = k + 1 < runs.length ? runs[k + 1].startLine - 1 : lines.length;
    runs[k].below = lines.slice(end, Math.min(stop, end + KEY_HEADER_REACH));
  }
  return runs;
}
async function* textChanges(root, changes, maxFileSize, what) {
  const limit = Math.max(maxFileSize, READ_LIMIT);
  const ids = /* @__PURE__ */ new Set();
  for (const c of changes) {
    ids.add(c.newBlob);
    for (const o of c.oldBlobs) ids.add(o);
  }
  const sizes = /* @__PURE__ */ new Map();
  for await (const info of checkObjects(root, ids)) sizes.set(info.oid, info.size);
  const readable = (id) => (sizes.get(id) ?? Infinity) <= limit;
  const order = [];
  for (const c of changes) if (readable(c.newBlob)) order.push(c.newBlob, ...c.oldBlobs.filter(readable));
  const blobs = readBlobs(root, order)[Symbol.asyncIterator]();
  const next = async () => (await blobs.next()).value.data;
  try {
    for (const change of changes) {
      const size = sizes.get(change.newBlob);
      if (size === void 0) throw new LeakwardError("GIT_FAILED", `git could not read ${what} of ${change.path}`, "Run `git status` (or `git fsck`) to see what is wrong with the repository.");
      if (size > limit) {
        yield { change, skip: "too-large", detail: `${size} bytes` };
        continue;
      }
      const text = decodeText(await next());
      const olds = [];
      for (const o of change.oldBlobs.filter(readable)) {
        const old = decodeText(await next());
        if (old !== void 0) olds.push(old);
      }
      if (text === void 0) {
        yield { change, skip: "binary" };
        continue;
      }
      const runs = addedRuns(text, olds);
      let added = 0;
      for (const r of runs) for (const line of r.lines) added += Buffer.byteLength(line) + 1;
      if (added > maxFileSize) yield { change, skip: "too-large", detail: `${added} bytes added` };
      else yield { change, runs, bytes: size };
    }
  } finally {
    await blobs.return?.(void 0);
  }
}
var ZERO_ID, READ_LIMIT;
var init_text_changes = __esm({
  "src/sources/text-changes.ts"() {
    "use strict";
    init_errors();
    init_decode_text();
    init_diff_parse();
    init_git_stream();
    ZERO_ID = /^0+$/;
    READ_LIMIT = 64 * 1024 * 1024;
  }
});

// src/cli/hook.ts
var hook_exports = {};
__export(hook_exports, {
  runHook: () => runHook
});
module.exports = __toCommonJS(hook_exports);
init_find();

// src/report/redact.ts
var PREFIX = /^(?:[A-Za-z]{1,12}[_-]){1,3}|^[A-Z]{4}(?=[A-Z2-7]{16}$)/;
function redact(secret) {
  if (secret.length === 0) return "";
  const known = PREFIX.exec(secret)?.[0] ?? "";
  const keep = Math.min(known.length + 2, Math.floor(secret.length / 4));
  return secret.slice(0, Math.max(0, keep)).replace(/[\r\n]/g, " ") + "*".repeat(8);
}
function prepare(found) {
  const distinct = /* @__PURE__ */ new Set();
  for (const f of found) {
    if (f.secret) distinct.add(f.secret);
    if (f.encoded) distinct.add(f.encoded);
  }
  return [...distinct].sort((a, b) => b.length - a.length).map((secret) => {
    const first = secret.split(/\r?\n/)[0];
    return { secret, shown: redact(secret), first, firstShown: redact(first) };
  });
}
var MIN_PIECE = 6;
function clear(text, secrets) {
  let out = text;
  for (const p of secrets) {
    if (out.includes(p.secret)) out = out.split(p.secret).join(p.shown);
    if (p.first !== p.secret && p.first.length >= 8 && out.includes(p.first)) out = out.split(p.first).join(p.firstShown);
  }
  if (out.length < MIN_PIECE) return out;
  const head = out.slice(0, MIN_PIECE);
  cut: for (const { first } of secrets) {
    if (first.length <= MIN_PIECE || !first.includes(head)) continue;
    for (let k = Math.min(first.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.startsWith(first.slice(first.length - k))) {
        out = `********${out.slice(k)}`;
        break cut;
      }
    }
  }
  const tail = out.slice(-MIN_PIECE);
  cut: for (const { first } of secrets) {
    if (first.length <= MIN_PIECE || !first.includes(tail)) continue;
    for (let k = Math.min(first.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.endsWith(first.slice(0, k))) {
        out = `${out.slice(0, out.length - k)}${redact(first.slice(0, k))}`;
        break cut;
      }
    }
  }
  return out;
}
var MAX_LINES = 100;
var MAX_EVERYWHERE = 2e3;
function redactorFor(findings, suppressed = []) {
  const all = [...findings];
  const global = prepare(all);
  const everywhere = global.length <= MAX_EVERYWHERE ? global : [];
  const cleared = new Set(everywhere.map((p) => p.secret));
  const byLine = /* @__PURE__ */ new Map();
  const inMessage = /* @__PURE__ */ new Map();
  for (const x of [...all, ...suppressed]) {
    if (x.place === "commit-message" && x.commit) {
      const list = inMessage.get(x.commit);
      if (list) list.push(x);
      else inMessage.set(x.commit, [x]);
    }
    for (let l = x.line; l <= Math.min(x.endLine, x.line + MAX_LINES); l++) {
      const key = `${x.file}\0${l}`;
      const list = byLine.get(key);
      if (list) list.push(x);
      else byLine.set(key, [x]);
    }
  }
  return (f, text) => {
    const near2 = cleared.has(f.secret) ? [] : [f];
    for (let l = f.line; l <= Math.min(f.endLine, f.line + MAX_LINES); l++) {
      for (const x of byLine.get(`${f.file}\0${l}`) ?? []) if (!cleared.has(x.secret)) near2.push(x);
    }
    if (f.commit) {
      for (const x of inMessage.get(f.commit) ?? []) if (!cleared.has(x.secret)) near2.push(x);
    }
    const out = near2.length > 0 ? clear(text, prepare(near2)) : text;
    return clear(out, everywhere);
  };
}

// src/report/finding-view.ts
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
function sortSuppressed(suppressed) {
  const order = new Map(sortFindings(suppressed.map((s) => s.finding)).map((f, i) => [f, i]));
  return [...suppressed].sort((a, b) => order.get(a.finding) - order.get(b.finding));
}

// src/report/pretty.ts
var paint = (on, code) => (s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
function printable(s) {
  return s.replace(/[\x00-\x1f\x7f\u2028\u2029]/g, (c) => c === "	" ? " " : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function verificationLines(f, dim, red) {
  const v = f.verification;
  if (!v) return [];
  const status = v.status === "live" ? red("LIVE") : v.status.toUpperCase();
  const who = [v.identity, v.scopes?.length ? `scopes ${v.scopes.join(", ")}` : void 0].filter(Boolean).join("; ");
  const out = [`  ${dim("verify:")} ${status} (${v.provider}${who ? `: ${printable(who)}` : ""}) \u2014 ${printable(v.reason)}`];
  if (v.revocation) out.push(`  ${dim("revoke:")} ${v.revocation.action}: ${printable(v.revocation.detail)}`);
  return out;
}
function nextStep(f) {
  if (f.verification?.status === "revoked") return "Revoked. Now remove it from the code (and history), and replace it where it is used.";
  if (f.verification?.status === "invalid") return "The provider rejects it: no longer usable. Remove it from the code anyway.";
  const where = f.remediation ? `revoke or rotate it at ${f.remediation}` : "rotate it with whoever issued it";
  return `Treat it as compromised: ${where}, then remove it from the code. A false positive? Add a "leakward:allow" comment on the line, or \`leakward ignore ${f.fingerprint}\`.`;
}
function formatPretty(result, opts) {
  const bold = paint(opts.color, "1");
  const red = paint(opts.color, "31");
  const yellow = paint(opts.color, "33");
  const dim = paint(opts.color, "2");
  const cyan = paint(opts.color, "36");
  const out = [];
  const hide = redactorFor(result.findings, result.suppressed.map((s) => s.finding));
  for (const f of sortFindings(result.findings)) {
    const conf = f.confidence === "high" ? red(f.confidence) : f.confidence === "medium" ? yellow(f.confidence) : dim(f.confidence);
    out.push(`${bold(printable(`${f.file}:${f.line}:${f.column}`))}  ${cyan(f.ruleId)}  ${conf}`);
    out.push(`  ${f.description}${f.decodedFrom ? ` (inside ${f.decodedFrom})` : ""}`);
    out.push(`  secret: ${printable(opts.noRedact ? f.secret : redact(f.secret))}`);
    const shown = (opts.noRedact ? f.lineText : hide(f, f.lineText)).trim();
    if (shown) out.push(`  ${dim("line:")}   ${printable(shown.length > 200 ? `${shown.slice(0, 200)}\u2026` : shown)}`);
    if (f.commit) out.push(`  ${dim("commit:")} ${f.commit.slice(0, 12)} ${f.author ?? ""} ${f.date ?? ""}`);
    if (f.structure) out.push(`  ${dim("facts:")}  ${printable(f.structure.facts.join("; "))}`);
    out.push(...verificationLines(f, dim, red));
    out.push(`  ${dim("why:")}    ${f.reasons.join("; ")}`);
    out.push(`  ${dim("next:")}   ${nextStep(f)}`);
    out.push("");
  }
  if (opts.showSuppressed && result.suppressed.length > 0) {
    out.push(bold(`Suppressed (${result.suppressed.length}): found, then dropped for the reason given`));
    for (const s of sortSuppressed(result.suppressed)) {
      const f = s.finding;
      const secret = f.secret ? `  ${printable(opts.noRedact ? f.secret : redact(f.secret))}` : "";
      out.push(`  ${printable(`${f.file}:${f.line}:${f.column}`)}  ${cyan(f.ruleId)}${secret}`);
      out.push(`    ${dim(`${s.kind}:`)} ${printable(s.reason)}`);
    }
    out.push("");
  }
  out.push(summary(result, { red, bold }));
  return out.join("\n") + "\n";
}
function summary(result, c) {
  const { stats } = result;
  const files = new Set(result.findings.map((f) => f.file)).size;
  const s = (n2) => n2 === 1 ? "" : "s";
  const what = stats.commits === void 0 ? `${stats.files} file${s(stats.files)}` : `${stats.files} file change${s(stats.files)} in ${stats.commits} commit${s(stats.commits)}${stats.refs === void 0 ? "" : ` of ${stats.refs} ref${s(stats.refs)}`}`;
  const scanned = `${what} (${(stats.bytes / 1048576).toFixed(1)} MB) scanned in ${stats.durationMs} ms`;
  const reasons = Object.entries(stats.skippedByReason).map(([r, n2]) => `${n2} ${r}`).join(", ");
  const skipped = stats.skipped > 0 ? `; ${stats.skipped} skipped (${reasons})` : "";
  const kinds = Object.entries(stats.suppressedByKind).map(([k, n2]) => `${n2} ${k}`).join(", ");
  const suppressed = stats.suppressed > 0 ? `; ${stats.suppressed} candidate${stats.suppressed === 1 ? "" : "s"} dropped (${kinds})` : "";
  if (result.findings.length === 0) return `No secrets found: ${scanned}${skipped}${suppressed}.`;
  const n = result.findings.length;
  return c.red(c.bold(`${n} secret${n === 1 ? "" : "s"} found in ${files} file${files === 1 ? "" : "s"}`)) + `: ${scanned}${skipped}${suppressed}.`;
}

// src/cli/hook.ts
init_shipped();
init_scan_core();

// src/sources/staged.ts
var import_node_fs6 = require("node:fs");
var import_node_path4 = require("node:path");
var import_node_string_decoder2 = require("node:string_decoder");
init_allowlist();
init_errors();
init_baseline();
init_ignore_files();
init_scan_core();
init_diff_parse();
init_git_stream();
init_text_changes();
var STAGED_DIFF_ARGS = [
  "diff",
  "--cached",
  `-U${KEY_HEADER_REACH}`,
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-relative",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "-M",
  "--full-index",
  "--diff-filter=d",
  "--submodule=short"
];
async function scanStagedIn(dir, rulesFor, extra) {
  checkDir(dir);
  const git = startGit(dir);
  const topLevel = git.then((g) => g.root);
  topLevel.catch(() => {
  });
  let rules;
  try {
    rules = await rulesFor(topLevel);
  } catch (e) {
    git.then((g) => g.diff.kill(), () => {
    });
    throw e;
  }
  const { root, diff } = await git;
  const { ruleSet } = rules;
  const ctx = {
    ruleSet,
    ...rules.baseline ? { baseline: rules.baseline } : {},
    ...extra.onProgress ? { onProgress: extra.onProgress } : {}
  };
  const skipped = [];
  const files = /* @__PURE__ */ new Set();
  const fragments = readDiff(diff, root, {
    maxFileSize: rules.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== void 0,
    signature: pathSignature(ruleSet),
    onSkip: (s) => skipped.push(s),
    onFile: (path) => files.add(path)
  });
  const result = await scanFragments(fragments, ctx, { mode: "staged", skipped, started: extra.started, sink: onAddedLines(collectAll()) });
  result.stats.files = files.size;
  if (rules.notes.length > 0) result.notes = [...rules.notes, ...result.notes ?? []];
  return { ...applyIgnoreFiles(result, root, void 0), root };
}
async function startGit(dir) {
  const both = spawnGitAfterTopLevel(dir, STAGED_DIFF_ARGS, "read the staged changes");
  const top = await both?.topLevel;
  if (both && top) {
    try {
      return { root: rootFrom(top, dir), diff: both.proc };
    } catch (e) {
      both.proc.kill();
      throw e;
    }
  }
  both?.proc.kill();
  const diff = startDiff(dir);
  try {
    return { root: rootFrom(gitRunSync(dir, ["rev-parse", "--show-toplevel"]), dir), diff };
  } catch (e) {
    diff.kill();
    throw e;
  }
}
var BASELINE_NAME = ".leakward-baseline.json";
function readRootBaseline(root) {
  const path = (0, import_node_path4.join)(root, BASELINE_NAME);
  let text;
  try {
    text = (0, import_node_fs6.readFileSync)(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new LeakwardError("BASELINE_INVALID", `cannot read the baseline ${path}: ${e.code}`, "Check the file, or pass --baseline.");
  }
  return parseBaseline(text, BASELINE_NAME);
}
function checkDir(dir) {
  try {
    if (!(0, import_node_fs6.statSync)(dir).isDirectory()) throw new LeakwardError("USAGE", `${dir} is not a directory`, "Pass a directory inside a git repository.");
  } catch (e) {
    if (e instanceof LeakwardError) throw e;
    throw new LeakwardError(
      "USAGE",
      `cannot scan ${dir}: ${e.code ?? e.message}`,
      "Check the path exists and is readable."
    );
  }
}
function rootFrom(r, dir) {
  if (r.code === 0) return r.stdout.replace(/\n$/, "");
  const why = gitReason(r.stderr) ?? `exit code ${r.code}`;
  if (/not a git repository/i.test(why)) {
    throw new LeakwardError(
      "NOT_A_REPO",
      `${dir} is not in a git repository, so nothing is staged`,
      "Run it inside a repository (or pass its path), or scan the folder itself with `leakward scan PATH`."
    );
  }
  if (/work ?tree/i.test(why)) {
    throw new LeakwardError(
      "NOT_A_REPO",
      `${dir} is a bare repository: it has no index to scan (${why})`,
      "Run it in a working tree of the repository."
    );
  }
  throw new LeakwardError(
    "GIT_FAILED",
    `git cannot read the repository at ${dir}: ${why}`,
    "Run `git status` there to see what is wrong."
  );
}
function startDiff(cwd) {
  const proc = spawnGit(cwd, STAGED_DIFF_ARGS, "read the staged changes");
  proc.child.stdin.end();
  return proc;
}
async function* readDiff(proc, root, opts) {
  const skip = (path, reason, detail) => opts.onSkip?.({ path, reason, ...detail ? { detail } : {} });
  const ready = [];
  let current = [];
  const binaries = [];
  const moved = [];
  const parser = new DiffParser(
    {
      added(_file, startLine, lines, above, below) {
        current.push({ startLine, lines, above, below });
      },
      fileEnd(file) {
        const runs = current;
        current = [];
        if (file.status === "deleted" || file.mode === "160000") return;
        if (opts.exclude?.(file.path)) return;
        const from = file.oldPath;
        if (from !== void 0 && from !== file.path && (opts.exclude?.(from) || opts.signature?.(from) !== opts.signature?.(file.path))) {
          moved.push(file);
          return;
        }
        if (file.binary) {
          binaries.push(file);
          return;
        }
        if (file.tooLarge) {
          skip(file.path, "too-large", `${file.addedBytes} bytes added`);
          return;
        }
        if (runs.length === 0) return;
        opts.onFile?.(file.path);
        for (const f of fragmentsOf(file.path, runs)) ready.push(f);
      }
    },
    { maxFileBytes: opts.maxFileSize }
  );
  const unexpected = (line) => {
    throw new LeakwardError(
      "GIT_FAILED",
      `git diff printed a line leakward cannot read (${line.length} characters, starting ${JSON.stringify(line.slice(0, 12))}); nothing was scanned`,
      "Please report this with your git version (`git --version`). Meanwhile commit with LEAKWARD_SKIP=1 after checking `git diff --cached` yourself."
    );
  };
  const other = (line) => {
    const m = /^\* Unmerged path (.*)$/.exec(line);
    if (m) skip(m[1], "unreadable", "unmerged: resolve the conflict and `git add` the file");
    else unexpected(line);
  };
  let ok = false;
  try {
    const decoder = new import_node_string_decoder2.StringDecoder("utf8");
    const splitter = new LineSplitter();
    for await (const chunk of readAhead(proc.child.stdout)) {
      for (const line of splitter.write(decoder.write(chunk))) if (!parser.push(line)) other(line);
      while (ready.length > 0) yield ready.shift();
    }
    for (const line of splitter.write(decoder.end())) if (!parser.push(line)) other(line);
    for (const line of splitter.end()) if (!parser.push(line)) other(line);
    parser.end();
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
  while (ready.length > 0) yield ready.shift();
  if (binaries.length > 0 || moved.length > 0) yield* readFromIndex(root, binaries, await withStagedIds(root, moved), opts, skip);
}
async function withStagedIds(root, files) {
  if (files.length === 0) return [];
  const ids = /* @__PURE__ */ new Map();
  for (let k = 0; k < files.length; k += 500) {
    const paths = files.slice(k, k + 500).map((f) => f.path);
    const r = await gitRun(root, ["--literal-pathspecs", "ls-files", "-s", "-z", "--", ...paths]);
    if (r.code !== 0) throw new LeakwardError("GIT_FAILED", `git could not read the index: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, "Run `git status` to see what is wrong with the index.");
    for (const entry of r.stdout.split("\0")) {
      const tab = entry.indexOf("	");
      if (tab > 0) ids.set(entry.slice(tab + 1), entry.slice(0, tab).split(" ")[1]);
    }
  }
  return files.flatMap((f) => ids.has(f.path) ? [{ path: f.path, newBlob: ids.get(f.path), oldBlobs: [] }] : []);
}
async function* readFromIndex(root, files, whole, opts, skip) {
  const changes = [...whole];
  for (const f of files) {
    if (!f.newBlob || ZERO_ID.test(f.newBlob)) skip(f.path, "binary");
    else changes.push({ path: f.path, newBlob: f.newBlob, oldBlobs: f.oldBlob && !ZERO_ID.test(f.oldBlob) ? [f.oldBlob] : [] });
  }
  for await (const c of textChanges(root, changes, opts.maxFileSize, "the staged content")) {
    if ("skip" in c) {
      skip(c.change.path, c.skip, c.detail);
      continue;
    }
    if (c.runs.length > 0) opts.onFile?.(c.change.path);
    yield* fragmentsOf(c.change.path, c.runs);
  }
}
function fragmentsOf(path, runs) {
  return joinRuns(runs).map((t) => {
    const text = t.lines.join("\n");
    return { text, path, startLine: t.startLine, bytes: Buffer.byteLength(text), context: t.context };
  });
}

// src/cli/outcome.ts
init_errors();
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
function reportError(io, e) {
  if (e instanceof LeakwardError) {
    io.err(`leakward: ${e.message}
${e.hint ? `  ${e.hint}
` : ""}`);
    return EXIT_ERROR;
  }
  throw e;
}
function blockedCommitMessage(n) {
  return [
    `leakward: commit blocked: ${n === 1 ? "a secret is" : `${n} secrets are`} in the staged changes (listed above).`,
    "  Fix:   take it out of the file, `git add` the file again, and rotate the secret if it is real.",
    "  Allow: a false positive or a test value? Add a `leakward:allow` comment on its line, or record it",
    '         with `leakward ignore FILE:LINE -m "why"` (.leakwardignore) or `leakward baseline`.',
    "  Skip:  this once with LEAKWARD_SKIP=1 git commit \u2026  (git commit --no-verify skips every hook).",
    ""
  ].join("\n");
}

// src/cli/hook.ts
var NeedsFullCli = class extends Error {
};
async function runHook(io) {
  const started = performance.now();
  try {
    const result = await scanStagedIn(io.cwd, async (topLevel) => {
      const ruleSet = loadShippedRuleSet();
      const root = await topLevel;
      if (findConfig(root, void 0) !== void 0) throw new NeedsFullCli();
      if (!ruleSet) throw new NeedsFullCli();
      const baseline = readRootBaseline(root);
      return { ruleSet, maxFileSize: DEFAULT_MAX_FILE_SIZE, notes: [], ...baseline ? { baseline } : {} };
    }, { started });
    for (const note of result.notes ?? []) io.err(`leakward: ${note}
`);
    io.out(formatPretty(result, { color: io.isTTY && !io.env.NO_COLOR, noRedact: false, showSuppressed: false }));
    if (result.findings.length > 0) io.err(blockedCommitMessage(result.findings.length));
    return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (e) {
    if (e instanceof NeedsFullCli) return void 0;
    return reportError(io, e);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runHook
});
