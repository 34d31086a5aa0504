/**
 * Baselines without churn: sorted, no timestamps, no line numbers, no secrets — regenerating one on an
 * unchanged repository (or after unrelated changes and moved lines) gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitRepo, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

const commit = (repo: string, msg: string) => {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', msg);
};

describe('leakward baseline', () => {
  it('is byte-identical when regenerated on an unchanged repository, and after unrelated changes and moved lines', () => {
    const toks = [gen('{{github:ghp}}'), gen('{{github:gho}}'), gen('{{github:ghp}}')];
    const repo = gitRepo({ 'z.env': `T=${toks[0]}\n`, 'a/b.env': `T=${toks[1]}\nU=${toks[2]}\n` });
    commit(repo, 'tokens');
    const write = (out: string, ...extra: string[]) => {
      const r = cli(['baseline', '.', '--output', out, ...extra], { cwd: repo });
      expect(r.code).toBe(0);
      return readFileSync(join(repo, out));
    };
    const first = write('b1.json');
    expect(write('b2.json').equals(first)).toBe(true);
    // Unrelated changes, a moved line, another commit: same bytes.
    writeTree(repo, { 'README.md': '# unrelated\n', 'a/b.env': `# moved down\n\nU=${toks[2]}\nT=${toks[1]}\n` });
    commit(repo, 'unrelated');
    expect(write('b3.json').equals(first)).toBe(true);

    const doc = JSON.parse(first.toString('utf8')) as { version: number; findings: Array<Record<string, string>> };
    expect(doc.version).toBe(1);
    expect(doc.findings).toHaveLength(3);
    for (const f of doc.findings) expect(Object.keys(f)).toEqual(['fingerprint', 'ruleId', 'file']);
    const keys = doc.findings.map((f) => `${f.fingerprint} ${f.file}`);
    expect(keys).toEqual([...keys].sort());
    const text = first.toString('utf8');
    for (const t of toks) expect(text).not.toContain(t);
    expect(text).not.toMatch(/"line"|"date"|"time|generated/i);
  });

  it('--history: byte-identical on an unchanged repository, and after a rebase', () => {
    const repo = gitRepo({ 'README.md': '# app\n' });
    commit(repo, 'root');
    writeTree(repo, { 'a.env': `T=${gen('{{github:ghp}}')}\n` });
    commit(repo, 'token');
    writeTree(repo, { 'a.env': 'T=\n' });
    commit(repo, 'removed');
    const write = (out: string) => {
      expect(cli(['baseline', '--history', '.', '--output', out], { cwd: repo }).code).toBe(0);
      return readFileSync(join(repo, out));
    };
    const first = write('h1.json');
    expect(JSON.parse(first.toString('utf8')).findings).toHaveLength(1);
    expect(write('h2.json').equals(first)).toBe(true);
    git(repo, 'commit', '-q', '--amend', '-m', 'removed (reworded)');
    expect(write('h3.json').equals(first)).toBe(true);
  });

  it('--baseline FILE updates that file: what is still found stays, what is gone leaves, what is new comes in', () => {
    const [t1, t2, t3] = [gen('{{github:ghp}}'), gen('{{github:ghp}}'), gen('{{github:ghp}}')];
    const repo = gitRepo({ 'a.env': `T=${t1}\n`, 'b.env': `T=${t2}\n` });
    expect(cli(['baseline', '.'], { cwd: repo }).code).toBe(0);
    const before = JSON.parse(readFileSync(join(repo, '.leakward-baseline.json'), 'utf8')).findings as Array<{ file: string }>;
    expect(before.map((f) => f.file).sort()).toEqual(['a.env', 'b.env']);
    writeTree(repo, { 'b.env': 'T=\n', 'c.env': `T=${t3}\n` });
    const r = cli(['baseline', '.', '--baseline', '.leakward-baseline.json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('leakward: wrote 2 finding(s) to .leakward-baseline.json\n');
    const after = JSON.parse(readFileSync(join(repo, '.leakward-baseline.json'), 'utf8')).findings as Array<{ file: string }>;
    expect(after.map((f) => f.file).sort()).toEqual(['a.env', 'c.env']);
    expect(cli(['scan', '.', '--baseline', '.leakward-baseline.json'], { cwd: repo }).code).toBe(0);
  });

  it('reads a baseline a Windows editor saved with a byte-order mark and CRLF line ends', () => {
    const repo = gitRepo({ 'z.env': `T=${gen('{{github:ghp}}')}\n` });
    commit(repo, 'token');
    expect(cli(['baseline', '.', '--output', 'b.json'], { cwd: repo }).code).toBe(0);
    const text = readFileSync(join(repo, 'b.json'), 'utf8');
    writeFileSync(join(repo, 'b.json'), `\ufeff${text.replace(/\n/g, '\r\n')}`);
    const r = cli(['scan', '.', '--baseline', 'b.json'], { cwd: repo });
    expect(r.stderr).not.toMatch(/not valid JSON/);
    expect(r.code).toBe(0);
  });
});
