/**
 * A bounded content-hash seen-set: text that was scanned and held nothing is not scanned again when it
 * comes back (the same file change on two branches, a cherry-pick, a revert of a revert). Only clean
 * text is remembered — text with findings is scanned each time so every commit that adds a secret can
 * be weighed for "oldest" — and memory stays flat: past `limit` entries the set starts over.
 */
import { createHash } from 'node:crypto';

export class ContentSeenSet {
  private seen = new Set<string>();
  hits = 0;
  constructor(private readonly limit = 200_000) {}

  /** The key of a file's text at a path (rules and allowlists may depend on the path). */
  key(path: string, text: string): string {
    return createHash('sha1').update(path).update('\0').update(text).digest('base64');
  }

  has(key: string): boolean {
    const hit = this.seen.has(key);
    if (hit) this.hits++;
    return hit;
  }

  add(key: string): void {
    if (this.seen.size >= this.limit) this.seen = new Set();
    this.seen.add(key);
  }
}
