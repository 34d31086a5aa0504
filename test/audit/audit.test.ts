/** The audit log's hash chain: edited, dropped, inserted and reordered lines are found, by line number. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChain, type AuditEntry } from '../../src/audit/chain.js';
import { openAuditLog } from '../../src/audit/log.js';
import { tempDir } from '../helpers/fs.js';

const entry = (i: number): AuditEntry => ({
  time: `2026-01-01T00:00:0${i}.000Z`, action: 'verify', rule: 'github-pat', fingerprint: `github-pat:${String(i).repeat(24)}`,
  provider: 'github', outcome: 'HTTP 200', attempts: 1, request: 'GET api.github.com/user', verdict: 'live', reason: 'the provider accepted it',
});

function writeLog(count: number): { path: string; lines: string[] } {
  const path = join(tempDir(), 'audit.jsonl');
  const log = openAuditLog(path);
  for (let i = 1; i <= count; i++) log.append(entry(i));
  log.close();
  return { path, lines: readFileSync(path, 'utf8').trim().split('\n') };
}

describe('audit chain', () => {
  it('an untouched log checks out, with its last hash', () => {
    const { lines } = writeLog(5);
    const r = checkChain(`${lines.join('\n')}\n`);
    expect(r).toEqual({ ok: true, records: 5, lastHash: JSON.parse(lines[4]!).hash, lastSeq: 5 });
    expect(JSON.parse(lines[0]!).prev).toBe('0'.repeat(64));
    expect(JSON.parse(lines[1]!).prev).toBe(JSON.parse(lines[0]!).hash);
  });

  it('finds an edited record', () => {
    const { lines } = writeLog(5);
    lines[2] = lines[2]!.replace('"verdict":"live"', '"verdict":"invalid"');
    expect(checkChain(lines.join('\n'))).toMatchObject({ ok: false, line: 3, problem: expect.stringMatching(/changed after it was written/) });
  });

  it('finds a dropped record', () => {
    const { lines } = writeLog(5);
    lines.splice(1, 1);
    expect(checkChain(lines.join('\n'))).toMatchObject({ ok: false, line: 2, problem: 'record 2 is missing (this line is record 3)' });
    const first = writeLog(3).lines.slice(1);
    expect(checkChain(first.join('\n'))).toMatchObject({ ok: false, line: 1 });
  });

  it('finds reordered records', () => {
    const { lines } = writeLog(5);
    [lines[3], lines[4]] = [lines[4]!, lines[3]!];
    expect(checkChain(lines.join('\n'))).toMatchObject({ ok: false, line: 4 });
  });

  it('finds an inserted (duplicated) record', () => {
    const { lines } = writeLog(4);
    lines.splice(2, 0, lines[1]!);
    expect(checkChain(lines.join('\n'))).toMatchObject({ ok: false, line: 3, problem: 'records are out of order (record 2 after record 2)' });
  });

  it('finds a truncated line', () => {
    const { lines } = writeLog(3);
    lines[2] = lines[2]!.slice(0, 40);
    expect(checkChain(lines.join('\n'))).toMatchObject({ ok: false, line: 3, problem: expect.stringMatching(/not a JSON record/) });
  });

  it('continues an existing log, and refuses to append to a broken one', () => {
    const { path } = writeLog(2);
    const log = openAuditLog(path);
    expect(log.append(entry(3)).seq).toBe(3);
    log.close();
    expect(checkChain(readFileSync(path, 'utf8'))).toMatchObject({ ok: true, records: 3 });
    writeFileSync(path, readFileSync(path, 'utf8').replace('"verdict":"live"', '"verdict":"dead"'));
    expect(() => openAuditLog(path)).toThrow(/broken at line 1/);
  });
});
