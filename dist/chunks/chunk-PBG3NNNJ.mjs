import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

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
    const near = cleared.has(f.secret) ? [] : [f];
    for (let l = f.line; l <= Math.min(f.endLine, f.line + MAX_LINES); l++) {
      for (const x of byLine.get(`${f.file}\0${l}`) ?? []) if (!cleared.has(x.secret)) near.push(x);
    }
    if (f.commit) {
      for (const x of inMessage.get(f.commit) ?? []) if (!cleared.has(x.secret)) near.push(x);
    }
    const out = near.length > 0 ? clear(text, prepare(near)) : text;
    return clear(out, everywhere);
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
  if (f.place !== void 0) v.place = f.place;
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
