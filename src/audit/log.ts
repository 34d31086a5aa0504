/**
 * The audit log file: JSONL, one sealed record per line, appended and fsync'd record by record so a
 * crash loses no completed record. An existing log is checked first and continued, never rewritten.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { LeakwardError } from '../errors.js';
import { checkChain, GENESIS, seal, type AuditEntry, type AuditRecord } from './chain.js';

export interface AuditSink {
  append(entry: AuditEntry): AuditRecord;
  close(): void;
  readonly lastHash: string;
  readonly count: number;
}

export function openAuditLog(path: string): AuditSink {
  let prev = GENESIS;
  let seq = 0;
  if (existsSync(path)) {
    const check = checkChain(readFileSync(path, 'utf8'));
    if (!check.ok) {
      throw new LeakwardError('IO', `the audit log ${path} is broken at line ${check.line}: ${check.problem}`,
        'Keep it as evidence and start a new one with another --audit-log file.');
    }
    prev = check.lastHash;
    seq = check.lastSeq;
  }
  let fd: number;
  try {
    fd = openSync(path, 'a', 0o600);
  } catch (e) {
    throw new LeakwardError('IO', `cannot open the audit log ${path}: ${(e as NodeJS.ErrnoException).code}`, 'Check the path and its permissions.');
  }
  let count = 0;
  return {
    append(entry) {
      const record = seal(entry, seq + 1, prev);
      writeSync(fd, `${JSON.stringify(record)}\n`);
      fsyncSync(fd);
      prev = record.hash;
      seq = record.seq;
      count++;
      return record;
    },
    close: () => closeSync(fd),
    get lastHash() {
      return prev;
    },
    get count() {
      return count;
    },
  };
}
