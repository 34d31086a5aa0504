/**
 * One run's context for verification and revocation: where each provider lives (built-in hosts or the
 * user's overrides), the HTTP options, the audit log, the counters. Every request goes through
 * `exchange`, so every attempt is audited and no reason or log line carries a secret.
 */
import type { AuditEntry } from '../audit/chain.js';
import type { AuditSink } from '../audit/log.js';
import type { Finding, Verification } from '../types.js';
import { describeRequest, joinUrl, scrub, send, type HttpOptions } from './http.js';
import { isVerdict, unknown, type Credential, type ProviderRequest, type ProviderResponse, type Verdict, type Verifier } from './types.js';

/** One distinct secret (plus partner facts) to check, and every finding it answers for. */
export interface Check {
  verifier: Verifier;
  cred: Credential;
  findings: Finding[];
  verdict?: Verdict;
  revocation?: Verification['revocation'];
  revoked?: boolean;
}

export interface ConfirmStats {
  checked: number;
  live: number;
  invalid: number;
  unknown: number;
  revoked: number;
  /** HTTP requests sent (attempts included). */
  requests: number;
}

export interface Session {
  http: HttpOptions;
  stats: ConfirmStats;
  urlFor(check: Check, req: ProviderRequest): URL | Verdict;
  /** Sends one request for `check`; `read` turns the answer into a verdict. Audited. */
  exchange(check: Check, req: ProviderRequest, action: AuditEntry['action'], read: (res: ProviderResponse) => Verdict): Promise<Verdict>;
  /** The verifier's request (or offline verdict) for `check`. Audited. */
  verify(check: Check, action: 'verify' | 'reverify'): Promise<Verdict>;
  record(check: Check, e: Omit<AuditEntry, 'time' | 'rule' | 'fingerprint' | 'provider' | 'also'>): void;
}

const HOST_LABEL = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** What must never appear in a reason, a log line or an audit record. */
export function secretsOf(check: Check): string[] {
  // Partner facts that are secrets too; a shop name or account SID is not.
  const { awsSecretKey, awsSessionToken, twilioSecret } = check.cred.partner;
  return [check.cred.secret, awsSecretKey, awsSessionToken, twilioSecret].filter((s): s is string => Boolean(s));
}

export function createSession(overrides: Record<string, string>, http: HttpOptions, audit: AuditSink | undefined): Session {
  const now = () => new Date(http.now());
  const stats: ConfirmStats = { checked: 0, live: 0, invalid: 0, unknown: 0, revoked: 0, requests: 0 };

  const record: Session['record'] = (check, e) => {
    const [first, ...rest] = check.findings;
    audit?.append({
      time: now().toISOString(), rule: first!.ruleId, fingerprint: first!.fingerprint,
      ...(rest.length ? { also: [...new Set(rest.map((f) => f.fingerprint))] } : {}),
      provider: check.verifier.id, ...e,
      ...(e.reason ? { reason: scrub(e.reason, secretsOf(check)) } : {}),
    });
  };

  const urlFor: Session['urlFor'] = ({ verifier: v, cred }, req) => {
    let base = overrides[v.id] ?? v.bases[req.base ?? 'api'];
    if (base === undefined) return unknown(`no address for ${v.name}: it is self-hosted; pass --provider-url ${v.id}=https://YOUR-HOST`);
    if (!overrides[v.id]) {
      // Placeholders (a Shopify shop) come from the scanned text: only a plain host label may fill one.
      for (const [, name] of base.matchAll(/\{(\w+)\}/g)) {
        const value = cred.partner[name!];
        if (!value || !HOST_LABEL.test(value)) return unknown(`no ${name} to build the ${v.name} address from`);
        base = base.replace(`{${name}}`, value);
      }
    }
    return joinUrl(base, req.path);
  };

  const exchange: Session['exchange'] = async (check, req, action, read) => {
    const url = urlFor(check, req);
    if (!(url instanceof URL)) {
      record(check, { action, outcome: 'not sent', verdict: url.status, reason: url.reason });
      return url;
    }
    const headers = { ...(req.headers ?? {}) };
    const body = req.body ?? (req.method === 'GET' || req.method === 'DELETE' ? undefined : '');
    if (req.sign) Object.assign(headers, req.sign(url, { method: req.method, headers: req.headers ?? {}, body: body ?? '' }, now()));
    const outcome = await send({ method: req.method, url, headers, ...(body !== undefined ? { body } : {}) }, http);
    stats.requests += outcome.attempts;
    const verdict = outcome.kind === 'response' ? read(outcome.response) : unknown(outcome.reason);
    const clean = { ...verdict, reason: scrub(verdict.reason, secretsOf(check)) };
    record(check, {
      action, outcome: outcome.kind === 'response' ? `HTTP ${outcome.response.status}` : outcome.reason, attempts: outcome.attempts,
      request: describeRequest(req.method, url, secretsOf(check)), verdict: clean.status, reason: clean.reason,
    });
    return clean;
  };

  const verify: Session['verify'] = async (check, action) => {
    const req = check.verifier.request(check.cred);
    if (isVerdict(req)) {
      record(check, { action, outcome: 'offline: no request sent', verdict: req.status, reason: req.reason });
      return req;
    }
    return exchange(check, req, action, (res) => check.verifier.interpret(res, check.cred));
  };

  return { http, stats, urlFor, exchange, verify, record };
}
