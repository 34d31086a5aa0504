import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  decodeStructure
} from "./chunk-ALVH6ZA4.mjs";

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
function allowlisted(globals, own, f) {
  for (const a of globals) {
    if (allowlistMatches(a, f)) return { kind: "global-allowlist", reason: `global allowlist: ${describeAllowlist(a)}` };
  }
  for (const a of own) {
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
        const within = [req.withinLines !== void 0 ? `${req.withinLines} line(s)` : "", req.withinColumns !== void 0 ? `${req.withinColumns} column(s)` : ""].filter(Boolean).join(" and ");
        missing = `composite rule: no "${req.id}" match ${within ? `within ${within}` : "in the same file"}`;
        break;
      }
      f.reasons.push(`required rule "${req.id}" matches at line ${g.line}`);
    }
    if (missing) suppressed.push({ finding: f, kind: "composite", reason: missing });
    else kept.push(f);
  }
  return { kept, suppressed };
}

// src/engine/decode.ts
var MIN_RUN = 16;
var MAX_RUN = 4096;
var MIN_DECODED = 8;
var CLASS = new Uint8Array(65536);
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

// src/engine/sha256.ts
var K = new Int32Array([
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
var W = new Int32Array(64);
var H = new Int32Array(8);
var SCRATCH = Buffer.alloc(4096);
var HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
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

// src/engine/fingerprint.ts
function secretHash(secret) {
  return sha256Hex(secret).slice(0, 24);
}
function fingerprint(ruleId, secret, path) {
  const base = `${ruleId}:${secretHash(secret.includes("\r") ? secret.replace(/\r\n/g, "\n") : secret)}`;
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

// src/engine/detect.ts
var MAX_SUPPRESSED = 1e4;
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

export {
  allowlisted,
  pathAllowed,
  pathSignature,
  crc32,
  base62,
  makeChecksummedToken,
  compilePrefilter,
  indexKeywords,
  engineFragment,
  createDetector
};
