/**
 * The seam where verification and revocation (issue 6, src/verify and src/revoke) plug into the Action.
 * Until they are wired in, nothing is checked: every finding is `not verified`, nothing is revoked.
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
}

/** Verdicts keyed by finding fingerprint; a finding without one is `not verified`. */
export type Confirm = (findings: Finding[], options: ConfirmOptions) => Promise<Map<string, ConfirmVerdict>>;

export const NOT_VERIFIED: ConfirmVerdict = { status: 'not verified' };

/** The default until issue 6 lands: no network, no verdicts. */
export const confirmNothing: Confirm = async () => new Map();

export function verdictOf(verdicts: Map<string, ConfirmVerdict>, f: Finding): ConfirmVerdict {
  return verdicts.get(f.fingerprint) ?? NOT_VERIFIED;
}
