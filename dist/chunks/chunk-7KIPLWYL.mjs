import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/report/redact.ts
var PREFIX = /^(?:[A-Za-z]{1,12}[_-]){1,3}|^[A-Z]{4}(?=[A-Z2-7]{16}$)/;
function redact(secret) {
  if (secret.length === 0) return "";
  const known = PREFIX.exec(secret)?.[0] ?? "";
  const keep = Math.min(known.length + 2, Math.floor(secret.length / 4));
  return secret.slice(0, Math.max(0, keep)).replace(/[\r\n]/g, " ") + "*".repeat(8);
}
function redactIn(text, ...found) {
  const secrets = found.flatMap((f) => [f.encoded, f.secret]).filter((s) => !!s).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of secrets) {
    if (out.includes(s)) out = out.split(s).join(redact(s));
    const first = s.split(/\r?\n/)[0];
    if (first.length >= 8 && first !== s && out.includes(first)) out = out.split(first).join(redact(first));
    out = cutEnds(out, first);
  }
  return out;
}
var MIN_PIECE = 6;
function cutEnds(text, s) {
  let out = text;
  if (out.length < MIN_PIECE || s.length <= MIN_PIECE) return out;
  if (s.includes(out.slice(0, MIN_PIECE))) {
    for (let k = Math.min(s.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.startsWith(s.slice(s.length - k))) {
        out = `********${out.slice(k)}`;
        break;
      }
    }
  }
  if (out.length >= MIN_PIECE && s.includes(out.slice(-MIN_PIECE))) {
    for (let k = Math.min(s.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.endsWith(s.slice(0, k))) {
        out = `${out.slice(0, out.length - k)}${redact(s.slice(0, k))}`;
        break;
      }
    }
  }
  return out;
}
var MAX_EVERYWHERE = 2e3;
var MAX_LINES = 100;
function redactorFor(found) {
  const all = [...found];
  const distinct = /* @__PURE__ */ new Map();
  for (const x of all) distinct.set(`${x.secret}\0${x.encoded ?? ""}`, x);
  if (distinct.size <= MAX_EVERYWHERE) {
    const everything = [...distinct.values()];
    return (_f, text) => redactIn(text, ...everything);
  }
  const byLine = /* @__PURE__ */ new Map();
  for (const x of all) {
    for (let l = x.line; l <= Math.min(x.endLine, x.line + MAX_LINES); l++) {
      const key = `${x.file}\0${l}`;
      const list = byLine.get(key);
      if (list) list.push(x);
      else byLine.set(key, [x]);
    }
  }
  return (f, text) => {
    const near = /* @__PURE__ */ new Set([f]);
    for (let l = f.line; l <= Math.min(f.endLine, f.line + MAX_LINES); l++) for (const x of byLine.get(`${f.file}\0${l}`) ?? []) near.add(x);
    return redactIn(text, ...near);
  };
}

// src/report/finding-view.ts
function viewFinding(f, noRedact, redactor) {
  const hide = (s) => noRedact ? s : redactor(f, s);
  const v = {
    ruleId: f.ruleId,
    description: f.description,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: noRedact ? f.secret : redact(f.secret),
    match: hide(f.match),
    fingerprint: f.fingerprint,
    confidence: f.confidence,
    reasons: f.reasons,
    entropy: f.entropy,
    tags: f.tags
  };
  if (f.provider) v.provider = f.provider;
  if (f.remediation) v.remediation = f.remediation;
  if (f.structure) v.structure = f.structure;
  if (f.verification) v.verification = f.verification;
  if (f.decodedFrom) v.decodedFrom = f.decodedFrom;
  for (const k of ["commit", "author", "email", "date"]) if (f[k] !== void 0) v[k] = f[k];
  if (f.message !== void 0) v.message = hide(f.message);
  return v;
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
function sortSuppressed(suppressed) {
  const order = new Map(sortFindings(suppressed.map((s) => s.finding)).map((f, i) => [f, i]));
  return [...suppressed].sort((a, b) => order.get(a.finding) - order.get(b.finding));
}

export {
  redact,
  redactorFor,
  viewFinding,
  sortFindings,
  sortSuppressed
};
