/**
 * The seam where verification and revocation (src/verify, src/revoke) plug into the Action: run() hands
 * over the findings and the inputs, and gets verdicts back per fingerprint. Tests inject their own;
 * the runner's is verify.ts, which loads the verification code only when `verify: true`.
 */
import type { Finding } from '../types.js';
import type { RevokeMode } from './inputs.js';

export type ConfirmStatus = 'not verified' | 'live' | 'invalid' | 'unknown';

/** What verification (and revocation) concluded about one finding's secret. */
export interface ConfirmVerdict {
  status: ConfirmStatus;
  /** True only when the provider confirmed the token dead after leakward revoked it. */
  revoked?: boolean;
  /** Short, secret-free words for the summary: the identity, or where to rotate it. */
  detail?: string;
}

export interface ConfirmOptions {
  verify: boolean;
  revoke: RevokeMode;
  /** Provider base URLs from the `provider-urls` input only: never from repository files. */
  providerUrls: Record<string, string>;
  /** `allow-private-provider-urls`: overrides may name loopback and private hosts (tests, self-hosted). */
  allowPrivate: boolean;
  /** Absolute path of the hash-chained audit log to append to. */
  auditLog: string;
}

/** The audit log after the run: how many records this run appended, and the chain's last hash. */
export interface AuditSummary {
  file: string;
  records: number;
  lastHash: string;
}

export interface ConfirmOutcome {
  /** Verdicts keyed by finding fingerprint; a finding without one is `not verified`. */
  verdicts: Map<string, ConfirmVerdict>;
  audit?: AuditSummary;
}

export type Confirm = (findings: Finding[], options: ConfirmOptions) => Promise<ConfirmOutcome>;

export const NOT_VERIFIED: ConfirmVerdict = { status: 'not verified' };

/** Checks nothing, sends nothing: for tests that are not about verification. */
export const confirmNothing: Confirm = async () => ({ verdicts: new Map() });

export function verdictOf(verdicts: Map<string, ConfirmVerdict>, f: Finding): ConfirmVerdict {
  return verdicts.get(f.fingerprint) ?? NOT_VERIFIED;
}
