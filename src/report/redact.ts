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
 * longest first, so a secret that holds another is replaced whole; and a piece of one cut off at
 * either end of `text` (a long line is shown as a window around its finding's secret, which can cut
 * another secret in two).
 */
export function redactIn(text: string, ...found: Array<Pick<Redactable, 'secret' | 'encoded'>>): string {
  const secrets = found.flatMap((f) => [f.encoded, f.secret]).filter((s): s is string => !!s).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of secrets) {
    if (out.includes(s)) out = out.split(s).join(redact(s));
    // A multi-line secret (a private key) shows only its first line on the finding's line.
    const first = s.split(/\r?\n/)[0]!;
    if (first.length >= 8 && first !== s && out.includes(first)) out = out.split(first).join(redact(first));
    out = cutEnds(out, first);
  }
  return out;
}

/** The least of a secret cut off at an end of a text that is worth masking. */
const MIN_PIECE = 6;

/** `text` with a piece of `s` that starts it (s's end) or ends it (s's start) masked. */
function cutEnds(text: string, s: string): string {
  let out = text;
  if (out.length < MIN_PIECE || s.length <= MIN_PIECE) return out;
  // Most texts share neither end with the secret: one search each says so.
  if (s.includes(out.slice(0, MIN_PIECE))) {
    for (let k = Math.min(s.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.startsWith(s.slice(s.length - k))) {
        out = `********${out.slice(k)}`;
        break;
      }
    }
  }
  if (out.length >= MIN_PIECE && s.includes(out.slice(-MIN_PIECE))) {
    for (let k = Math.min(s.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.endsWith(s.slice(0, k))) {
        out = `${out.slice(0, out.length - k)}${redact(s.slice(0, k))}`;
        break;
      }
    }
  }
  return out;
}

/** Secrets a report redacts everywhere, at most: past this, each text only of those found on its lines. */
const MAX_EVERYWHERE = 2000;

/** Lines a multi-line finding is filed under, at most (a private key spans a few dozen). */
const MAX_LINES = 100;

/**
 * A redactor for one report: a finding's text (its line, its match) is cleared of every secret the
 * report holds — two tokens on one line make two findings and each finding's line shows both, and a
 * finding moved to the commit that first added its secret leaves that secret on other lines too. A
 * report with very many secrets (generated files) clears a text of those found on its lines only.
 */
export function redactorFor(found: Iterable<Redactable>): (f: Redactable, text: string) => string {
  const all = [...found];
  const distinct = new Map<string, Redactable>();
  for (const x of all) distinct.set(`${x.secret}\0${x.encoded ?? ''}`, x);
  if (distinct.size <= MAX_EVERYWHERE) {
    const everything = [...distinct.values()];
    return (_f, text) => redactIn(text, ...everything);
  }
  const byLine = new Map<string, Redactable[]>();
  for (const x of all) {
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
