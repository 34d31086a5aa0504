/**
 * Confirm leaks: verify each finding's secret with the provider that issued it (read-only), then —
 * only when asked, and only for secrets found live in this same run — revoke it, verify again, and
 * call it `revoked` only once the provider confirms it dead. Every attempt goes to the audit log.
 *
 * The CLI (`scan --verify/--revoke`) and the GitHub Action call this; `fetch` is injected.
 */
import { createHash } from 'node:crypto';
import { openAuditLog, type AuditSink } from '../audit/log.js';
import type { AuditEntry } from '../audit/chain.js';
import { REVOKERS } from '../revoke/providers.js';
import type { Finding, Verification } from '../types.js';
import { defaultHttpOptions, describeRequest, joinUrl, scrub, send, type HttpOptions } from './http.js';
import { credentialFor, groupByFile } from './pair.js';
import { mapLimit } from './pool.js';
import { checkProviderUrls, parseProviderUrls } from './provider-urls.js';
import { VERIFIERS } from './registry.js';
import { isVerdict, unknown, type Credential, type ProviderRequest, type Verdict, type Verifier } from './types.js';

export interface ConfirmOptions {
  /** Check liveness (default true). */
  verify?: boolean;
  /** Revoke secrets found live, where the provider has a self-revocation API. */
  revoke?: boolean;
  /** With `revoke`: say what would be revoked, send nothing (default true — `--yes` turns it off). */
  dryRun?: boolean;
  /** `{ gitlab: 'https://gitlab.example.com' }` or `['gitlab=https://…']`: the user's own overrides only. */
  providerUrls?: Record<string, string> | string[];
  /** Allow overrides to private, loopback and link-local addresses (tests, internal servers). */
  allowPrivate?: boolean;
  /** Append every attempt to this hash-chained JSONL file. */
  auditLog?: string;
  fetch?: typeof fetch;
  /** Checks in flight at once (default 4). */
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** DNS resolution for the private-address check of overrides. */
  lookup?: (host: string) => Promise<string[]>;
  /** The text of a finding's file, to find the second part of multi-part credentials (Twilio SID, shop). */
  readContext?: (f: Finding) => string | undefined;
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

export interface ConfirmResult {
  /** The verdict per finding fingerprint. */
  results: Record<string, Verification>;
  /** The findings given, each with its `verification` (findings without a verifier unchanged). */
  findings: Finding[];
  stats: ConfirmStats;
  audit?: { file: string; records: number; lastHash: string };
}

/** One distinct secret (plus partner facts) to check, and every finding it answers for. */
interface Check {
  verifier: Verifier;
  cred: Credential;
  findings: Finding[];
  verdict?: Verdict;
  revocation?: Verification['revocation'];
  revoked?: boolean;
}

const HOST_LABEL = /^[a-z0-9][a-z0-9-]{0,62}$/;

export async function confirmFindings(findings: Finding[], opts: ConfirmOptions = {}): Promise<ConfirmResult> {
  const overrides = Array.isArray(opts.providerUrls) ? parseProviderUrls(opts.providerUrls, VERIFIERS.keys()) : { ...(opts.providerUrls ?? {}) };
  for (const id of Object.keys(overrides)) {
    if (!VERIFIERS.has(id)) parseProviderUrls([`${id}=${overrides[id]}`], VERIFIERS.keys());
  }
  await checkProviderUrls(overrides, { allowPrivate: opts.allowPrivate === true, ...(opts.lookup ? { lookup: opts.lookup } : {}) });
  const http: HttpOptions = {
    ...defaultHttpOptions(opts.fetch ?? fetch),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.retries !== undefined ? { retries: opts.retries } : {}),
    ...(opts.maxWaitMs !== undefined ? { maxWaitMs: opts.maxWaitMs } : {}),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  };
  const now = () => new Date(http.now());
  const stats: ConfirmStats = { checked: 0, live: 0, invalid: 0, unknown: 0, revoked: 0, requests: 0 };
  const audit: AuditSink | undefined = opts.auditLog ? openAuditLog(opts.auditLog) : undefined;
  const record = (check: Check, e: Omit<AuditEntry, 'time' | 'rule' | 'fingerprint' | 'provider' | 'also'>) => {
    const [first, ...rest] = check.findings;
    audit?.append({
      time: now().toISOString(), rule: first!.ruleId, fingerprint: first!.fingerprint,
      ...(rest.length ? { also: [...new Set(rest.map((f) => f.fingerprint))] } : {}),
      provider: check.verifier.id, ...e,
      ...(e.reason ? { reason: scrub(e.reason, secretsOf(check)) } : {}),
    });
  };

  /** The final URL of a request, or why it cannot be built. */
  const urlFor = (v: Verifier, cred: Credential, req: ProviderRequest): URL | Verdict => {
    let base = overrides[v.id] ?? v.bases[req.base ?? 'api'];
    if (base === undefined) return unknown(`no address for ${v.name}: it is self-hosted; pass --provider-url ${v.id}=https://YOUR-HOST`);
    if (!overrides[v.id]) {
      for (const [, name] of base.matchAll(/\{(\w+)\}/g)) {
        const value = cred.partner[name!];
        if (!value || !HOST_LABEL.test(value)) return unknown(`no ${name} to build the ${v.name} address from`);
        base = base.replace(`{${name}}`, value);
      }
    }
    return joinUrl(base, req.path);
  };

  /** Sends one provider request; the verdict comes from `read`. */
  const exchange = async (check: Check, req: ProviderRequest, action: AuditEntry['action'], read: (res: import('./types.js').ProviderResponse) => Verdict): Promise<Verdict> => {
    const url = urlFor(check.verifier, check.cred, req);
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

  const verifyOne = async (check: Check, action: 'verify' | 'reverify'): Promise<Verdict> => {
    const req = check.verifier.request(check.cred);
    if (isVerdict(req)) {
      record(check, { action, outcome: 'offline: no request sent', verdict: req.status, reason: req.reason });
      return req;
    }
    return exchange(check, req, action, (res) => check.verifier.interpret(res, check.cred));
  };

  // One check per distinct secret: a secret found in 50 commits is asked about once.
  const checks = new Map<string, Check>();
  const groups = groupByFile(findings);
  for (const f of findings) {
    const verifier = f.verify ? VERIFIERS.get(f.verify) : undefined;
    if (!verifier) continue;
    const cred = credentialFor(f, groups.get(`${f.file}\0${f.commit ?? ''}`) ?? [f], opts.readContext?.(f));
    const key = `${verifier.id}\0${createHash('sha256').update(JSON.stringify([cred.secret, Object.entries(cred.partner).sort()])).digest('hex')}`;
    const existing = checks.get(key);
    if (existing) existing.findings.push(f);
    else checks.set(key, { verifier, cred, findings: [f] });
  }

  try {
    if (opts.verify !== false || opts.revoke) {
      await mapLimit([...checks.values()], opts.concurrency ?? 4, async (check) => {
        check.verdict = await verifyOne(check, 'verify');
      });
    }
    if (opts.revoke) await revokeLive([...checks.values()], opts.dryRun !== false);
  } finally {
    audit?.close();
  }

  async function revokeLive(all: Check[], dryRun: boolean): Promise<void> {
    const byRevoker = new Map<string, Check[]>();
    for (const check of all) {
      if (check.verdict?.status !== 'live') continue;
      const f = check.findings[0]!;
      const revoker = f.revoke ? REVOKERS.get(f.revoke) : undefined;
      if (!revoker) {
        check.revocation = {
          action: 'manual',
          detail: `${check.verifier.name} has no API that revokes it with the secret alone: rotate it by hand${f.remediation ? ` at ${f.remediation}` : ' with its issuer'}`,
          ...(f.remediation ? { rotateAt: f.remediation } : {}),
        };
        continue;
      }
      byRevoker.set(revoker.id, [...(byRevoker.get(revoker.id) ?? []), check]);
    }
    // Revokers run one after another, and their requests in order: rate limits are per provider.
    for (const [id, list] of byRevoker) {
      const revoker = REVOKERS.get(id)!;
      const bySecret = new Map(list.map((c) => [c.cred.secret, c]));
      for (const step of revoker.plan(list.map((c) => c.cred))) {
        const stepChecks = step.creds.map((c) => bySecret.get(c.secret)!);
        if (dryRun) {
          for (const check of stepChecks) {
            const url = urlFor(check.verifier, check.cred, step.request);
            const where = url instanceof URL ? describeRequest(step.request.method, url, secretsOf(check)) : url.reason;
            check.revocation = { action: 'dry-run', detail: `would revoke it with ${revoker.name} (${where}); run again with --yes to do it` };
            record(check, { action: 'revoke', outcome: 'not sent: dry run', verdict: 'live', reason: check.revocation.detail });
          }
          continue;
        }
        // A batch is one request: recorded once per secret it carries, with the same outcome.
        const lead = stepChecks[0]!;
        let accepted = false;
        const outcome = await exchange(lead, step.request, 'revoke', (res) => {
          accepted = revoker.accepted(res);
          return accepted ? { status: 'unknown', reason: `${revoker.name} accepted the revocation (HTTP ${res.status})` }
            : unknown(`${revoker.name} refused the revocation (HTTP ${res.status})`);
        });
        for (const check of stepChecks.slice(1)) record(check, { action: 'revoke', outcome: 'sent in a batch with the record before', verdict: outcome.status, reason: outcome.reason });
        for (const check of stepChecks) {
          if (!accepted) {
            check.revocation = { action: 'failed', detail: outcome.reason };
            continue;
          }
          await confirmDead(check, revoker.name);
        }
      }
    }
  }

  /** Verify again; revocation can take a moment (GitHub answers 202), so ask up to three times. */
  async function confirmDead(check: Check, name: string): Promise<void> {
    for (let i = 0; i < 3; i++) {
      if (i > 0) await http.sleep(1000 * i);
      const v = await verifyOne(check, 'reverify');
      if (v.status === 'invalid') {
        check.revoked = true;
        check.revocation = { action: 'revoked', detail: `revoked with ${name}; the provider now rejects it (${v.reason})` };
        return;
      }
      if (v.status !== 'live') break;
    }
    check.revocation = { action: 'failed', detail: `${name} accepted the revocation, but the provider does not yet confirm the secret is dead: check again, and rotate it by hand if it still works` };
  }

  const results: Record<string, Verification> = {};
  for (const check of checks.values()) {
    const v = check.verdict;
    if (!v) continue;
    stats.checked++;
    const verification: Verification = {
      status: check.revoked ? 'revoked' : v.status,
      provider: check.verifier.id,
      reason: v.reason,
      ...(v.identity ? { identity: v.identity } : {}),
      ...(v.scopes?.length ? { scopes: v.scopes } : {}),
      ...(check.revocation ? { revocation: check.revocation } : {}),
    };
    stats[verification.status]++;
    for (const f of check.findings) results[f.fingerprint] = verification;
  }
  return {
    results,
    findings: findings.map((f) => (results[f.fingerprint] ? { ...f, verification: results[f.fingerprint] } : f)),
    stats,
    ...(audit && opts.auditLog ? { audit: { file: opts.auditLog, records: audit.count, lastHash: audit.lastHash } } : {}),
  };
}

function secretsOf(check: Check): string[] {
  // Partner facts that are secrets too; a shop name or account SID is not.
  const { awsSecretKey, awsSessionToken, twilioSecret } = check.cred.partner;
  return [check.cred.secret, awsSecretKey, awsSessionToken, twilioSecret].filter((s): s is string => Boolean(s));
}
