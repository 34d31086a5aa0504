/**
 * A finding's identity: the rule plus a hash of the secret. No line numbers, commits or offsets, so it
 * survives moved lines, rebases and squashes; no secret, so baselines and ignore files are safe to commit.
 */
import { sha256Hex } from './sha256.js';

export function secretHash(secret: string): string {
  return sha256Hex(secret).slice(0, 24);
}

export function fingerprint(ruleId: string, secret: string, path?: string): string {
  // Line endings are not part of a multi-line secret's identity: a key in a file converted to CRLF is
  // the same key (history reported it again at the commit that converted the file).
  const base = `${ruleId}:${secretHash(secret.includes('\r') ? secret.replace(/\r\n/g, '\n') : secret)}`;
  return path === undefined ? base : `${base}:${path}`;
}
