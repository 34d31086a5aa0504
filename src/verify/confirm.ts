/**
 * Confirm leaks: verify each finding's secret with the provider that issued it (read-only), then —
 * only when asked, and only for secrets found live in this same run — revoke it (src/revoke). Every
 * attempt goes to the audit log.
 *
 * The CLI (`scan --verify/--revoke`) and the GitHub Action call this; `fetch` is injected.
 */
import { createHash } from 'node:crypto';
import { openAuditLog } from '../audit/log.js';
import { revokeLive } from '../revoke/revoke.js';
import type { Finding, Verification } from '../types.js';
import { defaultHttpOptions, type HttpOptions } from './http.js';
import { credentialFor, groupByFile } from './pair.js';
import { mapLimit } from './pool.js';
import { checkProviderUrls, parseProviderUrls } from './provider-urls.js';
import { VERIFIERS } from './registry.js';
import { createSession, type Check, type ConfirmStats } from './session.js';

export type { ConfirmStats } from './session.js';

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

export interface ConfirmResult {
  /** The verdict per finding fingerprint. */
  results: Record<string, Verification>;
  /** The findings given, each with its `verification` (findings without a verifier unchanged). */
  findings: Finding[];
  stats: ConfirmStats;
  audit?: { file: string; records: number; lastHash: string };
}

export async function confirmFindings(findings: Finding[], opts: ConfirmOptions = {}): Promise<ConfirmResult> {
  const specs = Array.isArray(opts.providerUrls) ? opts.providerUrls : Object.entries(opts.providerUrls ?? {}).map(([id, url]) => `${id}=${url}`);
  const overrides = parseProviderUrls(specs, VERIFIERS.keys());
  await checkProviderUrls(overrides, { allowPrivate: opts.allowPrivate === true, ...(opts.lookup ? { lookup: opts.lookup } : {}) });
  const http: HttpOptions = {
    ...defaultHttpOptions(opts.fetch ?? fetch),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.retries !== undefined ? { retries: opts.retries } : {}),
    ...(opts.maxWaitMs !== undefined ? { maxWaitMs: opts.maxWaitMs } : {}),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  };
  const audit = opts.auditLog ? openAuditLog(opts.auditLog) : undefined;
  const session = createSession(overrides, http, audit);

  // One check per distinct secret: a secret found in 50 commits is asked about once.
  const checks = new Map<string, Check>();
  const groups = groupByFile(findings);
  for (const f of findings) {
    const verifier = f.verify ? VERIFIERS.get(f.verify) : undefined;
    if (!verifier) continue;
    const cred = credentialFor(f, groups.get(`${f.file}\0${f.commit ?? ''}`) ?? [f], opts.readContext?.(f));
    // Keyed on every part, in any order: an AWS key id with its secret and that secret with its key id
    // are one credential, checked once.
    const key = `${verifier.id}\0${createHash('sha256').update(JSON.stringify([cred.secret, ...Object.values(cred.partner)].sort())).digest('hex')}`;
    const existing = checks.get(key);
    if (existing) existing.findings.push(f);
    else checks.set(key, { verifier, cred, findings: [f] });
  }

  try {
    if (opts.verify !== false || opts.revoke) {
      await mapLimit([...checks.values()], opts.concurrency ?? 4, async (check) => {
        check.verdict = await session.verify(check, 'verify');
      });
    }
    if (opts.revoke) await revokeLive(session, [...checks.values()], opts.dryRun !== false);
  } finally {
    audit?.close();
  }

  const results: Record<string, Verification> = {};
  for (const check of checks.values()) {
    const v = check.verdict;
    if (!v) continue;
    session.stats.checked++;
    const verification: Verification = {
      status: check.revoked ? 'revoked' : v.status,
      provider: check.verifier.id,
      reason: check.revoked ? `was live (${v.reason}); now revoked` : v.reason,
      ...(v.identity ? { identity: v.identity } : {}),
      ...(v.scopes?.length ? { scopes: v.scopes } : {}),
      ...(check.revocation ? { revocation: check.revocation } : {}),
    };
    session.stats[verification.status]++;
    for (const f of check.findings) results[f.fingerprint] = verification;
  }
  return {
    results,
    findings: findings.map((f) => (results[f.fingerprint] ? { ...f, verification: results[f.fingerprint] } : f)),
    stats: session.stats,
    ...(audit && opts.auditLog ? { audit: { file: opts.auditLog, records: audit.count, lastHash: audit.lastHash } } : {}),
  };
}
