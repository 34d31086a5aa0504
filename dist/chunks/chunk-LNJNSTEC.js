import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  decodeStructure
} from "./chunk-OVZ6N6FJ.js";
import {
  LeakwardError,
  RuleError
} from "./chunk-BVVL3BHR.js";
import {
  MAX_BACKTRACK_WAYS_BUILTIN,
  PatternError,
  matcherFromPlan,
  planPattern
} from "./chunk-TQFX5WXU.js";

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
function pathAllowed(allowlists, path) {
  return allowlists.find(
    (a) => a.paths.length > 0 && a.paths.some((p) => p.test(path)) && (a.condition === "OR" || a.regexes.length === 0 && a.stopwords.length === 0 && a.commits.size === 0)
  );
}

// src/engine/checksum.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
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
function makeChecksummedToken(prefix, random30) {
  return `${prefix}_${random30}${base62(crc32(random30), 6)}`;
}

// src/engine/decode.ts
var MIN_RUN = 16;
var MAX_RUN = 4096;
var MIN_DECODED = 8;
var CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 2;
for (let c = 48; c <= 57; c++) CLASS[c] = 4;
CLASS[43] = 4;
CLASS[47] = 4;
CLASS[61] = 8;
var JOINER = new Uint8Array(128);
for (const c of [46, 45, 95]) JOINER[c] = 1;
var B64 = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((ch, i) => B64[ch.charCodeAt(0)] = i);
var isText = (b) => b >= 32 && b < 127 || b === 9 || b === 10 || b === 13;
function printablePrefix(text, start) {
  for (let q = 0; q < 2; q++) {
    let v = 0;
    for (let i = 0; i < 4; i++) v = v << 6 | B64[text.charCodeAt(start + 4 * q + i)];
    if (!isText(v >> 16 & 255) || !isText(v >> 8 & 255) || !isText(v & 255)) return false;
  }
  return true;
}
function printable(s) {
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
  if (len > 96 && !printable(Buffer.from(run.slice(0, 64), "base64").toString("latin1"))) return;
  const usable = (seen & 8) !== 0 ? run : run.slice(0, len - len % 4);
  const decoded = Buffer.from(usable, "base64").toString("latin1");
  if (decoded.length < MIN_DECODED || !printable(decoded)) return;
  out.push({ start, end, encoding: "base64", decoded });
}
function findEncodedSegments(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? CLASS[c] : 0;
    if (k === 0 || k === 8) {
      i++;
      continue;
    }
    const start = i;
    let seen = 0;
    do {
      seen |= k;
      if (++i === n) break;
      c = text.charCodeAt(i);
      k = c < 128 ? CLASS[c] : 0;
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

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function secretHash(secret) {
  return createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 24);
}
function fingerprint(ruleId, secret, path) {
  const base = `${ruleId}:${secretHash(secret)}`;
  return path === void 0 ? base : `${base}:${path}`;
}

// src/engine/inline.ts
var SAME_LINE = /leakward:allow|gitleaks:allow|pragma: ?allowlist secret/;
var NEXT_LINE = /leakward:allow-next-line|pragma: ?allowlist nextline secret/;
function inlineAllowed(line, previousLine2) {
  const same = SAME_LINE.exec(line);
  if (same && !line.slice(same.index).startsWith("leakward:allow-next-line")) return same[0];
  const prev = previousLine2 !== void 0 ? NEXT_LINE.exec(previousLine2) : null;
  return prev ? `${prev[0]} (line above)` : void 0;
}

// src/engine/location.ts
var LineIndex = class {
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

// src/engine/prefilter.ts
var ASCII = 128;
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
  const fail2 = new Int32Array(states);
  const queue = [];
  for (let c = 1; c < classes; c++) {
    const t = goto[0][c];
    delta[c] = t === -1 ? 0 : t;
    if (t !== -1) queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    outputs[s].push(...outputs[fail2[s]]);
    for (let c = 1; c < classes; c++) {
      const t = goto[s][c];
      if (t === -1) {
        delta[s * classes + c] = delta[fail2[s] * classes + c];
      } else {
        fail2[t] = delta[fail2[s] * classes + c];
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
    table: Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString("base64"),
    outs
  };
}
function prefilterFromData(data) {
  const { keywords, classes } = data;
  const classOf = Uint8Array.from(data.classOf);
  const bytes = Buffer.from(data.table, "base64");
  const table = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const states = table.length / classes;
  const outs = [];
  for (let st = 0; st < states; st++) outs.push(Int32Array.from(data.outs[st] ?? []));
  const stateOf = (entry) => (entry < 0 ? -entry - 1 : entry) / classes;
  return {
    keywordCount: keywords.length,
    scan(text) {
      const n = keywords.length;
      const found = new Uint8Array(n);
      const firstEnd = new Int32Array(n);
      const lastEnd = new Int32Array(n);
      let row = 0;
      for (let i = 0, len = text.length; i < len; i++) {
        const c = text.charCodeAt(i);
        const k = c < ASCII ? classOf[c] : 0;
        if (k === 0) {
          row = 0;
          continue;
        }
        const e = table[row + k];
        if (e >= 0) {
          row = e;
          continue;
        }
        row = -e - 1;
        const o = outs[stateOf(e)];
        for (let j = 0; j < o.length; j++) {
          const kw = o[j];
          if (found[kw] === 0) {
            found[kw] = 1;
            firstEnd[kw] = i + 1;
          }
          lastEnd[kw] = i + 1;
        }
      }
      return { found, firstEnd, lastEnd };
    }
  };
}

// src/engine/detect.ts
var DECODE_CONTEXT = 256;
var LEVELS = ["low", "medium", "high"];
var raise = (c) => LEVELS[Math.min(2, LEVELS.indexOf(c) + 1)];
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
function createDetector(ruleSet) {
  const { keywords, keywordRules, alwaysRun } = indexKeywords(ruleSet.rules);
  const shipped = ruleSet.prefilter;
  const prefilter = shipped && shipped.keywords.length === keywords.length && shipped.keywords.every((k, i) => k === keywords[i]) ? prefilterFromData(shipped) : buildPrefilter(keywords);
  const candidates = (text) => {
    const hits = prefilter.scan(text);
    const first = new Int32Array(ruleSet.rules.length).fill(-1);
    const last = new Int32Array(ruleSet.rules.length);
    for (let k = 0; k < hits.found.length; k++) {
      if (hits.found[k] !== 1) continue;
      for (const r of keywordRules[k]) {
        if (first[r] === -1 || hits.firstEnd[k] < first[r]) first[r] = hits.firstEnd[k];
        if (hits.lastEnd[k] > last[r]) last[r] = hits.lastEnd[k];
      }
    }
    const out = [];
    for (let ri = 0; ri < ruleSet.rules.length; ri++) {
      if (first[ri] === -1) {
        if (alwaysRun.includes(ri)) out.push({ ri, from: 0, to: text.length });
        continue;
      }
      const w = ruleSet.rules[ri].window;
      out.push(
        w === void 0 ? { ri, from: 0, to: text.length } : { ri, from: Math.max(0, first[ri] - w), to: Math.min(text.length, last[ri] + w) }
      );
    }
    return out;
  };
  const detect = (fragment, options = {}, depth = 0) => {
    const findings = [];
    const suppressed = [];
    const { text } = fragment;
    let lines;
    const lineIndex = () => lines ??= new LineIndex(text);
    const drop = (finding, kind, reason) => {
      suppressed.push({ finding, kind, reason });
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
        const inner = detect(
          { ...fragment, text: substituted, startLine: fragment.startLine + pos.line },
          options,
          depth + 1
        );
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
          suppressed.push({ ...s, finding: relocate(s.finding, seg, pos.column, fragment.startLine + pos.line, lineText, text) });
        }
      }
    }
    return { findings: dedupe(findings), suppressed };
  };
  return { ruleSet, detect: (fragment, options) => detect(fragment, options) };
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
    tags: rule.tags
  };
  if (rule.provider) f.provider = rule.provider;
  if (rule.remediation) f.remediation = rule.remediation;
  if (rule.verify) f.verify = rule.verify;
  if (rule.revoke) f.revoke = rule.revoke;
  for (const k of ["commit", "author", "email", "date", "message"]) {
    const v = fragment[k];
    if (v !== void 0) f[k] = v;
  }
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
  for (const a of cr.allowlists) {
    if (allowlistMatches(a, f)) return { kind: "rule-allowlist", reason: `rule allowlist: ${describeAllowlist(a)}` };
  }
  for (const a of ruleSet.allowlists) {
    if (allowlistMatches(a, f)) return { kind: "global-allowlist", reason: `global allowlist: ${describeAllowlist(a)}` };
  }
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
var LINE_WINDOW = 4096;
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
        rule.id,
        `${what} ${e.message}`,
        "Fix the pattern: leakward reads RE2 syntax (as gitleaks does)."
      );
    }
    throw e;
  }
}
function compileAllowlist(owner, a, plans) {
  return {
    condition: a.condition,
    regexTarget: a.regexTarget,
    regexes: a.regexes.map((r) => compileOrThrow(owner, "allowlist regex", r, plans).matcher),
    paths: a.paths.map((p) => compileOrThrow(owner, "allowlist path", p, plans).matcher),
    stopwords: a.stopwords.map((s) => s.toLowerCase()),
    commits: new Set(a.commits),
    ...a.description ? { description: a.description } : {}
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
  return {
    rules: rules.map((r) => compileRule(r, options)),
    allowlists: allowlists.map((a) => compileAllowlist(owner, a, options.plans))
  };
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

// src/rules/load.ts
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/rules/schema.ts
var RULE_KEYS = /* @__PURE__ */ new Set([
  "id",
  "description",
  "regex",
  "secretGroup",
  "entropy",
  "keywords",
  "path",
  "tags",
  "allowlists",
  "allowlist",
  "provider",
  "confidence",
  "checksum",
  "structure",
  "remediation",
  "verify",
  "revoke",
  "examples",
  "negatives"
]);
var ALLOWLIST_KEYS = /* @__PURE__ */ new Set(["description", "condition", "regexTarget", "regexes", "paths", "stopwords", "commits"]);
var CONFIDENCES = ["high", "medium", "low"];
var CHECKSUMS = ["github-crc32"];
var STRUCTURES = ["aws-key-id", "jwt", "base64-json", "base64-credentials"];
function lineFinder(text) {
  const lines = text.split("\n");
  return (key, afterLine = 1) => {
    const re = new RegExp(`^\\s*(?:${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})\\s*=`);
    for (let i = Math.max(0, afterLine - 1); i < lines.length; i++) if (re.test(lines[i])) return i + 1;
    return void 0;
  };
}
function fail(ctx, problem, key, hint) {
  const line = key ? ctx.find(key, ctx.line) ?? ctx.line : ctx.line;
  throw new RuleError(ctx.file, line, ctx.id, problem, hint);
}
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function str(ctx, t, key, required = false) {
  const v = t[key];
  if (v === void 0) {
    if (required) fail(ctx, `missing required "${key}"`, void 0, `Add ${key} = "\u2026" to the rule.`);
    return void 0;
  }
  if (typeof v !== "string") fail(ctx, `"${key}" must be a string`, key);
  return v;
}
function strList(ctx, t, key) {
  const v = t[key];
  if (v === void 0) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) fail(ctx, `"${key}" must be an array of strings`, key);
  return v;
}
function num(ctx, t, key) {
  const v = t[key];
  if (v === void 0) return void 0;
  if (typeof v !== "number" && typeof v !== "bigint") fail(ctx, `"${key}" must be a number`, key);
  return Number(v);
}
function oneOf(ctx, t, key, allowed) {
  const v = str(ctx, t, key);
  if (v === void 0) return void 0;
  if (!allowed.includes(v)) fail(ctx, `"${key}" must be one of ${allowed.join(", ")} (got "${v}")`, key);
  return v;
}
function validateAllowlist(ctx, raw) {
  const c = { ...ctx, requireExamples: false };
  if (!isObj(raw)) fail(c, "an allowlist must be a table");
  for (const k of Object.keys(raw)) {
    if (!ALLOWLIST_KEYS.has(k)) {
      fail(c, `unknown allowlist key "${k}"`, k, `Allowlist keys are: ${[...ALLOWLIST_KEYS].join(", ")}.`);
    }
  }
  const condition = (str(c, raw, "condition") ?? "OR").toUpperCase();
  if (condition !== "OR" && condition !== "AND") fail(c, `"condition" must be "OR" or "AND"`, "condition");
  const regexTarget = oneOf(c, raw, "regexTarget", ["secret", "match", "line"]) ?? "secret";
  const a = {
    condition,
    regexTarget,
    regexes: strList(c, raw, "regexes"),
    paths: strList(c, raw, "paths"),
    stopwords: strList(c, raw, "stopwords"),
    commits: strList(c, raw, "commits")
  };
  const description = str(c, raw, "description");
  if (description) a.description = description;
  if (a.regexes.length + a.paths.length + a.stopwords.length + a.commits.length === 0) {
    fail(c, "an allowlist needs at least one of regexes, paths, stopwords, commits");
  }
  return a;
}
function validateRule(raw, where) {
  const ctx = { file: where.file, line: where.line, id: void 0, find: where.find, requireExamples: where.requireExamples };
  if (!isObj(raw)) fail(ctx, "a rule must be a table ([[rules]])");
  const id = str(ctx, raw, "id", true);
  ctx.id = id;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) fail(ctx, 'id must be letters, digits, ".", "_" or "-"', "id");
  for (const k of Object.keys(raw)) {
    if (!RULE_KEYS.has(k)) fail(ctx, `unknown key "${k}"`, k, `Rule keys are: ${[...RULE_KEYS].join(", ")}.`);
  }
  const regex = str(ctx, raw, "regex");
  const path = str(ctx, raw, "path");
  if (regex === void 0 && path === void 0) fail(ctx, 'a rule needs a "regex", a "path", or both');
  const keywords = strList(ctx, raw, "keywords").map((k) => k.toLowerCase());
  for (const k of keywords) {
    if (!/^[\x20-\x7e]+$/.test(k)) fail(ctx, `keyword "${k}" must be printable ASCII`, "keywords");
  }
  const rawAllow = raw.allowlists ?? (raw.allowlist !== void 0 ? [raw.allowlist] : []);
  if (!Array.isArray(rawAllow)) fail(ctx, '"allowlists" must be an array of tables', "allowlists");
  const rule = {
    id,
    description: str(ctx, raw, "description") ?? id,
    keywords,
    tags: strList(ctx, raw, "tags"),
    allowlists: rawAllow.map((a) => validateAllowlist(ctx, a)),
    confidence: oneOf(ctx, raw, "confidence", CONFIDENCES) ?? "medium",
    examples: strList(ctx, raw, "examples"),
    negatives: strList(ctx, raw, "negatives"),
    source: { file: where.file, ...where.line ? { line: where.line } : {} }
  };
  if (regex !== void 0) rule.regex = regex;
  if (path !== void 0) rule.path = path;
  const secretGroup = num(ctx, raw, "secretGroup");
  if (secretGroup !== void 0) {
    if (!Number.isInteger(secretGroup) || secretGroup < 0) fail(ctx, '"secretGroup" must be a whole number \u2265 0', "secretGroup");
    rule.secretGroup = secretGroup;
  }
  const entropy = num(ctx, raw, "entropy");
  if (entropy !== void 0) {
    if (entropy < 0 || entropy > 8) fail(ctx, '"entropy" must be between 0 and 8 bits per character', "entropy");
    rule.entropy = entropy;
  }
  const checksum = oneOf(ctx, raw, "checksum", CHECKSUMS);
  if (checksum) rule.checksum = checksum;
  const structure = oneOf(ctx, raw, "structure", STRUCTURES);
  if (structure) rule.structure = structure;
  for (const k of ["provider", "remediation", "verify", "revoke"]) {
    const v = str(ctx, raw, k);
    if (v !== void 0) rule[k] = v;
  }
  if (where.requireExamples && rule.examples.length === 0) {
    fail(
      ctx,
      "the rule has no examples",
      void 0,
      "Add examples = ['KEY=\xAB{{base62:32}}\xBB'] with templates that expand to values the rule must find."
    );
  }
  return rule;
}

// src/rules/load.ts
function parseToml(text, file) {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new RuleError(
        file,
        e.line,
        void 0,
        `invalid TOML: ${e.message.split("\n")[0].replace(/^Invalid TOML document: /, "")}`,
        "Fix the TOML syntax at that line."
      );
    }
    throw e;
  }
}
function parseRulesDocument(text, file, requireExamples) {
  const doc = parseToml(text, file);
  const find = lineFinder(text);
  const headerLines = [];
  text.split("\n").forEach((l, i) => {
    if (/^\s*\[\[\s*rules\s*\]\]/.test(l)) headerLines.push(i + 1);
  });
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) throw new RuleError(file, find("rules"), void 0, '"rules" must be an array of tables ([[rules]])');
  const rules = rawRules.map((raw, i) => {
    const line = headerLines[i];
    return validateRule(raw, { file, ...line ? { line } : {}, find, requireExamples });
  });
  const rawAllow = doc.allowlists ?? (doc.allowlist !== void 0 ? [doc.allowlist] : []);
  if (!Array.isArray(rawAllow)) throw new RuleError(file, find("allowlists"), void 0, '"allowlists" must be an array of tables');
  const allowlists = rawAllow.map((a) => validateAllowlist({ file, line: void 0, id: void 0, find }, a));
  return { rules, allowlists };
}
function builtinRulesDir() {
  for (const rel of ["../rules/", "../../rules/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, "README.md"))) return dir;
  }
  throw new LeakwardError("IO", "cannot find the built-in rules folder", "Reinstall leakward.");
}
function loadRulesDir(dir, requireExamples = true) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".toml")).sort();
  } catch (e) {
    throw new LeakwardError(
      "IO",
      `cannot read the rules folder ${dir}: ${e.message}`,
      "Reinstall leakward, or pass a folder that exists."
    );
  }
  const out = { rules: [], allowlists: [] };
  const seen = /* @__PURE__ */ new Map();
  for (const name of names) {
    const path = join(dir, name);
    const display = relative(process.cwd(), path) || path;
    const doc = parseRulesDocument(readFileSync(path, "utf8"), display.startsWith("..") ? path : display, requireExamples);
    for (const r of doc.rules) {
      const prev = seen.get(r.id);
      if (prev) {
        throw new RuleError(
          r.source.file,
          r.source.line,
          r.id,
          `duplicate rule id (also at ${prev.source.file}:${prev.source.line ?? "?"})`,
          "Rule ids must be unique."
        );
      }
      seen.set(r.id, r);
      out.rules.push(r);
    }
    out.allowlists.push(...doc.allowlists);
  }
  return out;
}

export {
  pathAllowed,
  crc32,
  base62,
  makeChecksummedToken,
  compilePrefilter,
  indexKeywords,
  createDetector,
  compileAllowlist,
  compileRule,
  compileRuleSet,
  planAll,
  parseRulesDocument,
  builtinRulesDir,
  loadRulesDir
};
