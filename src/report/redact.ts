/**
 * Redaction: CI logs are public, so a report shows only what identifies a secret's kind — its
 * well-known prefix (`ghp_`, `sk_live_`) and at most a few characters — never enough to use it.
 */
const PREFIX = /^(?:[A-Za-z]{1,12}[_-]){1,3}|^[A-Z]{4}(?=[A-Z2-7]{16}$)/;

export function redact(secret: string): string {
  if (secret.length === 0) return '';
  const known = PREFIX.exec(secret)?.[0] ?? '';
  // Show the prefix plus up to 2 characters, but never more than a quarter of the secret.
  const keep = Math.min(known.length + 2, Math.floor(secret.length / 4));
  return secret.slice(0, Math.max(0, keep)).replace(/[\r\n]/g, ' ') + '*'.repeat(8);
}

/** Replaces every occurrence of the finding's secret (and of the encoded text holding it) in `text`. */
export function redactIn(text: string, f: { secret: string; encoded?: string }): string {
  let out = text;
  for (const s of [f.encoded, f.secret]) {
    if (!s) continue;
    out = out.split(s).join(redact(s));
    // A multi-line secret (a private key) shows only its first line on the finding's line.
    const first = s.split(/\r?\n/)[0]!;
    if (first.length >= 8 && first !== s) out = out.split(first).join(redact(first));
  }
  return out;
}
