/**
 * Redaction: CI logs are public, so a report shows only what identifies a secret's kind — its
 * well-known prefix (`ghp_`, `sk_live_`) and at most a few characters — never enough to use it.
 */
import type { Place } from '../types.js';

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
  commit?: string | undefined;
  place?: Place | undefined;
}

/** A secret as redaction uses it, worked out once per report: its first line, and both redacted. */
interface Prepared {
  secret: string;
  shown: string;
  first: string;
  firstShown: string;
}

/** The findings' secrets (and the encoded texts holding them), distinct, longest first: a secret that holds another is replaced whole. */
function prepare(found: Iterable<Pick<Redactable, 'secret' | 'encoded'>>): Prepared[] {
  const distinct = new Set<string>();
  for (const f of found) {
    if (f.secret) distinct.add(f.secret);
    if (f.encoded) distinct.add(f.encoded);
  }
  return [...distinct].sort((a, b) => b.length - a.length).map((secret) => {
    // A multi-line secret (a private key) shows only its first line on the finding's line.
    const first = secret.split(/\r?\n/)[0]!;
    return { secret, shown: redact(secret), first, firstShown: redact(first) };
  });
}

/** The least of a secret cut off at an end of a text that is worth masking. */
const MIN_PIECE = 6;

/**
 * `text` with every occurrence of the secrets replaced by their redacted form, and a piece of one cut
 * off at either end of `text` masked (a long line is shown as a window around its finding's secret,
 * which can cut another secret in two).
 */
function clear(text: string, secrets: Prepared[]): string {
  let out = text;
  for (const p of secrets) {
    if (out.includes(p.secret)) out = out.split(p.secret).join(p.shown);
    if (p.first !== p.secret && p.first.length >= 8 && out.includes(p.first)) out = out.split(p.first).join(p.firstShown);
  }
  if (out.length < MIN_PIECE) return out;
  // Most texts share neither end with a secret: one search each says so.
  const head = out.slice(0, MIN_PIECE);
  cut: for (const { first } of secrets) {
    if (first.length <= MIN_PIECE || !first.includes(head)) continue;
    for (let k = Math.min(first.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.startsWith(first.slice(first.length - k))) {
        out = `********${out.slice(k)}`;
        break cut;
      }
    }
  }
  const tail = out.slice(-MIN_PIECE);
  cut: for (const { first } of secrets) {
    if (first.length <= MIN_PIECE || !first.includes(tail)) continue;
    for (let k = Math.min(first.length - 1, out.length); k >= MIN_PIECE; k--) {
      if (out.endsWith(first.slice(0, k))) {
        out = `${out.slice(0, out.length - k)}${redact(first.slice(0, k))}`;
        break cut;
      }
    }
  }
  return out;
}

/** Replaces every occurrence of the findings' secrets in `text` (see clear). */
export function redactIn(text: string, ...found: Array<Pick<Redactable, 'secret' | 'encoded'>>): string {
  return clear(text, prepare(found));
}

/** Lines a multi-line finding is filed under, at most (a private key spans a few dozen). */
const MAX_LINES = 100;

/** Findings' secrets cleared from every text, at most: past this (generated files), those on a text's own lines only. */
const MAX_EVERYWHERE = 2000;

/**
 * A redactor for one report: a finding's text (its line, its match, its commit's subject) is cleared
 * of every finding's secret — two tokens on one line make two findings and each finding's line shows
 * both, and a finding moved to the commit that first added its secret leaves that secret on other
 * lines — and of the suppressed candidates' found on the same lines of the same file (they are many
 * in generated files; --show-suppressed lists them redacted too).
 */
export function redactorFor(findings: Iterable<Redactable>, suppressed: Iterable<Redactable> = []): (f: Redactable, text: string) => string {
  const all = [...findings];
  const global = prepare(all);
  const everywhere = global.length <= MAX_EVERYWHERE ? global : [];
  const cleared = new Set(everywhere.map((p) => p.secret));
  const byLine = new Map<string, Redactable[]>();
  // What was found in each commit's message: a finding's text includes its commit's subject.
  const inMessage = new Map<string, Redactable[]>();
  for (const x of [...all, ...suppressed]) {
    if (x.place === 'commit-message' && x.commit) {
      const list = inMessage.get(x.commit);
      if (list) list.push(x);
      else inMessage.set(x.commit, [x]);
    }
    for (let l = x.line; l <= Math.min(x.endLine, x.line + MAX_LINES); l++) {
      const key = `${x.file}\0${l}`;
      const list = byLine.get(key);
      if (list) list.push(x);
      else byLine.set(key, [x]);
    }
  }
  return (f, text) => {
    const near: Redactable[] = cleared.has(f.secret) ? [] : [f];
    for (let l = f.line; l <= Math.min(f.endLine, f.line + MAX_LINES); l++) {
      for (const x of byLine.get(`${f.file}\0${l}`) ?? []) if (!cleared.has(x.secret)) near.push(x);
    }
    if (f.commit) for (const x of inMessage.get(f.commit) ?? []) if (!cleared.has(x.secret)) near.push(x);
    const out = near.length > 0 ? clear(text, prepare(near)) : text;
    return clear(out, everywhere);
  };
}
