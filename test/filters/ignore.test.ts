/** The pure half of ignore files: parsing, matching, stale entries, editing the text. */
import { describe, expect, it } from 'vitest';
import { addEntries, applyIgnore, parseGitleaksIgnore, parseLeakwardIgnore, removeLines, staleEntries } from '../../src/filters/ignore.js';
import { fingerprint } from '../../src/engine/fingerprint.js';
import type { Finding } from '../../src/types.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'github-pat', description: '', file: 'a.env', line: 1, column: 1, endLine: 1, endColumn: 2, secret: 's', match: 's',
  lineText: 's', entropy: 0, confidence: 'high', reasons: [], fingerprint: fingerprint('github-pat', 's'), tags: [], ...over,
});

describe('.leakwardignore', () => {
  it('reads fingerprints, narrowed ones (a path may hold colons and spaces), comments and blank lines; CRLF too', () => {
    const h = fingerprint('x', 'secret').split(':')[1]!;
    const text = `# who: why\r\n\r\ngithub-pat:${h}  # Ada 2025-01-01: test token\r\naws-access-token:${h}:dir/a b:c.env\r\n`;
    expect(parseLeakwardIgnore(text, '.leakwardignore')).toEqual([
      { file: '.leakwardignore', line: 3, text: `github-pat:${h}`, kind: 'fingerprint', ruleId: 'github-pat', hash: h, comment: 'Ada 2025-01-01: test token' },
      { file: '.leakwardignore', line: 4, text: `aws-access-token:${h}:dir/a b:c.env`, kind: 'fingerprint', ruleId: 'aws-access-token', hash: h, path: 'dir/a b:c.env' },
    ]);
  });

  it('matches by rule and secret hash (and path when narrowed), never by line or commit', () => {
    const f1 = finding({ file: 'a.env', line: 3, commit: 'c1' });
    const f2 = finding({ file: 'b.env', line: 90, commit: 'c2' });
    const other = finding({ ruleId: 'gitlab-pat', fingerprint: fingerprint('gitlab-pat', 's') });
    const [wide] = parseLeakwardIgnore(`${f1.fingerprint}\n`, 'i');
    const [narrow] = parseLeakwardIgnore(`${f1.fingerprint}:b.env\n`, 'i');
    expect(applyIgnore([f1, f2, other], [wide!]).kept).toEqual([other]);
    const r = applyIgnore([f1, f2, other], [narrow!]);
    expect(r.kept).toEqual([f1, other]);
    expect(r.suppressed.map((s) => [s.kind, s.reason])).toEqual([['ignore', 'ignored by i:1']]);
  });

  it('stale: every unused fingerprint entry; gitleaks entries only in the scan kind they can match', () => {
    const entries = [
      ...parseLeakwardIgnore('github-pat:00000000000000000000abcd\n', 'l'),
      ...parseGitleaksIgnore(`${'a'.repeat(40)}:a.env:github-pat:1\na.env:github-pat:1\n`, 'g'),
    ];
    expect(staleEntries(entries, new Set(), false).map((e) => `${e.file}:${e.line}`)).toEqual(['l:1', 'g:2']);
    expect(staleEntries(entries, new Set(), true).map((e) => `${e.file}:${e.line}`)).toEqual(['l:1', 'g:1']);
    // No commit, but a place only history scans have: a ref to a file, a tag's message.
    const refs = parseGitleaksIgnore('refs/tags/key:github-pat:1\nrefs/tags/v1 (tag message):github-pat:1\n', 'r');
    expect(staleEntries(refs, new Set(), false)).toEqual([]);
    expect(staleEntries(refs, new Set(), true).map((e) => e.line)).toEqual([1, 2]);
  });

  it('adds entries once, at the end, and removes lines leaving the rest as it was', () => {
    const fp = 'github-pat:00000000000000000000abcd';
    const once = addEntries('# head', 'i', [{ fingerprint: fp, comment: 'me: why\nnot' }]);
    expect(once).toEqual({ text: `# head\n${fp}  # me: why not\n`, added: [fp] });
    expect(addEntries(once.text, 'i', [{ fingerprint: fp }])).toEqual({ text: once.text, added: [] });
    expect(removeLines('a\nb\nc\n', new Set([2]))).toBe('a\nc\n');
  });
});

describe('.gitleaksignore', () => {
  it('reads commit:file:rule:line and file:rule:line (a file may hold colons), and matches exactly', () => {
    const sha = 'b'.repeat(40);
    const entries = parseGitleaksIgnore(`# comment\n${sha}:src/a:b.env:github-pat:12\nsrc/c.env:github-pat:3\n`, 'g');
    expect(entries.map((e) => [e.commit, e.path, e.ruleId, e.findingLine])).toEqual([[sha, 'src/a:b.env', 'github-pat', 12], [undefined, 'src/c.env', 'github-pat', 3]]);
    const inHistory = finding({ file: 'src/a:b.env', line: 12, commit: sha });
    const moved = finding({ file: 'src/a:b.env', line: 13, commit: sha });
    const inTree = finding({ file: 'src/c.env', line: 3 });
    const treeInHistory = finding({ file: 'src/c.env', line: 3, commit: sha });
    expect(applyIgnore([inHistory, moved, inTree, treeInHistory], entries).kept).toEqual([moved, treeInHistory]);
  });
});
