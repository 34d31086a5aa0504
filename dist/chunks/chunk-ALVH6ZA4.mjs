import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/engine/structure.ts
var AWS_CANARY_ACCOUNTS = /* @__PURE__ */ new Set([
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
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
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

export {
  AWS_CANARY_ACCOUNTS,
  awsAccountId,
  decodeStructure
};
