/**
 * The vocabulary of verification. A provider is a pure description: how to build a read-only request
 * from a credential, and how to read the answer. The HTTP runner (http.ts) does all the I/O.
 */
import type { VerificationStatus } from '../types.js';

/** A secret ready to check, with the facts found next to it that some providers need (see pair.ts). */
export interface Credential {
  secret: string;
  ruleId: string;
  /** e.g. `awsSecretKey`, `twilioSid`, `shop` — found in the same file as the secret. */
  partner: Record<string, string>;
}

/** A request relative to one of the provider's base URLs. */
export interface ProviderRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Key into the provider's `bases` (default `api`). */
  base?: string;
  /** Path (and query) appended to the base URL. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sign the request (AWS SigV4) once its final URL is known. */
  sign?: (url: URL, req: { method: string; headers: Record<string, string>; body: string }, now: Date) => Record<string, string>;
}

export interface ProviderResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
}

/** A verdict before the network, or after reading the provider's answer. */
export interface Verdict {
  status: Exclude<VerificationStatus, 'revoked'>;
  identity?: string;
  scopes?: string[];
  reason: string;
}

export interface Verifier {
  id: string;
  name: string;
  /**
   * Built-in base URLs (`api`, and others where a provider uses several hosts). `{name}` placeholders
   * are filled from the credential's partner facts, validated as host labels. `--provider-url id=URL`
   * replaces every base of the provider.
   */
  bases: Record<string, string>;
  /** The read-only request, or a verdict reached offline (e.g. a missing partner fact). */
  request(cred: Credential): ProviderRequest | Verdict;
  /** The verdict from the provider's answer. 429 and 5xx never reach this: the runner retries them. */
  interpret(res: ProviderResponse, cred: Credential): Verdict;
}

export interface Revoker {
  id: string;
  name: string;
  /** The requests that revoke these credentials (several per request where the API batches). */
  plan(creds: Credential[]): Array<{ request: ProviderRequest; creds: Credential[] }>;
  /** Did the provider accept the revocation? (Whether the secret is dead is checked by verifying again.) */
  accepted(res: ProviderResponse): boolean;
}

export const isVerdict = (x: ProviderRequest | Verdict): x is Verdict => 'status' in x;

/** Small helpers shared by provider descriptions. */
export const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
export const bearer = (t: string): Record<string, string> => ({ authorization: `Bearer ${t}` });
export const basic = (user: string, pass: string): Record<string, string> => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });
export const live = (identity?: string, scopes?: string[], reason = 'the provider accepted it'): Verdict => ({
  status: 'live', reason, ...(identity ? { identity } : {}), ...(scopes && scopes.length ? { scopes } : {}),
});
export const invalid = (reason: string): Verdict => ({ status: 'invalid', reason });
export const unknown = (reason: string): Verdict => ({ status: 'unknown', reason });
export const splitScopes = (h: string | null): string[] => (h ? h.split(',').map((s) => s.trim()).filter(Boolean) : []);

/**
 * The usual reading: 2xx live, 401 dead, anything else unknown. `also` maps other codes the provider
 * documents (403 "live but lacks scope" for GitLab, Stripe, Google…).
 */
export function byStatus(res: ProviderResponse, onLive: () => Verdict, also: Record<number, Verdict> = {}): Verdict {
  if (res.status >= 200 && res.status < 300) return onLive();
  const mapped = also[res.status];
  if (mapped) return mapped;
  if (res.status === 401) return invalid('the provider rejected it (HTTP 401)');
  return unknown(`unexpected answer (HTTP ${res.status})`);
}
