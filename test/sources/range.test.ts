import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinRuleSet } from '../../src/rules/builtin.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { parseRange } from '../../src/sources/range.js';
import { scanStaged } from '../../src/sources/staged.js';
import type { RuleSet } from '../../src/types.js';
import { cli, gitRepo, tempDir, writeTree, gitAs } from '../helpers/fs.js';
import { gen, opensshKey, rsaKey, rsaKeyBody } from '../helpers/tokens.js';

let ruleSet: RuleSet;
beforeAll(() => {
  ruleSet = loadBuiltinRuleSet();
});

const gitAt = gitAs({ name: 'Bo Builder', email: 'bo@example.test' });

function commit(repo: string, day: number, message: string, files: Record<string, string | Buffer> = {}): string {
  writeTree(repo, files);
  gitAt(repo, day, 'add', '-A');
  gitAt(repo, day, 'commit', '-q', '--allow-empty', '-m', message);
  return gitAt(repo, day, 'rev-parse', 'HEAD').trim();
}

const range = (target: string, r: string): Promise<ScanResult> => scan({ target, range: { range: r }, ruleSet });
const where = (r: ScanResult) => r.findings.map((f) => ({ commit: f.commit, file: f.file, line: f.line })).sort((a, b) => (a.file < b.file ? -1 : 1));

/** main: base; topic (forked at base): a secret; main again: a merge of topic that adds a secret itself. */
function mergedRepo() {
  const before = gen('{{github:ghp}}');
  const onTopic = gen('{{github:gho}}');
  const inMerge = gen('{{github:ghu}}');
  const repo = gitRepo();
  commit(repo, 0, 'old', { 'old.env': `T=${before}\n` });
  const base = commit(repo, 1, 'base', { 'a.txt': 'a\n' });
  gitAt(repo, 1, 'checkout', '-q', '-b', 'topic');
  const topic = commit(repo, 2, 'topic: add creds', { 'topic.env': `\nT=${onTopic}\n` });
  gitAt(repo, 2, 'checkout', '-q', 'main');
  const mainWork = commit(repo, 3, 'main work', { 'm.txt': 'm\n' });
  gitAt(repo, 4, 'merge', '-q', '--no-ff', '--no-commit', 'topic');
  writeTree(repo, { 'a.txt': `a\nKEY=${inMerge}\n` });
  gitAt(repo, 4, 'add', '-A');
  gitAt(repo, 4, 'commit', '-q', '-m', 'Merge topic');
  const merge = gitAt(repo, 4, 'rev-parse', 'HEAD').trim();
  return { repo, base, topic, mainWork, merge };
}

describe('scan --range', () => {
  it('scans only the commits in A..B: each finding once, a merged branch\'s secret at its own commit, a merge\'s own lines at the merge', async () => {
    const { repo, base, topic, merge } = mergedRepo();
    const r = await range(repo, `${base}..main`);
    expect(r.mode).toBe('range');
    expect(where(r)).toEqual([
      { commit: merge, file: 'a.txt', line: 2 },
      { commit: topic, file: 'topic.env', line: 2 },
    ]);
    expect(r.findings.find((f) => f.commit === topic)).toMatchObject({
      author: 'Bo Builder', email: 'bo@example.test', date: '2024-01-03T00:00:00+00:00', message: 'topic: add creds',
    });
    expect(r.stats.commits).toBe(3); // topic, main work, the merge
  });

  it('A...B takes the commits on either side; an empty side means HEAD', async () => {
    const { repo, topic, mainWork } = mergedRepo();
    const r = await range(repo, `${mainWork}...topic`);
    expect(where(r)).toEqual([{ commit: topic, file: 'topic.env', line: 2 }]);
    expect(r.stats.commits).toBe(2);
    gitAt(repo, 5, 'checkout', '-q', 'topic');
    const head = await range(repo, 'main..');
    expect(head.findings).toEqual([]);
    expect(head.notes?.join('')).toMatch(/has no commits/);
    expect(parseRange('..x')).toEqual({ from: 'HEAD', to: 'x', symmetric: false });
  });

  it('sees the unchanged line above and below a change: a rotated value under a kept name, a key body between kept BEGIN and END lines', async () => {
    const yaml = (v: string) => `env:\n  - name: API_TOKEN\n    value: ${v}\n`;
    const kept = gen('{{github:ghp}}');
    const repo = gitRepo();
    const base = commit(repo, 0, 'base', { 'key.pem': rsaKey(), 'deploy.yaml': yaml(gen('{{alnum:32}}')), 'a.env': `T=${kept}\nA=1\nB=1\nC=1\n` });
    // Rotation: only the body and the value change. Two runs one kept line apart in a.env (A=1
    // shared as context), under the secret already there, which is not this commit's.
    const rotate = commit(repo, 1, 'rotate', { 'key.pem': rsaKey(), 'deploy.yaml': yaml(gen('Kp4Wz9Qx{{alnum:32}}')), 'a.env': `T=${kept}\nX=${gen('{{github:gho}}')}\nA=1\nY=${gen('{{github:ghu}}')}\nC=1\n` });
    const r = await range(repo, `${base}..${rotate}`);
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      'a.env:2 github-oauth', 'a.env:4 github-app-token', 'deploy.yaml:3 generic-api-key', 'key.pem:1 private-key',
    ]);
  });

  it('reads text that git calls binary (UTF-16, a -diff attribute a pull request adds) and scans only what it adds', async () => {
    const [old, wide, hidden] = [gen('{{github:ghp}}'), gen('{{github:gho}}'), gen('{{github:ghu}}')];
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const repo = gitRepo();
    const base = commit(repo, 0, 'base', { 'win.ini': utf16(`OLD=${old}\r\n`) });
    const head = commit(repo, 1, 'hide a file from diffs', {
      '.gitattributes': '*.cfg -diff\n', 'app.cfg': `token = "${hidden}"\n`, 'win.ini': utf16(`OLD=${old}\r\nNEW=${wide}\r\n`),
    });
    const r = await range(repo, `${base}..${head}`);
    expect(where(r)).toEqual([{ commit: head, file: 'app.cfg', line: 1 }, { commit: head, file: 'win.ini', line: 2 }]);
    expect(r.skipped).toEqual([]);
    // The size limit is on what a change adds, as for any diff: a -diff line does not turn a large
    // file's one new line into a skipped file.
    const big = commit(repo, 2, 'big data', { 'data.cfg': 'x = 1\n'.repeat(2000) });
    const more = gen('{{github:ghp}}');
    const appended = commit(repo, 3, 'append', { 'data.cfg': `${'x = 1\n'.repeat(2000)}token = "${more}"\n` });
    const limited = await scan({ target: repo, range: { range: `${big}..${appended}` }, ruleSet, maxFileSize: 4096 });
    expect(where(limited)).toEqual([{ commit: appended, file: 'data.cfg', line: 2001 }]);
  });

  it('a new key put right above an old one, a line added further down: the old key is not reported cut short', async () => {
    // git's diff counts the old key's BEGIN line as added; below the shown part of its body come the
    // lines between the two changes, which the Fragment stands in for, then the next change's line.
    const key = () => rsaKey();
    for (const eol of ['\n', '\r\n']) {
      const [k0, k1] = [key(), key()];
      const crlf = (t: string) => t.replace(/\n/g, eol);
      const repo = gitRepo();
      const base = commit(repo, 0, 'a key', { 'a.txt': crlf(`one\n${k0}\ntwo\nthree\n`) });
      const added = commit(repo, 1, 'another above it', { 'a.txt': crlf(`one\n${k1}${k0}\ntwo\nNEW\nthree\n`) });
      const r = await range(repo, `${base}..${added}`);
      expect(r.findings.map((f) => [f.line, f.endLine, f.secret.startsWith(crlf(k1).slice(0, 60))]), JSON.stringify(eol)).toEqual([[2, 7, true]]);
    }
  });

  describe('key blocks a change takes in part: reported as the file has them, like a tree scan', () => {
    const body = () => rsaKeyBody(6);
    const byLine = (a: Array<number | string>, b: Array<number | string>) => (a[0] as number) - (b[0] as number);
    const treeScan = async (text: string) => (await scan({ target: '-', ruleSet, stdin: Readable.from([text]) })).findings.map((f) => [f.line, f.endLine, f.fingerprint]).sort(byLine);
    const both = async (repo: string, base: string, head: string) => {
      const r = await range(repo, `${base}..${head}`);
      const h = await scan({ target: repo, history: {}, ruleSet });
      return {
        range: r.findings.map((f) => [f.line, f.endLine, f.fingerprint]).sort(byLine),
        history: h.findings.filter((f) => f.commit === head).map((f) => [f.line, f.endLine, f.fingerprint]).sort(byLine),
      };
    };

    // Each case: a file before and after one commit. --range, --history and --staged report what a tree
    // scan of the after version has that one of the before version does not, at the same lines.
    const ppk = () => gen('PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2024{{digits:4}}\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI{{base64:39}}\n{{base64:4}}\nPrivate-Lines: 1\nAAAAI{{base64:43}}\nPrivate-MAC: {{hex:64}}\n');
    const cases: Array<[string, () => [string, string]]> = [
      ['a key edited in two places 10 lines apart, in one hunk of the diff', () => {
        const key = rsaKeyBody(16);
        const before = `top\nmid\n${rsaKey(key)}bottom\n`;
        key[1] = gen('{{base64:64}}');
        key[12] = gen('{{base64:64}}');
        return [before, `top\nmid\n${rsaKey(key)}bottom\n`];
      }],
      ['a line put above an old PuTTY key, a new one 30 lines below (never joined across lines not read)', () => {
        const [old, filler] = [ppk(), Array.from({ length: 30 }, (_, i) => `configuration line ${i} of the deploy notes`).join('\n')];
        return [`notes\nold key:\n${old}${filler}\n`, `notes\nold key:\n(kept for the legacy host)\n${old}${filler}\n${ppk()}`];
      }],
      ['a new OpenSSH key put above an old one (git shows the old key\'s first lines as added)', () => {
        const old = opensshKey();
        return [`keys\n${old}end\n`, `keys\n${opensshKey()}${old}end\n`];
      }],
      ['a new PuTTY key put above an old one', () => {
        const old = ppk();
        return [`keys\n${old}end\n`, `keys\n${ppk()}${old}end\n`];
      }],
      ['a copy of an allowed secret, without the comment, far from it (its line is one the diff shows unchanged)', () => {
        const line = `password = "${gen('{{base64:20}}')}x7#%"`;
        const filler = Array.from({ length: 300 }, (_, i) => `line ${i}`).join('\n');
        return [`a\n# leakward:allow-next-line\n${line}\n${filler}\n`, `b\n# leakward:allow-next-line\n${line}\n${filler}\n${line}\n`];
      }],
      ['a new OpenSSH key and a line put above an old one', () => {
        const old = opensshKey();
        return [`keys\n${old}end\n`, `keys\n${opensshKey()}the old one:\n${old}end\n`];
      }],
      ...[`password = "${gen('{{base64:20}}')}x7#%"`, rsaKey().trimEnd()].map((secret): [string, () => [string, string]] => [
        `a new key, and under it a copy of an allowed ${secret.startsWith('password') ? 'password' : 'key'} without the comment: both new`,
        () => [`top\n# leakward:allow-next-line\n${secret}\na\n`, `top\n# leakward:allow-next-line\n${secret}\n${rsaKey()}${secret}\na\n`],
      ]),
      ['a line put into a key\'s body that is also a line of the file (the key changes)', () => {
        const key = rsaKeyBody();
        const before = `top\n${rsaKey(key)}x\nsee notes\n`;
        key.splice(2, 0, 'see notes');
        return [before, `top\n${rsaKey(key)}x\nsee notes\n`];
      }],
    ];
    for (const [name, make] of cases) {
      it(name, async () => {
        const [before, after] = make();
        const had = new Set((await treeScan(before)).map((f) => f[2]));
        const expected = (await treeScan(after)).filter((f) => !had.has(f[2]));
        expect(expected.length).toBeGreaterThan(0);
        const repo = gitRepo();
        const base = commit(repo, 0, 'before', { 'k.txt': before });
        const head = commit(repo, 1, 'after', { 'k.txt': after });
        const stagedRepo = gitRepo({ 'k.txt': before });
        commit(stagedRepo, 0, 'before');
        writeTree(stagedRepo, { 'k.txt': after });
        gitAt(stagedRepo, 1, 'add', 'k.txt');
        const staged = (await scanStaged({ target: stagedRepo, ruleSet })).findings.map((f) => [f.line, f.endLine, f.fingerprint]).sort(byLine);
        expect({ ...(await both(repo, base, head)), staged }).toEqual({ range: expected, history: expected, staged: expected });
      });
    }

    it('a body line changed: the whole key, read down to its END line, with the fingerprint a tree scan gives', async () => {
      for (const eol of ['\n', '\r\n']) {
        const key = body();
        const crlf = (t: string) => t.replace(/\n/g, eol);
        const repo = gitRepo();
        const base = commit(repo, 0, 'a key', { 'k.txt': crlf(`top\n${rsaKey(key)}bottom\n`) });
        key[3] = gen('{{base64:64}}');
        const text = crlf(`top\n${rsaKey(key)}bottom\n`);
        const head = commit(repo, 1, 'one line of it changed', { 'k.txt': text });
        const expected = await treeScan(text);
        expect(expected).toHaveLength(1);
        expect(await both(repo, base, head), JSON.stringify(eol)).toEqual({ range: expected, history: expected });
      }
    });

    it('a new key put above an old one whose body line changes too: both keys, whole', async () => {
      for (const eol of ['\n', '\r\n']) {
        const [old, added] = [body(), body()];
        const crlf = (t: string) => t.replace(/\n/g, eol);
        const repo = gitRepo();
        const base = commit(repo, 0, 'a key', { 'k.txt': crlf(`top\n${rsaKey(old)}bottom\n`) });
        old[3] = gen('{{base64:64}}');
        const text = crlf(`top\n${rsaKey(added)}${rsaKey(old)}bottom\n`);
        const head = commit(repo, 1, 'another key above it, and an edit', { 'k.txt': text });
        const expected = await treeScan(text);
        expect(expected).toHaveLength(2);
        expect(await both(repo, base, head), JSON.stringify(eol)).toEqual({ range: expected, history: expected });
      }
    });

    it('a leakward:allow-next-line comment above a key whose body changes still allows it', async () => {
      const key = body();
      const repo = gitRepo();
      const base = commit(repo, 0, 'an allowed key', { 'k.txt': `top\n# leakward:allow-next-line\n${rsaKey(key)}` });
      key[1] = gen('{{base64:64}}');
      const head = commit(repo, 1, 'edit it', { 'k.txt': `top\n# leakward:allow-next-line\n${rsaKey(key)}` });
      expect(await both(repo, base, head)).toEqual({ range: [], history: [] });
    });

    it('a PuTTY key replaced by another of the same type (its header line kept)', async () => {
      const ppk = () => gen('PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2024{{digits:4}}\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI{{base64:39}}\n{{base64:4}}\nPrivate-Lines: 1\nAAAAI{{base64:43}}\nPrivate-MAC: {{hex:64}}\n');
      const repo = gitRepo();
      const base = commit(repo, 0, 'a key', { 'deploy.ppk': `notes\n${ppk()}` });
      const text = `notes\n${ppk()}`;
      const head = commit(repo, 1, 'rotated', { 'deploy.ppk': text });
      const expected = await treeScan(text);
      expect(expected).toHaveLength(1);
      expect(await both(repo, base, head)).toEqual({ range: expected, history: expected });
    });
  });

  it('exits 2 with a clear message for an unknown ref, or a range that is not one', () => {
    const { repo } = mergedRepo();
    const unknown = cli(['scan', '--range', 'nope..main', repo]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown revision "nope"/);
    const single = cli(['scan', '--range', 'main', repo]);
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/two revisions/);
    expect(cli(['scan', '--range', 'a..b', '--history', repo]).code).toBe(2);
    const option = cli(['scan', '--range', '--output=x..main', repo]);
    expect(option.code).toBe(2);
  });

  it('in a shallow clone that lacks the commits, says to fetch with fetch-depth: 0', () => {
    const { repo, base } = mergedRepo();
    const clone = join(tempDir(), 'shallow');
    gitAt(repo, 5, 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    const r = cli(['scan', '--range', `${base}..HEAD`, clone]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not in this shallow clone/);
    expect(r.stderr).toMatch(/fetch-depth: 0/);
  });

  it('prints findings with their commit and exits 1 (CLI)', () => {
    const { repo, base, topic } = mergedRepo();
    const r = cli(['scan', '--range', `${base}..topic`, repo, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { commit: string }) => f.commit)).toEqual([topic]);
    expect(report.stats).toMatchObject({ mode: 'range', commits: 1 });
  });
});
