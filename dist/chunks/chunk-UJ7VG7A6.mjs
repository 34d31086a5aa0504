import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  AWS_CANARY_ACCOUNTS,
  awsAccountId,
  decodeStructure
} from "./chunk-ALVH6ZA4.mjs";

// src/verify/types.ts
var isVerdict = (x) => "status" in x;
var obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
var str = (v) => typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : void 0;
var bearer = (t) => ({ authorization: `Bearer ${t}` });
var basic = (user, pass) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}` });
var live = (identity, scopes, reason = "the provider accepted it") => ({
  status: "live",
  reason,
  ...identity ? { identity } : {},
  ...scopes && scopes.length ? { scopes } : {}
});
var invalid = (reason) => ({ status: "invalid", reason });
var unknown = (reason) => ({ status: "unknown", reason });
var splitScopes = (h) => h ? h.split(",").map((s) => s.trim()).filter(Boolean) : [];
function byStatus(res, onLive, also = {}) {
  if (res.status >= 200 && res.status < 300) return onLive();
  const mapped = also[res.status];
  if (mapped) return mapped;
  if (res.status === 401) return invalid("the provider rejected it (HTTP 401)");
  return unknown(`unexpected answer (HTTP ${res.status})`);
}

// src/verify/providers/ai.ts
var modelCount = (json) => {
  const data = obj(json).data ?? obj(json).models;
  return Array.isArray(data) ? `${data.length} models visible` : void 0;
};
var openai = {
  id: "openai",
  name: "OpenAI",
  bases: { api: "https://api.openai.com" },
  request: (c) => ({ method: "GET", path: "/v1/models", headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const org = res.headers.get("openai-organization");
    return live(org ? `organization ${org}` : void 0, void 0, `the provider accepted it${modelCount(res.json) ? ` (${modelCount(res.json)})` : ""}`);
  })
};
var anthropic = {
  id: "anthropic",
  name: "Anthropic",
  bases: { api: "https://api.anthropic.com" },
  request: (c) => ({ method: "GET", path: "/v1/models", headers: { "x-api-key": c.secret, "anthropic-version": "2023-06-01" } }),
  interpret: (res) => byStatus(res, () => live(void 0, void 0, `the provider accepted it${modelCount(res.json) ? ` (${modelCount(res.json)})` : ""}`), {
    403: live(void 0, void 0, "the key is valid but may not list models (HTTP 403 permission_error)")
  })
};
var google = {
  id: "google",
  name: "Google API key",
  bases: { api: "https://generativelanguage.googleapis.com" },
  request: (c) => ({ method: "GET", path: "/v1/models?pageSize=1", headers: { "x-goog-api-key": c.secret } }),
  interpret: (res) => {
    if (res.status === 400) {
      return res.text.includes("API_KEY_INVALID") ? invalid("Google says API_KEY_INVALID") : unknown("unexpected answer (HTTP 400)");
    }
    return byStatus(res, () => live(void 0, ["generativelanguage.googleapis.com"]), {
      403: live(void 0, void 0, "the key exists but the Generative Language API is not enabled for it or it is restricted (HTTP 403)")
    });
  }
};
var huggingface = {
  id: "huggingface",
  name: "Hugging Face",
  bases: { api: "https://huggingface.co" },
  request: (c) => ({ method: "GET", path: "/api/whoami-v2", headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const body = obj(res.json);
    const token = obj(obj(body.auth).accessToken);
    return live(str(body.name) && `${str(body.name)}${str(body.type) ? ` (${str(body.type)})` : ""}`, str(token.role) ? [str(token.role)] : void 0);
  })
};

// src/verify/sigv4.ts
import { createHash, createHmac } from "node:crypto";
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
var hmac = (key, s) => createHmac("sha256", key).update(s, "utf8").digest();
var rfc3986 = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function signingKey(secret, day, region, service) {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), "aws4_request");
}
function canonicalRequest(method, url, headers, body) {
  const query = [...url.searchParams].map(([k, v]) => [rfc3986(k), rfc3986(v)]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0).map(([k, v]) => `${k}=${v}`).join("&");
  const names = Object.keys(headers).map((n) => n.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((n) => `${n}:${lower[n].trim().replace(/\s+/g, " ")}
`).join("");
  const signedHeaders = names.join(";");
  return { text: [method, url.pathname || "/", query, canonicalHeaders, signedHeaders, sha256(body)].join("\n"), signedHeaders };
}
function signV4(input) {
  const amzDate = input.date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const extra = { "x-amz-date": amzDate };
  if (input.sessionToken) extra["x-amz-security-token"] = input.sessionToken;
  const toSign = { ...input.headers, host: input.url.host, ...extra };
  const { text, signedHeaders } = canonicalRequest(input.method, input.url, toSign, input.body);
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(text)].join("\n");
  const signature = createHmac("sha256", signingKey(input.secretAccessKey, day, input.region, input.service)).update(stringToSign).digest("hex");
  return {
    ...extra,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
  };
}

// src/verify/providers/aws.ts
var KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;
function awsPair(c) {
  return KEY_ID.test(c.secret) ? { keyId: c.secret, secretKey: c.partner.awsSecretKey } : { keyId: c.partner.awsKeyId, secretKey: c.secret };
}
var tag = (xml, name) => new RegExp(`<${name}>([^<]{1,300})</${name}>`).exec(xml)?.[1];
var aws = {
  id: "aws",
  name: "AWS",
  bases: { api: "https://sts.amazonaws.com" },
  request: (c) => {
    const { keyId, secretKey } = awsPair(c);
    const account = keyId ? awsAccountId(keyId) : void 0;
    if (account && AWS_CANARY_ACCOUNTS.has(account)) {
      return unknown(`a canary token (AWS account ${account}): not called, because calling AWS with it alerts whoever planted it`);
    }
    if (!keyId || !secretKey) return unknown(`an AWS ${keyId ? "access key id needs its secret access key" : "secret access key needs its access key id"}, and none was found in the same file`);
    const body = "Action=GetCallerIdentity&Version=2011-06-15";
    const headers = { "content-type": "application/x-www-form-urlencoded; charset=utf-8" };
    return {
      method: "POST",
      path: "/",
      headers,
      body,
      sign: (url, req, now) => signV4({
        method: req.method,
        url,
        headers: req.headers,
        body: req.body,
        accessKeyId: keyId,
        secretAccessKey: secretKey,
        ...c.partner.awsSessionToken ? { sessionToken: c.partner.awsSessionToken } : {},
        region: "us-east-1",
        service: "sts",
        date: now
      })
    };
  },
  interpret: (res) => {
    if (res.status === 200) {
      const arn = tag(res.text, "Arn");
      return live(arn ?? (tag(res.text, "Account") && `account ${tag(res.text, "Account")}`));
    }
    const code = tag(res.text, "Code");
    if (res.status === 403 && code && /InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied/.test(code)) return invalid(`AWS says ${code}`);
    return unknown(`unexpected answer (HTTP ${res.status}${code ? `, ${code}` : ""})`);
  }
};

// src/verify/providers/cloud.ts
var digitalocean = {
  id: "digitalocean",
  name: "DigitalOcean",
  bases: { api: "https://api.digitalocean.com", oauth: "https://cloud.digitalocean.com" },
  request: (c) => c.secret.startsWith("dor_") ? unknown("refresh tokens are not checked: redeeming one would rotate it") : { method: "GET", path: "/v2/account", headers: bearer(c.secret) },
  interpret: (res) => byStatus(res, () => {
    const a = obj(obj(res.json).account);
    return live(`${str(a.email) ?? "?"}${str(a.status) ? ` (${str(a.status)})` : ""}`);
  })
};
var cloudflare = {
  id: "cloudflare",
  name: "Cloudflare",
  bases: { api: "https://api.cloudflare.com" },
  request: (c) => ({ method: "GET", path: "/client/v4/user/tokens/verify", headers: bearer(c.secret) }),
  interpret: (res) => {
    const b = obj(res.json);
    const r = obj(b.result);
    if (res.status === 200 && b.success === true) {
      return str(r.status) === "active" ? live(`token ${str(r.id) ?? "?"}${str(r.expires_on) ? `, expires ${str(r.expires_on)}` : ""}`) : invalid(`Cloudflare says the token is ${str(r.status) ?? "not active"}`);
    }
    if (res.status === 400 || res.status === 401 || res.status === 403) return invalid(`Cloudflare rejected it (HTTP ${res.status})`);
    return unknown(`unexpected answer (HTTP ${res.status})`);
  }
};
var datadog = {
  id: "datadog",
  name: "Datadog",
  // US1; keys of other sites (EU, US3, …) answer 403 here: pass --provider-url datadog=https://api.datadoghq.eu
  bases: { api: "https://api.datadoghq.com" },
  request: (c) => ({ method: "GET", path: "/api/v1/validate", headers: { "dd-api-key": c.secret } }),
  interpret: (res) => {
    if (res.status === 200 && obj(res.json).valid === true) return live(void 0, void 0, "Datadog says valid");
    if (res.status === 403 || res.status === 401) return invalid(`Datadog rejected it (HTTP ${res.status}) on this site`);
    return unknown(`unexpected answer (HTTP ${res.status})`);
  }
};
var vault = {
  id: "vault",
  name: "HashiCorp Vault",
  // Vault is always self-hosted: no built-in address. The user names theirs on the command line.
  bases: {},
  request: (c) => ({ method: "GET", path: "/v1/auth/token/lookup-self", headers: { "x-vault-token": c.secret } }),
  interpret: (res) => byStatus(res, () => {
    const d = obj(obj(res.json).data);
    const policies = Array.isArray(d.policies) ? d.policies.filter((p) => typeof p === "string") : [];
    return live(`${str(d.display_name) ?? "token"}${str(d.expire_time) ? `, expires ${str(d.expire_time)}` : ""}`, policies);
  }, { 403: invalid("Vault says permission denied (HTTP 403): the token is not valid") })
};

// src/verify/providers/commerce.ts
var stripe = {
  id: "stripe",
  name: "Stripe",
  bases: { api: "https://api.stripe.com" },
  request: (c) => ({ method: "GET", path: "/v1/account", headers: bearer(c.secret) }),
  interpret: (res, c) => byStatus(res, () => {
    const b = obj(res.json);
    const name = str(obj(b.business_profile).name) ?? str(b.email);
    return live(`account ${str(b.id) ?? "?"}${name ? ` (${name})` : ""}${c.secret.includes("_test_") ? ", test mode" : ""}`);
  }, { 403: live(void 0, void 0, "a restricted key: valid, but may not read the account (HTTP 403)") })
};
var SHOP = /^[a-z0-9][a-z0-9-]{0,60}$/;
var shopify = {
  id: "shopify",
  name: "Shopify",
  bases: { api: "https://{shop}.myshopify.com" },
  request: (c) => c.partner.shop && SHOP.test(c.partner.shop) ? { method: "GET", path: "/admin/oauth/access_scopes.json", headers: { "x-shopify-access-token": c.secret } } : unknown("a Shopify token needs its shop (NAME.myshopify.com), and none was found in the same file"),
  interpret: (res, c) => byStatus(res, () => {
    const list = obj(res.json).access_scopes;
    const scopes = Array.isArray(list) ? list.map((s) => str(obj(s).handle)).filter((s) => Boolean(s)) : [];
    return live(`shop ${c.partner.shop}.myshopify.com`, scopes);
  })
};

// src/verify/providers/devtools.ts
var stringList = (v) => Array.isArray(v) ? v.filter((s) => typeof s === "string") : [];
var postman = {
  id: "postman",
  name: "Postman",
  bases: { api: "https://api.getpostman.com" },
  request: (c) => ({ method: "GET", path: "/me", headers: { "x-api-key": c.secret } }),
  interpret: (res) => byStatus(res, () => {
    const u = obj(obj(res.json).user);
    return live(str(u.username) ?? str(u.email));
  })
};
var sentry = {
  id: "sentry",
  name: "Sentry",
  bases: { api: "https://sentry.io" },
  // The API root answers with who is asking and the token's scopes; it answers anonymous callers too.
  request: (c) => ({ method: "GET", path: "/api/0/", headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const auth = obj(b.auth);
    if (!b.auth) return invalid("Sentry answered as for an anonymous caller");
    const user = obj(b.user);
    return live(str(user.username) ?? str(user.email), stringList(auth.scopes));
  })
};
var linear = {
  id: "linear",
  name: "Linear",
  bases: { api: "https://api.linear.app" },
  // A GraphQL query (read-only): personal API keys go in Authorization without "Bearer".
  request: (c) => ({ method: "POST", path: "/graphql", headers: { authorization: c.secret, "content-type": "application/json" }, body: '{"query":"{ viewer { id name email } }"}' }),
  interpret: (res) => {
    const b = obj(res.json);
    const viewer = obj(obj(b.data).viewer);
    if (res.status === 200 && str(viewer.id)) return live(`${str(viewer.name) ?? "?"}${str(viewer.email) ? ` <${str(viewer.email)}>` : ""}`);
    if ((res.status === 400 || res.status === 401) && res.text.includes("AUTHENTICATION_ERROR")) return invalid("Linear says AUTHENTICATION_ERROR");
    return byStatus(res, () => unknown("no viewer in the answer"));
  }
};
var notion = {
  id: "notion",
  name: "Notion",
  bases: { api: "https://api.notion.com" },
  request: (c) => ({ method: "GET", path: "/v1/users/me", headers: { ...bearer(c.secret), "notion-version": "2022-06-28" } }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const ws = str(obj(b.bot).workspace_name);
    return live(`${str(b.name) ?? "integration"}${ws ? ` in workspace ${ws}` : ""}`);
  }, { 403: live(void 0, void 0, "the integration is valid but lacks the user-information capability (HTTP 403)") })
};
var figma = {
  id: "figma",
  name: "Figma",
  bases: { api: "https://api.figma.com" },
  request: (c) => ({ method: "GET", path: "/v1/me", headers: { "x-figma-token": c.secret } }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    return live(`${str(b.handle) ?? "?"}${str(b.email) ? ` <${str(b.email)}>` : ""}`);
  }, { 403: invalid('Figma says "Invalid token" (HTTP 403)') })
};
var buildkite = {
  id: "buildkite",
  name: "Buildkite",
  bases: { api: "https://api.buildkite.com" },
  request: (c) => ({ method: "GET", path: "/v2/access-token", headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const user = obj(b.user);
    return live(str(user.name) ? `${str(user.name)}${str(user.email) ? ` <${str(user.email)}>` : ""}` : `token ${str(b.uuid) ?? "?"}`, stringList(b.scopes));
  })
};
var doppler = {
  id: "doppler",
  name: "Doppler",
  bases: { api: "https://api.doppler.com" },
  request: (c) => ({ method: "GET", path: "/v3/me", headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const workplace = str(obj(b.workplace).name);
    return live(`${str(b.type) ?? "token"} "${str(b.name) ?? "?"}"${workplace ? ` in ${workplace}` : ""}`);
  })
};
var heroku = {
  id: "heroku",
  name: "Heroku",
  bases: { api: "https://api.heroku.com" },
  request: (c) => ({ method: "GET", path: "/account", headers: { ...bearer(c.secret), accept: "application/vnd.heroku+json; version=3" } }),
  interpret: (res) => byStatus(res, () => live(str(obj(res.json).email)))
};

// src/verify/providers/github.ts
var github = {
  id: "github",
  name: "GitHub",
  bases: { api: "https://api.github.com" },
  request: (c) => ({
    method: "GET",
    // Installation tokens (ghs_) cannot read /user; they can list what they reach.
    path: c.secret.startsWith("ghs_") ? "/installation/repositories?per_page=1" : "/user",
    headers: { authorization: `token ${c.secret}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" }
  }),
  interpret: (res, c) => byStatus(res, () => {
    const body = obj(res.json);
    const scopes = splitScopes(res.headers.get("x-oauth-scopes"));
    if (c.secret.startsWith("ghs_")) return live(`GitHub App installation (${str(body.total_count) ?? "?"} repositories)`, scopes);
    return live(str(body.login) ? `${str(body.login)}${str(body.type) ? ` (${str(body.type)})` : ""}` : void 0, scopes);
  })
};

// src/verify/providers/gitlab.ts
var gitlab = {
  id: "gitlab",
  name: "GitLab",
  bases: { api: "https://gitlab.com" },
  // A token can always read itself: name, scopes, owner, and whether it is still active.
  request: (c) => ({ method: "GET", path: "/api/v4/personal_access_tokens/self", headers: { "private-token": c.secret } }),
  interpret: (res) => {
    const body = obj(res.json);
    if (res.status === 200 && (body.active === false || body.revoked === true)) return { status: "invalid", reason: "GitLab says the token is revoked or inactive" };
    return byStatus(res, () => {
      const scopes = Array.isArray(body.scopes) ? body.scopes.filter((s) => typeof s === "string") : [];
      return live(`token "${str(body.name) ?? "?"}" of user #${str(body.user_id) ?? "?"}${str(body.expires_at) ? `, expires ${str(body.expires_at)}` : ""}`, scopes);
    }, { 403: live(void 0, void 0, "GitLab accepted it but it may not read its own details (HTTP 403)") });
  }
};

// src/verify/providers/jwt.ts
function jwtExpiry(secret) {
  const s = decodeStructure("jwt", secret);
  const exp = s.info?.data?.exp;
  return typeof exp === "number" ? exp : void 0;
}
var jwt = {
  id: "jwt",
  name: "JWT (offline)",
  bases: {},
  request: (c) => {
    const exp = jwtExpiry(c.secret);
    if (exp === void 0) return unknown("no expiry in the token and no issuer to ask: treat it as live");
    const when = new Date(exp * 1e3);
    return exp * 1e3 < Date.now() ? invalid(`expired at ${when.toISOString()}`) : unknown(`valid until ${when.toISOString()}; no issuer to ask`);
  },
  interpret: () => unknown("not a network check")
};

// src/verify/providers/messaging.ts
var discord = {
  id: "discord",
  name: "Discord",
  bases: { api: "https://discord.com" },
  request: (c) => ({ method: "GET", path: "/api/v10/users/@me", headers: { authorization: `Bot ${c.secret}` } }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    return live(str(b.username) && `bot ${str(b.username)} (id ${str(b.id) ?? "?"})`);
  })
};
var telegram = {
  id: "telegram",
  name: "Telegram",
  bases: { api: "https://api.telegram.org" },
  // The token is in the path (Bot API design): http.ts never reports URLs, only host and masked path.
  request: (c) => ({ method: "GET", path: `/bot${c.secret}/getMe` }),
  interpret: (res) => {
    const b = obj(res.json);
    if (res.status === 200 && b.ok === true) {
      const r = obj(b.result);
      return live(str(r.username) && `bot @${str(r.username)} (id ${str(r.id) ?? "?"})`);
    }
    if (res.status === 401 || res.status === 404) return invalid(`Telegram rejected it (HTTP ${res.status})`);
    return unknown(`unexpected answer (HTTP ${res.status})`);
  }
};
var TWILIO_SID = /^AC[0-9a-f]{32}$/;
var TWILIO_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
var twilio = {
  id: "twilio",
  name: "Twilio",
  bases: { api: "https://api.twilio.com" },
  request: (c) => {
    if (TWILIO_KEY_SID.test(c.secret)) {
      const secret = c.partner.twilioSecret;
      return secret ? { method: "GET", path: "/2010-04-01/Accounts.json?PageSize=1", headers: basic(c.secret, secret) } : unknown("an API key SID needs its secret, and none was found in the same file");
    }
    if (c.partner.twilioSid && TWILIO_SID.test(c.partner.twilioSid)) {
      return { method: "GET", path: `/2010-04-01/Accounts/${c.partner.twilioSid}.json`, headers: basic(c.partner.twilioSid, c.secret) };
    }
    if (c.partner.twilioKeySid && TWILIO_KEY_SID.test(c.partner.twilioKeySid)) {
      return { method: "GET", path: "/2010-04-01/Accounts.json?PageSize=1", headers: basic(c.partner.twilioKeySid, c.secret) };
    }
    return unknown("a Twilio auth token needs its account SID (AC\u2026), and none was found in the same file");
  },
  interpret: (res, c) => byStatus(res, () => {
    const b = obj(res.json);
    const account = Array.isArray(b.accounts) ? obj(b.accounts[0]) : b;
    const name = str(account.friendly_name);
    return live(`account ${str(account.sid) ?? c.partner.twilioSid ?? "?"}${name ? ` "${name}"` : ""}${str(account.status) ? `, ${str(account.status)}` : ""}`);
  })
};
var sendgrid = {
  id: "sendgrid",
  name: "SendGrid",
  bases: { api: "https://api.sendgrid.com" },
  request: (c) => ({ method: "GET", path: "/v3/scopes", headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const scopes = obj(res.json).scopes;
    return live(void 0, Array.isArray(scopes) ? scopes.filter((s) => typeof s === "string") : void 0);
  }, { 403: live(void 0, void 0, "the key is valid but may not read its scopes (HTTP 403)") })
};
var mailgun = {
  id: "mailgun",
  name: "Mailgun",
  bases: { api: "https://api.mailgun.net" },
  request: (c) => ({ method: "GET", path: "/v3/domains?limit=5", headers: basic("api", c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const names = Array.isArray(b.items) ? b.items.map((d) => str(obj(d).name)).filter(Boolean) : [];
    return live(`${str(b.total_count) ?? names.length} sending domain(s)${names.length ? `: ${names.join(", ")}` : ""}`);
  }, { 403: invalid("Mailgun rejected it (HTTP 403)") })
};

// src/verify/providers/registries.ts
var npm = {
  id: "npm",
  name: "npm",
  bases: { api: "https://registry.npmjs.org" },
  request: (c) => ({ method: "GET", path: "/-/whoami", headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => live(str(obj(res.json).username)), { 403: { status: "invalid", reason: "npm rejected it (HTTP 403)" } })
};

// src/verify/providers/slack.ts
var DEAD = /* @__PURE__ */ new Set(["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "no_permission", "org_login_required"]);
var slack = {
  id: "slack",
  name: "Slack",
  bases: { api: "https://slack.com" },
  request: (c) => ({ method: "POST", path: "/api/auth.test", headers: { ...bearer(c.secret), "content-type": "application/x-www-form-urlencoded" }, body: "" }),
  interpret: (res) => {
    const body = obj(res.json);
    if (res.status !== 200 || typeof body.ok !== "boolean") return unknown(`unexpected answer (HTTP ${res.status})`);
    if (body.ok) {
      const who = [str(body.user) && `${str(body.user)}`, str(body.team) && `team ${str(body.team)}`, str(body.url)].filter(Boolean).join(", ");
      return live(who || void 0, splitScopes(res.headers.get("x-oauth-scopes")));
    }
    const error = str(body.error) ?? "unknown error";
    return DEAD.has(error) ? invalid(`Slack says "${error}"`) : unknown(`Slack says "${error}"`);
  }
};

// src/verify/registry.ts
var VERIFIERS = new Map(
  [
    github,
    gitlab,
    npm,
    slack,
    stripe,
    openai,
    anthropic,
    google,
    huggingface,
    digitalocean,
    sendgrid,
    twilio,
    mailgun,
    shopify,
    discord,
    telegram,
    postman,
    doppler,
    sentry,
    heroku,
    linear,
    notion,
    figma,
    cloudflare,
    datadog,
    aws,
    vault,
    buildkite,
    jwt
  ].map((v) => [v.id, v])
);

export {
  isVerdict,
  obj,
  bearer,
  unknown,
  VERIFIERS
};
