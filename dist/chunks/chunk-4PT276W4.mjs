import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  compileRule
} from "./chunk-P7L454IC.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import {
  base62,
  crc32,
  createDetector,
  makeChecksummedToken
} from "./chunk-RBX45IUS.mjs";

// src/rules/templates.ts
import { randomBytes, randomUUID } from "node:crypto";
var SETS = {
  base62: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  digits: "0123456789",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  alpha: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  base32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
};
var TemplateError = class extends Error {
};
var GENERATORS = /* @__PURE__ */ new Set([
  ...Object.keys(SETS),
  "chars",
  "uuid",
  "github",
  "github-badcrc",
  "aws-key-id",
  "jwt",
  "b64",
  "b64json"
]);
function randomString(set, n) {
  const bytes = randomBytes(n * 2);
  let out = "";
  for (let i = 0; i < n; i++) out += set[(bytes[2 * i] << 8 | bytes[2 * i + 1]) % set.length];
  return out;
}
function classChars(body) {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === "\\" && i + 1 < body.length) c = body[++i];
    if (body[i + 1] === "-" && i + 2 < body.length) {
      let hi = body[i + 2];
      if (hi === "\\") hi = body[i + 3] ?? hi;
      for (let x = c.charCodeAt(0); x <= hi.charCodeAt(0); x++) out += String.fromCharCode(x);
      i += hi === body[i + 2] ? 2 : 3;
    } else out += c;
  }
  return out;
}
function awsKeyId(prefix) {
  const account = BigInt(1e11 + Math.floor(Math.random() * 899999999999));
  const rand7 = BigInt(randomBytes(1)[0] & 127);
  const first48 = account << 7n | rand7;
  const low32 = BigInt(randomBytes(4).readUInt32BE(0));
  let bits = first48 << 32n | low32;
  let out = "";
  for (let i = 0; i < 16; i++) {
    out = SETS.base32[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return prefix + out;
}
function b64url(s) {
  return Buffer.from(s, "utf8").toString("base64url");
}
function jwt() {
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = b64url(
    JSON.stringify({ sub: randomString(SETS.digits, 10), name: randomString(SETS.lower, 8), iat: 17e8 + Math.floor(Math.random() * 1e7) })
  );
  return `${header}.${payload}.${randomString(SETS.base64url, 43)}`;
}
function generate(name, arg) {
  const count = (a) => {
    const n = Number(a);
    if (!Number.isInteger(n) || n < 0 || n > 1e5) throw new TemplateError(`{{${name}:${a}}} needs a length`);
    return n;
  };
  const set = SETS[name];
  if (set) return randomString(set, count(arg));
  switch (name) {
    case "chars": {
      const cut = arg?.lastIndexOf(":") ?? -1;
      if (cut < 0) throw new TemplateError("{{chars:SET:N}} needs a set and a length");
      return randomString(classChars(arg.slice(0, cut)), count(arg.slice(cut + 1)));
    }
    case "uuid":
      return randomUUID();
    case "github":
      return makeChecksummedToken(arg ?? "ghp", randomString(SETS.base62, 30));
    case "github-badcrc": {
      const body = randomString(SETS.base62, 30);
      const good = base62(crc32(body), 6);
      let bad = good;
      while (bad === good) bad = randomString(SETS.base62, 6);
      return `${arg ?? "ghp"}_${body}${bad}`;
    }
    case "aws-key-id":
      return awsKeyId(arg ?? "AKIA");
    case "jwt":
      return jwt();
    case "b64":
      return Buffer.from(arg ?? "", "utf8").toString("base64");
    case "b64json":
      return Buffer.from(arg ?? "", "utf8").toString("base64").replace(/=+$/, "");
    default:
      throw new TemplateError(`unknown template {{${name}}}`);
  }
}
function expandTemplates(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf("{{", i);
    if (open === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, open);
    let depth = 1;
    let braces = 0;
    let j = open + 2;
    while (j < s.length && depth > 0) {
      if (s.startsWith("{{", j)) {
        depth++;
        j += 2;
      } else if (s.startsWith("}}", j) && !(depth === 1 && braces > 0)) {
        depth--;
        j += 2;
      } else {
        if (depth === 1 && s[j] === "{") braces++;
        if (depth === 1 && s[j] === "}") braces--;
        j++;
      }
    }
    if (depth !== 0) throw new TemplateError(`unclosed template in "${s}"`);
    const inner = s.slice(open + 2, j - 2);
    const colon = inner.indexOf(":");
    const name = colon === -1 ? inner : inner.slice(0, colon);
    if (!GENERATORS.has(name)) {
      out += s.slice(open, open + 2);
      i = open + 2;
      continue;
    }
    const arg = colon === -1 ? void 0 : expandTemplates(inner.slice(colon + 1));
    out += generate(name, arg);
    i = j;
  }
  return out;
}
function expandExample(example) {
  const open = example.indexOf("\xAB");
  const close = example.indexOf("\xBB", open + 1);
  if (open === -1 || close === -1) {
    const text = expandTemplates(example);
    return { text, secret: text, start: 0 };
  }
  const before = expandTemplates(example.slice(0, open));
  const secret = expandTemplates(example.slice(open + 1, close));
  const after = expandTemplates(example.slice(close + 1));
  return { text: before + secret + after, secret, start: before.length };
}

// src/rules/check.ts
var EXAMPLE_PATH = "example/config.txt";
function checkRules(rules, options = {}) {
  const rounds = options.rounds ?? 3;
  const problems = [];
  const report = (r, problem) => {
    problems.push({ ruleId: r.id, file: r.source.file, ...r.source.line ? { line: r.source.line } : {}, problem });
  };
  const compiled = [];
  const ids = /* @__PURE__ */ new Set();
  for (const r of rules) {
    if (ids.has(r.id)) report(r, "duplicate rule id");
    ids.add(r.id);
    if (r.examples.length === 0) report(r, "no examples: every rule needs at least one");
    try {
      const { pathMatcher: _ignored, ...cr } = compileRule(r, { builtin: options.builtin ?? true });
      compiled.push(cr);
    } catch (e) {
      report(r, e instanceof LeakwardError ? e.message.replace(/^[^:]*:\d*:? ?(\(rule "[^"]*"\): )?/, "") : String(e));
    }
  }
  const ruleSet = { rules: compiled, allowlists: options.allowlistsSet ?? [] };
  const detector = createDetector(ruleSet);
  let examples = 0;
  let negatives = 0;
  for (const cr of compiled) {
    const r = cr.rule;
    for (const ex of r.examples) {
      for (let round = 0; round < rounds; round++) {
        let e;
        try {
          e = expandExample(ex);
        } catch (err) {
          report(r, `example ${JSON.stringify(ex)}: ${err.message}`);
          break;
        }
        examples++;
        const { findings, suppressed } = detector.detect({ text: e.text, path: EXAMPLE_PATH, startLine: 1 });
        const mine = findings.filter((f) => f.ruleId === r.id);
        if (mine.some((f) => f.secret === e.secret)) {
          const f = mine.find((x) => x.secret === e.secret);
          if (r.keywords.length > 0 && !r.keywords.some((k) => f.match.toLowerCase().includes(k))) {
            report(r, `example ${JSON.stringify(ex)}: the match contains none of the keywords, so the prefilter cannot be trusted to run the rule`);
            break;
          }
          continue;
        }
        const why = suppressed.find((s) => s.finding.ruleId === r.id);
        const got = mine.length > 0 ? `captured ${JSON.stringify(mine[0].secret)} instead of ${JSON.stringify(e.secret)}` : why ? `match dropped: ${why.reason}` : "no match";
        report(r, `example ${JSON.stringify(ex)} expanded to ${JSON.stringify(e.text)}: ${got}`);
        break;
      }
    }
    for (const neg of r.negatives) {
      let text;
      try {
        text = expandTemplates(neg);
      } catch (err) {
        report(r, `negative ${JSON.stringify(neg)}: ${err.message}`);
        continue;
      }
      negatives++;
      const { findings } = detector.detect({ text, path: EXAMPLE_PATH, startLine: 1 });
      for (const f of findings) {
        report(r, f.ruleId === r.id ? `negative ${JSON.stringify(neg)} matches (secret ${JSON.stringify(f.secret)})` : `negative ${JSON.stringify(neg)} is reported by rule "${f.ruleId}": negatives must not look like any secret`);
      }
    }
  }
  return {
    rules: rules.length,
    examples,
    negatives,
    problems,
    engines: compiled.map((c) => ({
      ruleId: c.rule.id,
      engine: c.matcher?.engine ?? "path",
      ...c.backtrackBound !== void 0 ? { bound: c.backtrackBound } : {},
      ...c.linearReason ? { why: c.linearReason } : {}
    }))
  };
}

export {
  expandTemplates,
  expandExample,
  checkRules
};
