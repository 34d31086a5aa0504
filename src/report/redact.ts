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

/** What redaction needs of a finding: its secret, the encoded text holding it, and where it is. */
export interface Redactable {
  file: string;
  line: number;
  endLine: number;
  secret: string;
  encoded?: string | undefined;
}

/**
 * Replaces every occurrence of the findings' secrets (and of the encoded text holding them) in `text`,
 * longest first, so a secret that holds another is replaced whole.
 */
export function redactIn(text: string, ...found: Array<Pick<Redactable, 'secret' | 'encoded'>>): string {
  const secrets = found.flatMap((f) => [f.encoded, f.secret]).filter((s): s is string => !!s).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of secrets) {
    out = out.split(s).join(redact(s));
    // A multi-line secret (a private key) shows only its first line on the finding's line.
    const first = s.split(/\r?\n/)[0]!;
    if (first.length >= 8 && first !== s) out = out.split(first).join(redact(first));
  }
  return out;
}

/** Lines a multi-line finding is filed under, at most (a private key spans a few dozen). */
const MAX_LINES = 100;

/**
 * A redactor for one report: a finding's text (its line, its match) is cleared of its own secret and
 * of every other secret found on the same lines of the same file — two tokens on one line make two
 * findings, and each finding's line shows both.
 */
export function redactorFor(found: Iterable<Redactable>): (f: Redactable, text: string) => string {
  const byLine = new Map<string, Redactable[]>();
  for (const x of found) {
    for (let l = x.line; l <= Math.min(x.endLine, x.line + MAX_LINES); l++) {
      const key = `${x.file}\0${l}`;
      const list = byLine.get(key);
      if (list) list.push(x);
      else byLine.set(key, [x]);
    }
  }
  return (f, text) => {
    const near = new Set<Redactable>([f]);
    for (let l = f.line; l <= Math.min(f.endLine, f.line + MAX_LINES); l++) for (const x of byLine.get(`${f.file}\0${l}`) ?? []) near.add(x);
    return redactIn(text, ...near);
  };
}
