/**
 * The one place verification and revocation touch the network. Bounded by a timeout per attempt,
 * retried on 429 / 5xx / network errors with backoff that honours Retry-After and rate-limit reset
 * headers, never following redirects (a redirect could carry the secret to another host), and never
 * putting a URL or header in what it reports: Telegram's token sits in the URL path.
 */
import type { ProviderResponse } from './types.js';

export interface HttpOptions {
  fetch: typeof fetch;
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts after the first, for 429 / 5xx / network errors. */
  retries: number;
  /** Longest single wait the runner accepts; a provider asking for more is reported as rate-limited. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const defaultHttpOptions = (fetchImpl: typeof fetch = fetch): HttpOptions => ({
  fetch: fetchImpl,
  timeoutMs: 10_000,
  retries: 2,
  maxWaitMs: 30_000,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => Date.now(),
});

export interface HttpAttempt {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export type HttpOutcome =
  | { kind: 'response'; response: ProviderResponse; attempts: number }
  | { kind: 'failed'; reason: string; attempts: number; status?: number };

/** Big enough for any whoami answer; a provider cannot make us buffer more. */
const MAX_BODY = 1024 * 1024;

async function readBody(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      break;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** GitHub says "rate limited" with 403 and x-ratelimit-remaining: 0. */
function isRetryable(res: Response): boolean {
  return res.status === 429 || res.status >= 500 || (res.status === 403 && res.headers.get('x-ratelimit-remaining') === '0');
}

/**
 * How long to wait before the next attempt: Retry-After (seconds or an HTTP date), else a rate-limit
 * reset header (epoch seconds as GitHub sends it, or seconds from now as the IETF draft does) when the
 * quota is spent, else exponential backoff from half a second.
 */
export function retryDelay(headers: Headers | undefined, attempt: number, now: number): number {
  const after = headers?.get('retry-after')?.trim();
  if (after) {
    if (/^\d+(\.\d+)?$/.test(after)) return Number(after) * 1000;
    const at = Date.parse(after);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const remaining = headers?.get('x-ratelimit-remaining') ?? headers?.get('ratelimit-remaining');
  const reset = headers?.get('x-ratelimit-reset') ?? headers?.get('ratelimit-reset') ?? headers?.get('x-rate-limit-reset');
  if (reset && remaining === '0' && /^\d+$/.test(reset.trim())) {
    const n = Number(reset);
    return n > 1e9 ? Math.max(0, n * 1000 - now) : n * 1000;
  }
  return 500 * 2 ** attempt;
}

const seconds = (ms: number) => (ms >= 60_000 ? `${Math.ceil(ms / 60_000)} min` : `${Math.ceil(ms / 1000)} s`);

function networkReason(e: unknown): string {
  const err = e as { name?: string; cause?: { code?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timed out';
  // Only the error code: messages may quote the URL, and a URL may hold the secret.
  return `network error (${err?.cause?.code ?? err?.name ?? 'unknown'})`;
}

export async function send(attempt: HttpAttempt, opts: HttpOptions): Promise<HttpOutcome> {
  let lastReason = '';
  let lastStatus: number | undefined;
  for (let i = 0; i <= opts.retries; i++) {
    let res: Response;
    try {
      res = await opts.fetch(attempt.url, {
        method: attempt.method,
        headers: { 'user-agent': 'leakward (secret-leak scanner; https://github.com/leakward/leakward)', ...attempt.headers },
        ...(attempt.body !== undefined ? { body: attempt.body } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (e) {
      lastReason = networkReason(e);
      // A slow provider stays slow: waiting for it again would stall the whole run.
      if (lastReason === 'timed out') return { kind: 'failed', reason: `timed out after ${seconds(opts.timeoutMs)}`, attempts: i + 1 };
      if (i < opts.retries) await opts.sleep(retryDelay(undefined, i, opts.now()));
      continue;
    }
    let text: string;
    try {
      text = await readBody(res);
    } catch (e) {
      lastReason = networkReason(e);
      if (lastReason === 'timed out') return { kind: 'failed', reason: `timed out after ${seconds(opts.timeoutMs)}`, attempts: i + 1 };
      continue;
    }
    if (!isRetryable(res)) {
      return { kind: 'response', response: { status: res.status, headers: res.headers, text, json: parseJson(text) }, attempts: i + 1 };
    }
    lastStatus = res.status;
    lastReason = res.status === 429 || res.status === 403 ? `rate limited (HTTP ${res.status})` : `provider error (HTTP ${res.status})`;
    if (i === opts.retries) break;
    const wait = retryDelay(res.headers, i, opts.now());
    if (wait > opts.maxWaitMs) {
      return { kind: 'failed', reason: `${lastReason}: the provider asks to wait ${seconds(wait)}; try again later`, attempts: i + 1, status: res.status };
    }
    await opts.sleep(wait);
  }
  return { kind: 'failed', reason: `${lastReason} after ${opts.retries + 1} attempts`, attempts: opts.retries + 1, ...(lastStatus ? { status: lastStatus } : {}) };
}

/** `base` + `path`: the base may carry a path of its own (GitHub Enterprise's `/api/v3`). */
export function joinUrl(base: string, path: string): URL {
  return new URL(base.replace(/\/+$/, '') + path);
}

/** Host and path for messages, with the secret (and anything after a `/bot` path) masked. */
export function describeRequest(method: string, url: URL, secrets: string[]): string {
  return scrub(`${method} ${url.host}${url.pathname}`, secrets);
}

/** Replaces every secret (and its URL-encoded form) in text meant for people or logs. */
export function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < 4) continue;
    for (const form of new Set([s, encodeURIComponent(s)])) out = out.split(form).join('<secret>');
  }
  return out;
}
