/**
 * The audit trail's hash chain (pure). Each record carries the hash of the one before it and its own
 * hash over its content, so editing a record breaks its hash, and dropping or reordering records
 * breaks the chain of `prev` and the sequence numbers. Dropping the *last* records cannot be seen from
 * the file alone: keep the last hash somewhere else (the Action prints it in its summary).
 */
import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  /** ISO time of the attempt. */
  time: string;
  action: 'verify' | 'revoke' | 'reverify';
  rule: string;
  /** The finding's fingerprint: rule + hash of the secret, never the secret. */
  fingerprint: string;
  /** Other findings the same check answered for (the same secret found elsewhere). */
  also?: string[];
  provider: string;
  /** What happened on the wire: `HTTP 200`, `timed out`, `not sent: dry run`, `offline`. */
  outcome: string;
  attempts?: number;
  /** `host/path` of the request (secret masked), when one was sent. */
  request?: string;
  verdict: string;
  reason?: string;
}

export interface AuditRecord extends AuditEntry {
  seq: number;
  prev: string;
  hash: string;
}

/** JSON with keys sorted at every level: the same record always hashes the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export function recordHash(r: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(canonical(r)).digest('hex');
}

export function seal(entry: AuditEntry, seq: number, prev: string): AuditRecord {
  const body = { ...entry, seq, prev };
  return { ...body, hash: recordHash(body) };
}

export type ChainCheck =
  | { ok: true; records: number; lastHash: string; lastSeq: number }
  | { ok: false; line: number; problem: string; records: number };

/** Checks a whole audit log; the first broken line is reported with its 1-based number. */
export function checkChain(text: string): ChainCheck {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let prev = GENESIS;
  let seq = 0;
  for (let i = 0; i < lines.length; i++) {
    const bad = (problem: string): ChainCheck => ({ ok: false, line: i + 1, problem, records: i });
    let r: AuditRecord;
    try {
      r = JSON.parse(lines[i]!) as AuditRecord;
    } catch {
      return bad('not a JSON record (a truncated or edited line)');
    }
    if (r === null || typeof r !== 'object' || typeof r.hash !== 'string' || typeof r.prev !== 'string' || typeof r.seq !== 'number') {
      return bad('not an audit record (no seq, prev or hash)');
    }
    const { hash, ...body } = r;
    if (recordHash(body) !== hash) return bad('the record was changed after it was written (its hash does not match its content)');
    if (r.seq !== seq + 1) {
      return bad(r.seq > seq + 1 ? `record ${seq + 1}${r.seq > seq + 2 ? `–${r.seq - 1}` : ''} is missing (this line is record ${r.seq})` : `records are out of order (record ${r.seq} after record ${seq})`);
    }
    if (r.prev !== prev) return bad('the record does not follow the one before it (a line was dropped, inserted or reordered)');
    prev = hash;
    seq = r.seq;
  }
  return { ok: true, records: lines.length, lastHash: prev, lastSeq: seq };
}
