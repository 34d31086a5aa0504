import { describe, expect, it } from 'vitest';
import { oldestCommitSink, type CommitInfo, type Origin, type PatchFragment } from '../../src/sources/log-patch.js';
import type { Finding } from '../../src/types.js';

const info = (commit: string, time: number, seq: number): CommitInfo =>
  ({ commit: commit.repeat(40), time, seq, author: `author ${commit}`, email: `${commit}@example.test`, date: `2024-01-0${time}`, message: `commit ${commit}` });

const finding = (file: string, line: number, fp = 'rule:abc'): Finding => ({
  ruleId: 'rule', description: 'd', file, line, column: 1, endLine: line, endColumn: 10, secret: 'secret-value', match: 'T=secret-value',
  lineText: 'T=secret-value', entropy: 3, confidence: 'high', reasons: [], fingerprint: fp, tags: [],
});

/** A history Fragment of a change whose origin is `o`, as HistoryWalk makes them (fields copied when made). */
const fragmentOf = (o: Origin): PatchFragment => ({
  text: '', path: o.path, startLine: 1, bytes: 0, commit: o.info.commit, author: o.info.author, email: o.info.email,
  date: o.info.date, message: o.info.message, time: o.info.time, seq: o.info.seq, origin: o,
});

describe('oldestCommitSink', () => {
  it('moves a finding to its change\'s oldest commit and path even when that became known after it came in', () => {
    const sink = oldestCommitSink();
    const origin: Origin = { info: info('b', 5, 1), path: 'copy.env' };
    sink.add({ findings: [finding('copy.env', 2)], suppressed: [] }, fragmentOf(origin));
    // An older commit making the same change is read later (newest first).
    origin.info = info('a', 3, 2);
    origin.path = 'first.env';
    expect(sink.findings().map((f) => [f.commit, f.file, f.line, f.author])).toEqual([['a'.repeat(40), 'first.env', 2, 'author a']]);
  });

  it('keeps the oldest place of each fingerprint over origins, and lists them oldest first', () => {
    const sink = oldestCommitSink();
    const late: Origin = { info: info('c', 7, 1), path: 'x.env' };
    const early: Origin = { info: info('d', 6, 2), path: 'y.env' };
    sink.add({ findings: [finding('x.env', 1), finding('x.env', 9, 'rule:other')], suppressed: [] }, fragmentOf(late));
    sink.add({ findings: [finding('y.env', 4)], suppressed: [] }, fragmentOf(early));
    late.info = info('e', 2, 3);
    expect(sink.findings().map((f) => [f.fingerprint, f.commit?.[0], f.file, f.line])).toEqual([
      ['rule:abc', 'e', 'x.env', 1],
      ['rule:other', 'e', 'x.env', 9],
    ]);
  });

  it('asks the allowlists again where a finding moved, and drops it there when they say so', () => {
    const sink = oldestCommitSink(undefined, (f) => (f.commit === 'a'.repeat(40) ? { kind: 'global-allowlist', reason: 'fixture commit' } : undefined));
    const origin: Origin = { info: info('b', 5, 1), path: 'cfg.env' };
    sink.add({ findings: [finding('cfg.env', 1)], suppressed: [] }, fragmentOf(origin));
    const stays: Origin = { info: info('c', 4, 2), path: 'other.env' };
    sink.add({ findings: [finding('other.env', 1, 'rule:kept')], suppressed: [] }, fragmentOf(stays));
    origin.info = info('a', 3, 3);
    expect(sink.findings().map((f) => f.fingerprint)).toEqual(['rule:kept']);
    expect(sink.suppressed().map((s) => [s.kind, s.reason, s.finding.commit?.[0]])).toEqual([['global-allowlist', 'fixture commit', 'a']]);
  });
});
