import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  GENESIS,
  checkChain,
  seal
} from "./chunk-S5RDDSFS.mjs";
import {
  checkProviderUrls,
  parseProviderUrls
} from "./chunk-OTVOBSTV.mjs";
import {
  VERIFIERS,
  bearer,
  isVerdict,
  obj,
  unknown
} from "./chunk-UJ7VG7A6.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/verify/confirm.ts
import { createHash } from "node:crypto";

// src/audit/log.ts
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from "node:fs";
function openAuditLog(path) {
  let prev = GENESIS;
  let seq = 0;
  if (existsSync(path)) {
    const check = checkChain(readFileSync(path, "utf8"));
    if (!check.ok) {
      throw new LeakwardError(
        "IO",
        `the audit log ${path} is broken at line ${check.line}: ${check.problem}`,
        "Keep it as evidence and start a new one with another --audit-log file."
      );
    }
    prev = check.lastHash;
    seq = check.lastSeq;
  }
  let fd;
  try {
    fd = openSync(path, "a", 384);
  } catch (e) {
    throw new LeakwardError("IO", `cannot open the audit log ${path}: ${e.code}`, "Check the path and its permissions.");
  }
  let count = 0;
  return {
    append(entry) {
      const record = seal(entry, seq + 1, prev);
      writeSync(fd, `${JSON.stringify(record)}
`);
      fsyncSync(fd);
      prev = record.hash;
      seq = record.seq;
      count++;
      return record;
    },
    close: () => closeSync(fd),
    get lastHash() {
      return prev;
    },
    get count() {
      return count;
    }
  };
}

// src/verify/http.ts
var defaultHttpOptions = (fetchImpl = fetch) => ({
  fetch: fetchImpl,
  timeoutMs: 1e4,
  retries: 2,
  maxWaitMs: 3e4,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => Date.now()
});
var MAX_BODY = 1024 * 1024;
async function readBody(res) {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      break;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isRetryable(res) {
  return res.status === 429 || res.status >= 500 || res.status === 403 && res.headers.get("x-ratelimit-remaining") === "0";
}
function retryDelay(headers, attempt, now) {
  const after = headers?.get("retry-after")?.trim();
  if (after) {
    if (/^\d+(\.\d+)?$/.test(after)) return Number(after) * 1e3;
    const at = Date.parse(after);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const remaining = headers?.get("x-ratelimit-remaining") ?? headers?.get("ratelimit-remaining");
  const reset = headers?.get("x-ratelimit-reset") ?? headers?.get("ratelimit-reset") ?? headers?.get("x-rate-limit-reset");
  if (reset && remaining === "0" && /^\d+$/.test(reset.trim())) {
    const n = Number(reset);
    return n > 1e9 ? Math.max(0, n * 1e3 - now) : n * 1e3;
  }
  return 500 * 2 ** attempt;
}
var seconds = (ms) => ms >= 6e4 ? `${Math.ceil(ms / 6e4)} min` : `${Math.ceil(ms / 1e3)} s`;
function networkReason(e) {
  const err = e;
  if (err?.name === "TimeoutError" || err?.name === "AbortError") return "timed out";
  return `network error (${err?.cause?.code ?? err?.name ?? "unknown"})`;
}
async function send(attempt, opts) {
  let lastReason = "";
  let lastStatus;
  for (let i = 0; i <= opts.retries; i++) {
    let res;
    try {
      res = await opts.fetch(attempt.url, {
        method: attempt.method,
        headers: { "user-agent": "leakward (secret-leak scanner; https://github.com/leakward/leakward)", ...attempt.headers },
        ...attempt.body !== void 0 ? { body: attempt.body } : {},
        redirect: "manual",
        signal: AbortSignal.timeout(opts.timeoutMs)
      });
    } catch (e) {
      lastReason = networkReason(e);
      if (lastReason === "timed out") return { kind: "failed", reason: `timed out after ${seconds(opts.timeoutMs)}`, attempts: i + 1 };
      if (i < opts.retries) await opts.sleep(retryDelay(void 0, i, opts.now()));
      continue;
    }
    let text;
    try {
      text = await readBody(res);
    } catch (e) {
      lastReason = networkReason(e);
      if (lastReason === "timed out") return { kind: "failed", reason: `timed out after ${seconds(opts.timeoutMs)}`, attempts: i + 1 };
      continue;
    }
    if (!isRetryable(res)) {
      return { kind: "response", response: { status: res.status, headers: res.headers, text, json: parseJson(text) }, attempts: i + 1 };
    }
    lastStatus = res.status;
    lastReason = res.status === 429 || res.status === 403 ? `rate limited (HTTP ${res.status})` : `provider error (HTTP ${res.status})`;
    if (i === opts.retries) break;
    const wait = retryDelay(res.headers, i, opts.now());
    if (wait > opts.maxWaitMs) {
      return { kind: "failed", reason: `${lastReason}: the provider asks to wait ${seconds(wait)}; try again later`, attempts: i + 1, status: res.status };
    }
    await opts.sleep(wait);
  }
  return { kind: "failed", reason: `${lastReason} after ${opts.retries + 1} attempts`, attempts: opts.retries + 1, ...lastStatus ? { status: lastStatus } : {} };
}
function joinUrl(base, path) {
  return new URL(base.replace(/\/+$/, "") + path);
}
function describeRequest(method, url, secrets) {
  return scrub(`${method} ${url.host}${url.pathname}`, secrets);
}
function scrub(text, secrets) {
  let out = text;
  for (const s of secrets) {
    if (s.length < 4) continue;
    for (const form of /* @__PURE__ */ new Set([s, encodeURIComponent(s)])) out = out.split(form).join("<secret>");
  }
  return out;
}

// src/verify/session.ts
var HOST_LABEL = /^[a-z0-9][a-z0-9-]{0,62}$/;
function secretsOf(check) {
  const { awsSecretKey, awsSessionToken, twilioSecret } = check.cred.partner;
  return [check.cred.secret, awsSecretKey, awsSessionToken, twilioSecret].filter((s) => Boolean(s));
}
function createSession(overrides, http, audit) {
  const now = () => new Date(http.now());
  const stats = { checked: 0, live: 0, invalid: 0, unknown: 0, revoked: 0, requests: 0 };
  const record = (check, e) => {
    const [first, ...rest] = check.findings;
    audit?.append({
      time: now().toISOString(),
      rule: first.ruleId,
      fingerprint: first.fingerprint,
      ...rest.length ? { also: [...new Set(rest.map((f) => f.fingerprint))] } : {},
      provider: check.verifier.id,
      ...e,
      ...e.reason ? { reason: scrub(e.reason, secretsOf(check)) } : {}
    });
  };
  const urlFor = ({ verifier: v, cred }, req) => {
    let base = overrides[v.id] ?? v.bases[req.base ?? "api"];
    if (base === void 0) return unknown(`no address for ${v.name}: it is self-hosted; pass --provider-url ${v.id}=https://YOUR-HOST`);
    if (!overrides[v.id]) {
      for (const [, name] of base.matchAll(/\{(\w+)\}/g)) {
        const value = cred.partner[name];
        if (!value || !HOST_LABEL.test(value)) return unknown(`no ${name} to build the ${v.name} address from`);
        base = base.replace(`{${name}}`, value);
      }
    }
    return joinUrl(base, req.path);
  };
  const exchange = async (check, req, action, read) => {
    const url = urlFor(check, req);
    if (!(url instanceof URL)) {
      record(check, { action, outcome: "not sent", verdict: url.status, reason: url.reason });
      return url;
    }
    const headers = { ...req.headers ?? {} };
    const body = req.body ?? (req.method === "GET" || req.method === "DELETE" ? void 0 : "");
    if (req.sign) Object.assign(headers, req.sign(url, { method: req.method, headers: req.headers ?? {}, body: body ?? "" }, now()));
    const outcome = await send({ method: req.method, url, headers, ...body !== void 0 ? { body } : {} }, http);
    stats.requests += outcome.attempts;
    const verdict = outcome.kind === "response" ? read(outcome.response) : unknown(outcome.reason);
    const clean = { ...verdict, reason: scrub(verdict.reason, secretsOf(check)) };
    record(check, {
      action,
      outcome: outcome.kind === "response" ? `HTTP ${outcome.response.status}` : outcome.reason,
      attempts: outcome.attempts,
      request: describeRequest(req.method, url, secretsOf(check)),
      verdict: clean.status,
      reason: clean.reason
    });
    return clean;
  };
  const verify = async (check, action) => {
    const req = check.verifier.request(check.cred);
    if (isVerdict(req)) {
      record(check, { action, outcome: "offline: no request sent", verdict: req.status, reason: req.reason });
      return req;
    }
    return exchange(check, req, action, (res) => check.verifier.interpret(res, check.cred));
  };
  return { http, stats, urlFor, exchange, verify, record };
}

// src/revoke/providers.ts
var ok2xx = (res) => res.status >= 200 && res.status < 300;
var each = (creds, req) => creds.map((c) => ({ request: req(c), creds: [c] }));
var GITHUB_REVOKE_BATCH = 1e3;
var githubRevoker = {
  id: "github",
  name: "GitHub",
  plan: (creds) => {
    const installation = creds.filter((c) => c.secret.startsWith("ghs_"));
    const others = creds.filter((c) => !c.secret.startsWith("ghs_"));
    const out = each(installation, (c) => ({ method: "DELETE", path: "/installation/token", headers: { authorization: `token ${c.secret}`, accept: "application/vnd.github+json" } }));
    for (let i = 0; i < others.length; i += GITHUB_REVOKE_BATCH) {
      const batch = others.slice(i, i + GITHUB_REVOKE_BATCH);
      out.push({
        request: {
          method: "POST",
          path: "/credentials/revoke",
          headers: { accept: "application/vnd.github+json", "content-type": "application/json", "x-github-api-version": "2022-11-28" },
          body: JSON.stringify({ credentials: batch.map((c) => c.secret) })
        },
        creds: batch
      });
    }
    return out;
  },
  accepted: ok2xx
};
var gitlabRevoker = {
  id: "gitlab",
  name: "GitLab",
  plan: (creds) => each(creds, (c) => ({ method: "DELETE", path: "/api/v4/personal_access_tokens/self", headers: { "private-token": c.secret } })),
  accepted: ok2xx
};
var npmRevoker = {
  id: "npm",
  name: "npm",
  // What `npm logout` sends. The token is in the path: http.ts never reports URLs.
  plan: (creds) => each(creds, (c) => ({ method: "DELETE", path: `/-/user/token/${encodeURIComponent(c.secret)}`, headers: bearer(c.secret) })),
  accepted: ok2xx
};
var slackRevoker = {
  id: "slack",
  name: "Slack",
  plan: (creds) => each(creds, (c) => ({ method: "POST", path: "/api/auth.revoke", headers: { ...bearer(c.secret), "content-type": "application/x-www-form-urlencoded" }, body: "" })),
  // HTTP 200 either way: `ok` and `revoked` say whether it worked.
  accepted: (res) => res.status === 200 && obj(res.json).ok === true
};
var vaultRevoker = {
  id: "vault",
  name: "HashiCorp Vault",
  plan: (creds) => each(creds, (c) => ({ method: "POST", path: "/v1/auth/token/revoke-self", headers: { "x-vault-token": c.secret } })),
  accepted: ok2xx
};
var buildkiteRevoker = {
  id: "buildkite",
  name: "Buildkite",
  plan: (creds) => each(creds, (c) => ({ method: "DELETE", path: "/v2/access-token", headers: bearer(c.secret) })),
  accepted: ok2xx
};
var dopplerRevoker = {
  id: "doppler",
  name: "Doppler",
  plan: (creds) => each(creds, (c) => ({
    method: "POST",
    path: "/v3/auth/revoke",
    headers: { ...bearer(c.secret), "content-type": "application/json" },
    body: JSON.stringify({ token: c.secret })
  })),
  accepted: ok2xx
};
var digitaloceanRevoker = {
  id: "digitalocean",
  name: "DigitalOcean",
  plan: (creds) => each(creds, (c) => ({
    method: "POST",
    base: "oauth",
    path: "/v1/oauth/revoke",
    headers: { ...bearer(c.secret), "content-type": "application/x-www-form-urlencoded" },
    body: `token=${encodeURIComponent(c.secret)}`
  })),
  accepted: ok2xx
};
var REVOKERS = new Map(
  [githubRevoker, gitlabRevoker, npmRevoker, slackRevoker, vaultRevoker, buildkiteRevoker, dopplerRevoker, digitaloceanRevoker].map((r) => [r.id, r])
);

// src/revoke/revoke.ts
async function revokeLive(session, checks, dryRun) {
  const byRevoker = /* @__PURE__ */ new Map();
  for (const check of checks) {
    if (check.verdict?.status !== "live") continue;
    const f = check.findings[0];
    const revoker = f.revoke ? REVOKERS.get(f.revoke) : void 0;
    if (!revoker) {
      check.revocation = {
        action: "manual",
        detail: `${check.verifier.name} has no API that revokes it with the secret alone: rotate it by hand${f.remediation ? ` at ${f.remediation}` : " with its issuer"}`,
        ...f.remediation ? { rotateAt: f.remediation } : {}
      };
      continue;
    }
    byRevoker.set(revoker.id, [...byRevoker.get(revoker.id) ?? [], check]);
  }
  for (const [id, list] of byRevoker) {
    const revoker = REVOKERS.get(id);
    const bySecret = new Map(list.map((c) => [c.cred.secret, c]));
    for (const step of revoker.plan(list.map((c) => c.cred))) {
      const stepChecks = step.creds.map((c) => bySecret.get(c.secret));
      if (dryRun) {
        for (const check of stepChecks) {
          const url = session.urlFor(check, step.request);
          const where = url instanceof URL ? describeRequest(step.request.method, url, secretsOf(check)) : url.reason;
          check.revocation = { action: "dry-run", detail: `would revoke it with ${revoker.name} (${where}); run again with --yes to do it` };
          session.record(check, { action: "revoke", outcome: "not sent: dry run", verdict: "live", reason: check.revocation.detail });
        }
        continue;
      }
      let accepted = false;
      const outcome = await session.exchange(stepChecks[0], step.request, "revoke", (res) => {
        accepted = revoker.accepted(res);
        return accepted ? unknown(`${revoker.name} accepted the revocation (HTTP ${res.status})`) : unknown(`${revoker.name} refused the revocation (HTTP ${res.status})`);
      });
      for (const check of stepChecks.slice(1)) {
        session.record(check, { action: "revoke", outcome: "sent in one batch with the record before", verdict: outcome.status, reason: outcome.reason });
      }
      for (const check of stepChecks) {
        if (accepted) await confirmDead(session, check, revoker.name);
        else check.revocation = { action: "failed", detail: outcome.reason };
      }
    }
  }
}
async function confirmDead(session, check, name) {
  for (let i = 0; i < 3; i++) {
    if (i > 0) await session.http.sleep(1e3 * i);
    const v = await session.verify(check, "reverify");
    if (v.status === "invalid") {
      check.revoked = true;
      check.revocation = { action: "revoked", detail: `revoked through ${name}; asked again, the provider rejects it: ${v.reason}` };
      return;
    }
    if (v.status !== "live") break;
  }
  check.revocation = {
    action: "failed",
    detail: `${name} accepted the revocation, but the provider does not yet confirm the secret is dead: check again, and rotate it by hand if it still works`
  };
}

// src/verify/pair.ts
var groupKey = (f) => `${f.file}\0${f.commit ?? ""}`;
function groupByFile(findings) {
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = groupKey(f);
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return out;
}
function nearest(f, group, ruleId) {
  let best;
  for (const g of group) {
    if (g.ruleId !== ruleId || g === f) continue;
    if (!best || Math.abs(g.line - f.line) < Math.abs(best.line - f.line)) best = g;
  }
  return best;
}
function firstMatch(re, texts) {
  for (const t of texts) {
    const m = re.exec(t);
    if (m) return m[1] ?? m[0];
  }
  return void 0;
}
function credentialFor(f, group, context) {
  const partner = {};
  const texts = [f.match, f.lineText, ...group.filter((g) => g !== f).map((g) => g.lineText), ...context ? [context] : []];
  const set = (k, v) => {
    if (v) partner[k] = v;
  };
  switch (f.verify) {
    case "aws":
      if (f.ruleId === "aws-secret-access-key") set("awsKeyId", nearest(f, group, "aws-access-token")?.secret);
      else set("awsSecretKey", nearest(f, group, "aws-secret-access-key")?.secret);
      set("awsSessionToken", nearest(f, group, "aws-session-token")?.secret);
      break;
    case "twilio":
      if (f.ruleId === "twilio-api-key") set("twilioSecret", nearest(f, group, "twilio-auth-token")?.secret);
      else {
        set("twilioSid", firstMatch(/\b(AC[0-9a-f]{32})\b/, texts));
        set("twilioKeySid", nearest(f, group, "twilio-api-key")?.secret);
      }
      break;
    case "shopify":
      set("shop", firstMatch(/\b([a-z0-9][a-z0-9-]{0,60})\.myshopify\.com\b/, texts));
      break;
  }
  return { secret: f.secret, ruleId: f.ruleId, partner };
}

// src/verify/pool.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// src/verify/confirm.ts
async function confirmFindings(findings, opts = {}) {
  const specs = Array.isArray(opts.providerUrls) ? opts.providerUrls : Object.entries(opts.providerUrls ?? {}).map(([id, url]) => `${id}=${url}`);
  const overrides = parseProviderUrls(specs, VERIFIERS.keys());
  await checkProviderUrls(overrides, { allowPrivate: opts.allowPrivate === true, ...opts.lookup ? { lookup: opts.lookup } : {} });
  const http = {
    ...defaultHttpOptions(opts.fetch ?? fetch),
    ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {},
    ...opts.retries !== void 0 ? { retries: opts.retries } : {},
    ...opts.maxWaitMs !== void 0 ? { maxWaitMs: opts.maxWaitMs } : {},
    ...opts.sleep ? { sleep: opts.sleep } : {},
    ...opts.now ? { now: opts.now } : {}
  };
  const audit = opts.auditLog ? openAuditLog(opts.auditLog) : void 0;
  const session = createSession(overrides, http, audit);
  const checks = /* @__PURE__ */ new Map();
  const groups = groupByFile(findings);
  for (const f of findings) {
    const verifier = f.verify ? VERIFIERS.get(f.verify) : void 0;
    if (!verifier) continue;
    const cred = credentialFor(f, groups.get(`${f.file}\0${f.commit ?? ""}`) ?? [f], opts.readContext?.(f));
    const key = `${verifier.id}\0${createHash("sha256").update(JSON.stringify([cred.secret, ...Object.values(cred.partner)].sort())).digest("hex")}`;
    const existing = checks.get(key);
    if (existing) existing.findings.push(f);
    else checks.set(key, { verifier, cred, findings: [f] });
  }
  try {
    if (opts.verify !== false || opts.revoke) {
      await mapLimit([...checks.values()], opts.concurrency ?? 4, async (check) => {
        check.verdict = await session.verify(check, "verify");
      });
    }
    if (opts.revoke) await revokeLive(session, [...checks.values()], opts.dryRun !== false);
  } finally {
    audit?.close();
  }
  const results = {};
  for (const check of checks.values()) {
    const v = check.verdict;
    if (!v) continue;
    session.stats.checked++;
    const verification = {
      status: check.revoked ? "revoked" : v.status,
      provider: check.verifier.id,
      reason: check.revoked ? `was live (${v.reason}); now revoked` : v.reason,
      ...v.identity ? { identity: v.identity } : {},
      ...v.scopes?.length ? { scopes: v.scopes } : {},
      ...check.revocation ? { revocation: check.revocation } : {}
    };
    session.stats[verification.status]++;
    for (const f of check.findings) results[f.fingerprint] = verification;
  }
  return {
    results,
    findings: findings.map((f) => results[f.fingerprint] ? { ...f, verification: results[f.fingerprint] } : f),
    stats: session.stats,
    ...audit && opts.auditLog ? { audit: { file: opts.auditLog, records: audit.count, lastHash: audit.lastHash } } : {}
  };
}

export {
  REVOKERS,
  confirmFindings
};
