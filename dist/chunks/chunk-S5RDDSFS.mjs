import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/audit/chain.ts
import { createHash } from "node:crypto";
var GENESIS = "0".repeat(64);
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v;
    return `{${Object.keys(o).filter((k) => o[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
function recordHash(r) {
  return createHash("sha256").update(canonical(r)).digest("hex");
}
function seal(entry, seq, prev) {
  const body = { ...entry, seq, prev };
  return { ...body, hash: recordHash(body) };
}
function checkChain(text) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  let prev = GENESIS;
  let seq = 0;
  for (let i = 0; i < lines.length; i++) {
    const bad = (problem) => ({ ok: false, line: i + 1, problem, records: i });
    let r;
    try {
      r = JSON.parse(lines[i]);
    } catch {
      return bad("not a JSON record (a truncated or edited line)");
    }
    if (r === null || typeof r !== "object" || typeof r.hash !== "string" || typeof r.prev !== "string" || typeof r.seq !== "number") {
      return bad("not an audit record (no seq, prev or hash)");
    }
    const { hash, ...body } = r;
    if (recordHash(body) !== hash) return bad("the record was changed after it was written (its hash does not match its content)");
    if (r.seq !== seq + 1) {
      return bad(r.seq > seq + 1 ? `record ${seq + 1}${r.seq > seq + 2 ? `\u2013${r.seq - 1}` : ""} is missing (this line is record ${r.seq})` : `records are out of order (record ${r.seq} after record ${seq})`);
    }
    if (r.prev !== prev) return bad("the record does not follow the one before it (a line was dropped, inserted or reordered)");
    prev = hash;
    seq = r.seq;
  }
  return { ok: true, records: lines.length, lastHash: prev, lastSeq: seq };
}

export {
  GENESIS,
  seal,
  checkChain
};
