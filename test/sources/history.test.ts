import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBuiltinRuleSet } from '../../src/rules/builtin.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { formatJson } from '../../src/report/json.js';
import { BlobFetcher } from '../../src/sources/git-stream.js';
import { scanHistory } from '../../src/sources/history.js';
import type { RuleSet } from '../../src/types.js';
import { cli, GIT_ENV, gitRepo, tempDir, writeTree, gitAs } from '../helpers/fs.js';
import { gen, opensshKey, rsaKey } from '../helpers/tokens.js';

let ruleSet: RuleSet;
beforeAll(() => {
  ruleSet = loadBuiltinRuleSet();
});

const gitAt = gitAs({ name: 'Ada Author', email: 'ada@example.test' });

/** Writes files, stages everything and commits on day `day`; returns the commit id. */
function commit(repo: string, day: number, message: string, files: Record<string, string | Buffer> = {}): string {
  writeTree(repo, files);
  gitAt(repo, day, 'add', '-A');
  gitAt(repo, day, 'commit', '-q', '--allow-empty', '-m', message);
  return gitAt(repo, day, 'rev-parse', 'HEAD').trim();
}

const history = (target: string, extra: { since?: string; maxCount?: number; maxFileSize?: number } = {}): Promise<ScanResult> => {
  const { maxFileSize, ...limits } = extra;
  return scan({ target, history: limits, ruleSet, ...(maxFileSize ? { maxFileSize } : {}) });
};

/** git with `input` on its stdin; its output, trimmed. */
const gitIn = (repo: string, input: string, ...args: string[]): string => execFileSync('git', args, { cwd: repo, env: GIT_ENV, input, encoding: 'utf8' }).trim();

const where = (r: ScanResult) => r.findings.map((f) => ({ commit: f.commit, file: f.file, line: f.line })).sort((a, b) => (a.file < b.file ? -1 : 1));

describe('scan --history', () => {
  it('scans the same clean change once however many branches carry it (content seen-set), and still attributes secrets to their oldest commit', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'README.md': '# hi\n' });
    gitAt(repo, 0, 'checkout', '-q', '-b', 'a');
    const first = commit(repo, 1, 'same change on a', { 'lib.js': 'export const x = 1;\n', 'cfg.env': `T=${tok}\n` });
    gitAt(repo, 1, 'checkout', '-q', 'main');
    gitAt(repo, 2, 'checkout', '-q', '-b', 'b');
    commit(repo, 2, 'same change on b', { 'lib.js': 'export const x = 1;\n', 'cfg.env': `T=${tok}\n` });
    const r = await history(repo);
    expect(r.stats.deduplicated).toBeGreaterThanOrEqual(1);
    expect(r.findings.map((f) => f.commit)).toEqual([first]);
  });

  it('applies an allowlist naming the commit that first made a change, also made by a later commit', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'README.md': '# hi\n' });
    gitAt(repo, 0, 'checkout', '-q', '-b', 'a');
    const fixture = commit(repo, 1, 'known test fixture', { 'cfg.env': `T=${tok}\n` });
    gitAt(repo, 1, 'checkout', '-q', 'main');
    const again = commit(repo, 2, 'same change, later', { 'cfg.env': `T=${tok}\n` });
    writeFileSync(join(repo, '.leakward.toml'), `[[allowlists]]\ndescription = "fixture commit"\ncommits = ["${fixture}"]\n`);
    const r = await scan({ target: repo, history: {} });
    expect(r.findings).toEqual([]);
    expect(r.suppressed.map((s) => [s.kind, s.finding.commit])).toContainEqual(['global-allowlist', fixture]);
    // Without the allowlist it is found, at the older commit.
    writeFileSync(join(repo, '.leakward.toml'), '');
    expect((await scan({ target: repo, history: {} })).findings.map((f) => f.commit)).toEqual([fixture]);
    expect(again).not.toBe(fixture);
  });

  it('finds a secret that was added and later removed, at the commit that added it, with author, date and subject', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'app.py': 'print("hi")\n' });
    const added = commit(repo, 1, 'add config\n\nwith a body', { 'app.py': `print("hi")\nTOKEN = "${tok}"\n` });
    commit(repo, 2, 'edit around it', { 'app.py': `# header\nprint("hi")\nTOKEN = "${tok}"\nprint("bye")\n` });
    commit(repo, 3, 'remove the token', { 'app.py': 'print("hi")\n' });
    const r = await history(repo);
    expect(r.mode).toBe('history');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      ruleId: 'github-pat', file: 'app.py', line: 2, column: 10, commit: added,
      author: 'Ada Author', email: 'ada@example.test', date: '2024-01-02T00:00:00+00:00', message: 'add config',
    });
    expect(r.stats).toMatchObject({ commits: 4, refs: 1, shallow: false });
    expect(r.notes).toEqual([]);
  });

  it('reports a secret on two branches once, at the older commit; a tag-only commit and a re-added secret too', async () => {
    const shared = gen('{{github:ghp}}');
    const tagged = gen('{{github:gho}}');
    const readded = gen('{{github:ghu}}');
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'README.md': '# x\n' });
    gitAt(repo, 0, 'checkout', '-q', '-b', 'feature');
    const first = commit(repo, 1, 'feature: creds', { 'feature.env': `T=${shared}\n` });
    gitAt(repo, 1, 'checkout', '-q', 'main');
    commit(repo, 2, 'main: same creds elsewhere', { 'config/main.env': `\nT=${shared}\n` });
    const add = commit(repo, 3, 'add deploy', { 'deploy.sh': `export GH=${readded}\n` });
    commit(repo, 4, 'remove it', { 'deploy.sh': 'echo ok\n' });
    commit(repo, 5, 'put it back', { 'deploy.sh': `echo ok\nexport GH=${readded}\n` });
    gitAt(repo, 5, 'checkout', '-q', '-b', 'release');
    const onTag = commit(repo, 6, 'release notes', { 'notes.txt': `${tagged}\n` });
    gitAt(repo, 6, 'tag', 'v1');
    gitAt(repo, 6, 'checkout', '-q', 'main');
    gitAt(repo, 6, 'branch', '-q', '-D', 'release');
    const r = await history(repo);
    expect(where(r)).toEqual([
      { commit: add, file: 'deploy.sh', line: 1 },
      { commit: first, file: 'feature.env', line: 1 },
      { commit: onTag, file: 'notes.txt', line: 1 },
    ]);
    expect(r.stats.refs).toBe(3); // main, feature, v1
  });

  it('keeps the original path when the file is renamed later', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    const added = commit(repo, 0, 'add', { 'old/name.env': `A=1\nT=${tok}\n` });
    gitAt(repo, 1, 'mv', 'old/name.env', 'new-name.env');
    commit(repo, 1, 'rename');
    const r = await history(repo);
    expect(where(r)).toEqual([{ commit: added, file: 'old/name.env', line: 2 }]);
  });

  it('finds a second private key in a file whose BEGIN and END lines an earlier key already had (context lines)', async () => {
    const key = () => rsaKey().trimEnd();
    const repo = gitRepo();
    const k1 = key();
    const first = commit(repo, 0, 'one key', { 'keys.pem': `${k1}\n` });
    const second = commit(repo, 1, 'another key', { 'keys.pem': `${k1}\n${key()}\n` });
    const r = await history(repo);
    expect(r.findings.filter((f) => f.ruleId.startsWith('private-key')).map((f) => ({ commit: f.commit, line: f.line })))
      .toEqual([{ commit: first, line: 1 }, { commit: second, line: 7 }].sort((a, b) => (a.line < b.line ? -1 : 1)));
  });

  it('reports a secret copied or moved to another file once, where it was first added; a changed secret on the same line again', async () => {
    const tok = gen('{{github:ghp}}');
    const other = gen('{{github:ghp}}');
    const repo = gitRepo();
    const added = commit(repo, 0, 'add', { 'a.env': `X=1\nT=${tok}\n` });
    commit(repo, 1, 'copy it', { 'b/c.env': `# copied\nT=${tok}\n` });
    const changed = commit(repo, 2, 'rotate', { 'a.env': `X=1\nT=${other}\n` });
    const r = await history(repo);
    expect(where(r)).toEqual([
      { commit: added, file: 'a.env', line: 2 },
      { commit: changed, file: 'a.env', line: 2 },
    ]);
  });

  it('gives the same findings from the built CLI, whose engine runs on a worker thread', async () => {
    const repo = gitRepo();
    // An initial import of several MB, scanned whole near the end (newest first): more than the engine
    // thread may queue, so this thread scans batches too (WorkerFeed's caller help).
    commit(repo, 0, 'init', {
      'README.md': '# x\n',
      'ünï\ncødé ✓.env': `T=${gen('{{github:ghp}}')}\n`,
      ...Object.fromEntries(Array.from({ length: 24 }, (_, f) => [`vendor/lib${f}.js`,
        Array.from({ length: 4000 }, (_, i) => `export const v${i} = "${(i * 7919 + f).toString(36)}";`).join('\n') +
        (f % 6 === 0 ? `\nconst TOKEN = "${gen('{{github:ghp}}')}";\n` : '\n')])),
    });
    for (let day = 1; day <= 12; day++) {
      commit(repo, day, `change ${day}`, {
        [`svc/${day % 4}.env`]: Array.from({ length: day * 40 }, (_, i) => `K${i}=v${i}`).join('\n') + `\nT${day}=${gen('{{github:ghp}}')}\n`,
      });
    }
    const inProcess = await history(repo);
    const run = cli(['scan', '--history', '--format', 'json', repo]);
    expect(run.code).toBe(1);
    const key = (f: { ruleId: string; fingerprint: string; commit?: string; file: string; line: number }) => `${f.fingerprint} ${f.commit} ${f.file}:${f.line}`;
    const viaCli = (JSON.parse(run.stdout) as { findings: Array<Parameters<typeof key>[0]> }).findings.map(key).sort();
    expect(viaCli).toHaveLength(17);
    expect(viaCli).toEqual(inProcess.findings.map(key).sort());
  });

  it('applies the repository\'s config on the engine thread too (the built CLI): a disabled rule, a user rule', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, '.leakward.toml'), [
      '[extend]', 'disabledRules = ["github-pat"]', '',
      '[[rules]]', 'id = "acme-key"', 'description = "ACME internal key"', 'regex = \'\'\'acme_[a-z0-9]{24}\'\'\'', 'keywords = ["acme_"]', '',
    ].join('\n'));
    const acme = `acme_${'k3'.repeat(12)}`;
    const added = commit(repo, 0, 'keys', { 'a.env': `GH=${gen('{{github:ghp}}')}\nACME=${acme}\n` });
    const run = cli(['scan', '--history', '--format', 'json', repo]);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; commit: string; line: number }> }).findings;
    expect(found.map((f) => ({ rule: f.ruleId, commit: f.commit, line: f.line }))).toEqual([{ rule: 'acme-key', commit: added, line: 2 }]);
  });

  it('brings in what a merge itself adds (a conflict resolution), and reports a merged branch\'s secret once, at the branch commit', async () => {
    const onBranch = gen('{{github:ghp}}');
    const inMerge = gen('{{github:gho}}');
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'a.txt': 'base\n' });
    gitAt(repo, 0, 'checkout', '-q', '-b', 'topic');
    const branchCommit = commit(repo, 1, 'topic work', { 'b.env': `T=${onBranch}\n` });
    gitAt(repo, 1, 'checkout', '-q', 'main');
    commit(repo, 2, 'main work', { 'c.txt': 'c\n' });
    gitAt(repo, 3, 'merge', '-q', '--no-ff', '--no-commit', 'topic');
    writeTree(repo, { 'a.txt': `base\nMERGE_TOKEN=${inMerge}\n` });
    gitAt(repo, 3, 'add', '-A');
    gitAt(repo, 3, 'commit', '-q', '-m', 'Merge topic');
    const merge = gitAt(repo, 3, 'rev-parse', 'HEAD').trim();
    const r = await history(repo);
    expect(where(r)).toEqual([
      { commit: merge, file: 'a.txt', line: 2 },
      { commit: branchCommit, file: 'b.env', line: 1 },
    ]);
  });

  it('finds what the initial import added at the root commit, also in files changed later (scanned when first read)', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    const root = commit(repo, 0, 'initial import', {
      'cfg.env': `A=1\nB=2\nT=${tok}\n`,
      'logo.bin': Buffer.from([0x89, 0x50, 0, 0, 1]),
      'README.md': '# x\n',
    });
    commit(repo, 1, 'edit config', { 'cfg.env': `A=1\nB=3\nT=${tok}\n`, 'logo.bin': Buffer.from([0x89, 0x50, 0, 0, 2]) });
    commit(repo, 2, 'edit again', { 'cfg.env': `A=2\nB=3\nT=${tok}\nC=4\n` });
    const r = await history(repo);
    expect(where(r)).toEqual([{ commit: root, file: 'cfg.env', line: 3 }]);
    expect(r.skipped.filter((s) => s.path === 'logo.bin').map((s) => s.detail?.slice(-12)).sort()).toEqual(
      [root.slice(0, 12), gitAt(repo, 2, 'rev-parse', 'HEAD~1').trim().slice(0, 12)].sort());
    // Versions scanned: cfg.env three times (the first from the root), README.md once.
    expect(r.stats.files).toBe(4);
  });

  it('reads a version again when the bound on versions kept for the next change let it go, with the same findings', async () => {
    const repo = gitRepo();
    for (let day = 0; day < 8; day++) {
      commit(repo, day, `change ${day}`, Object.fromEntries([0, 1, 2].map((f) => [
        `svc/${f}.env`, Array.from({ length: 30 + day }, (_, i) => `K${i}=v${i}`).join('\n') + (day === 3 + f ? `\nT=${gen('{{github:ghp}}')}\n` : '\n'),
      ])));
    }
    const run = (keptBytes?: number) => scanHistory({ root: repo, ruleSet, maxFileSize: 1 << 20, ...(keptBytes ? { keptBytes } : {}) });
    const key = (r: ScanResult) => r.findings.map((f) => `${f.fingerprint} ${f.commit} ${f.file}:${f.line}`).sort();
    const reads = vi.spyOn(BlobFetcher.prototype, 'read');
    const plenty = await run();
    expect(reads).not.toHaveBeenCalled();
    const tight = await run(1);
    expect(reads).toHaveBeenCalled();
    reads.mockRestore();
    expect(key(plenty)).toHaveLength(3);
    expect(key(tight)).toEqual(key(plenty));
  });

  it('skips binary files and files over the size limit, and says so', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'add', {
      'img.bin': Buffer.concat([Buffer.from([0x89, 0x50, 0, 0, 0]), Buffer.from(`T=${tok}\n`)]),
      'big.txt': `${'x'.repeat(3000)}\nT=${tok}\n`,
      'ok.txt': 'nothing here\n',
    });
    const r = await history(repo, { maxFileSize: 2048 });
    expect(r.findings).toEqual([]);
    expect(r.stats.skippedByReason).toEqual({ binary: 1, 'too-large': 1 });
    expect(r.skipped.map((s) => [s.path, s.reason]).sort()).toEqual([['big.txt', 'too-large'], ['img.bin', 'binary']]);
  });

  it('reads UTF-16 files with a byte-order mark as text (Windows tools write them), little- and big-endian', async () => {
    const [le, be, later] = [gen('{{github:ghp}}'), gen('{{github:gho}}'), gen('{{github:ghu}}')];
    const utf16 = (text: string, big = false) => {
      const b = Buffer.from(`\ufeff${text}`, 'utf16le');
      return big ? b.swap16() : b;
    };
    const repo = gitRepo();
    const first = commit(repo, 0, 'add', { 'setup.ps1': utf16(`# setup\r\n$t = "${le}"\r\n`), 'be.txt': utf16(`T=${be}\n`, true) });
    const edit = commit(repo, 1, 'edit', { 'setup.ps1': utf16(`# setup\r\n$t = "${le}"\r\n# more\r\n$u = "${later}"\r\n`) });
    const r = await history(repo);
    expect(where(r)).toEqual([
      { commit: first, file: 'be.txt', line: 1 },
      { commit: first, file: 'setup.ps1', line: 2 },
      { commit: edit, file: 'setup.ps1', line: 4 },
    ]);
    expect(r.stats.skipped).toBe(0);
  });

  it('runs path-only rules on binary files too (a keystore\'s name is the finding)', async () => {
    const repo = gitRepo();
    writeTree(repo, { '.leakward.toml': `[[rules]]\nid = "keystore"\ndescription = "A PKCS#12 keystore"\npath = '''\\.p12$'''\n` });
    const added = commit(repo, 0, 'add keystore', { 'certs/app.p12': Buffer.from([0x30, 0x82, 0, 0, 1, 2]) });
    commit(repo, 1, 'change keystore', { 'certs/app.p12': Buffer.from([0x30, 0x82, 0, 0, 3, 4]) });
    const r = await scan({ target: repo, history: {}, ruleSet });
    expect(r.findings.map((f) => [f.ruleId, f.file, f.commit])).toEqual([['keystore', 'certs/app.p12', added]]);
  });

  it('handles odd file names: spaces, unicode, newlines, leading dashes', async () => {
    const names = ['with space.env', 'ünïcødé/秘密.txt', 'new\nline.txt', '-dash.txt'];
    const repo = gitRepo();
    commit(repo, 0, 'odd names', Object.fromEntries(names.map((n) => [n, `T=${gen('{{github:ghp}}')}\n`])));
    const r = await history(repo);
    expect(r.findings.map((f) => f.file).sort()).toEqual([...names].sort());
  });

  it('scans a detached HEAD\'s own commits and counts it as a ref', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'a.txt': 'a\n' });
    gitAt(repo, 1, 'checkout', '-q', '--detach');
    const detached = commit(repo, 1, 'on a detached HEAD', { 'd.env': `T=${tok}\n` });
    const r = await history(repo);
    expect(where(r)).toEqual([{ commit: detached, file: 'd.env', line: 1 }]);
    expect(r.stats.refs).toBe(2);
  });

  it('scans the commits a replace ref or a graft hides on this clone (every other clone has them)', async () => {
    const replaced = gen('{{github:ghp}}');
    const grafted = gen('{{github:gho}}');
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'a.txt': 'a\n' });
    const hidden = commit(repo, 1, 'add a token', { 'r.env': `T=${replaced}\n` });
    // `git replace` swaps that commit for a clean one wherever git reads it.
    gitAt(repo, 1, 'checkout', '-q', '--orphan', 'stand-in');
    gitAt(repo, 1, 'rm', '-rq', '--cached', '.');
    const standIn = commit(repo, 1, 'stand-in', { 'r.env': 'T=\n' });
    gitAt(repo, 1, 'checkout', '-q', '-f', 'main');
    gitAt(repo, 1, 'branch', '-q', '-D', 'stand-in');
    gitAt(repo, 1, 'replace', hidden, standIn);
    const added = commit(repo, 2, 'add another', { 'g.env': `T=${grafted}\n` });
    const last = commit(repo, 3, 'remove it', { 'g.env': 'T=\n' });
    // A graft makes the last commit a root: what came before is cut off.
    writeFileSync(join(repo, '.git', 'info', 'grafts'), `${last}\n`);
    expect(gitAt(repo, 4, 'log', '--format=%H', 'main').trim()).toBe(last);
    const r = await history(repo);
    expect(where(r)).toEqual([{ commit: added, file: 'g.env', line: 1 }, { commit: hidden, file: 'r.env', line: 1 }]);
  });

  it('scans the files and folders a ref leads to without a commit (a tag of a blob or a tree)', async () => {
    const inBlob = gen('{{github:ghp}}');
    const inTree = gen('{{github:gho}}');
    const inBoth = gen('{{github:ghu}}');
    const repo = gitRepo();
    const c = commit(repo, 0, 'init', { 'a.env': `T=${inBoth}\n` });
    const blob = gitIn(repo, `key = "${inBlob}"\n`, 'hash-object', '-w', '--stdin');
    gitAt(repo, 1, 'tag', 'key-file', blob);
    // A tag of an annotated tag of the blob: followed to the end.
    gitAt(repo, 1, 'tag', '-a', '-m', 'the key', 'key-annotated', blob);
    gitAt(repo, 1, 'tag', '-a', '-m', 'again', 'key-nested', 'key-annotated');
    const inner = gitIn(repo, `\nT=${inTree}\n`, 'hash-object', '-w', '--stdin');
    const both = gitAt(repo, 1, 'rev-parse', `${c}:a.env`).trim();
    const tree = gitIn(repo, `100644 blob ${inner}\tb.env\n100644 blob ${both}\tsame.env\n`, 'mktree');
    gitAt(repo, 1, 'tag', 'a-folder', tree);
    const r = await history(repo);
    expect(r.findings.map((f) => ({ commit: f.commit, file: f.file, line: f.line, place: f.place })).sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual([
      { commit: c, file: 'a.env', line: 1, place: undefined },
      { commit: undefined, file: 'refs/tags/a-folder/b.env', line: 2, place: 'ref' },
      { commit: undefined, file: 'refs/tags/key-annotated', line: 1, place: 'ref' },
    ]);
    expect(r.findings.find((f) => f.commit === undefined)?.author).toBeUndefined();
    expect(r.stats.refs).toBe(5);
    expect(r.notes?.join('\n')).toMatch(/4 refs lead to a file or folder, not a commit.*refs\/tags\/a-folder \(a folder\)/s);
    // A window of commits leaves them out, and says so.
    const windowed = await history(repo, { maxCount: 5 });
    expect(where(windowed)).toEqual([{ commit: c, file: 'a.env', line: 1 }]);
    expect(windowed.notes?.join('\n')).toMatch(/not scanned in a --since\/--max-count window.*refs\/tags\/a-folder/s);
    // In a folder, path rules and allowlists read its own paths: the same version in a minified
    // bundle (allowlisted) and in config.js (not), a .netrc at its top.
    const pw = gitIn(repo, `const db_password = "${gen('Xq7pLm92{{alnum:24}}')}";\n`, 'hash-object', '-w', '--stdin');
    const netrc = gitIn(repo, `machine api.example.com\n  login deploy\n  password ${gen('Zq8vT2{{alnum:26}}')}\n`, 'hash-object', '-w', '--stdin');
    gitAt(repo, 2, 'tag', 'home', gitIn(repo, `100644 blob ${pw}\tapp.min.js\n100644 blob ${pw}\tconfig.js\n100644 blob ${netrc}\t.netrc\n`, 'mktree'));
    const home = await history(repo);
    expect(home.findings.filter((f) => f.file.startsWith('refs/tags/home/')).map((f) => `${f.file} ${f.ruleId}`).sort())
      .toEqual(['refs/tags/home/.netrc netrc-password', 'refs/tags/home/config.js generic-password']);
  });

  it('limits to a window with --since and --max-count', async () => {
    const old = gen('{{github:ghp}}');
    const mid = gen('{{github:gho}}');
    const recent = gen('{{github:ghu}}');
    const repo = gitRepo();
    commit(repo, 0, 'old', { 'a.env': `A=${old}\n` });
    const m = commit(repo, 400, 'mid', { 'b.env': `B=${mid}\n` });
    const n = commit(repo, 500, 'recent', { 'c.env': `C=${recent}\n` });
    expect(where(await history(repo, { since: '2024-06-01' }))).toEqual([
      { commit: m, file: 'b.env', line: 1 },
      { commit: n, file: 'c.env', line: 1 },
    ]);
    const last = await history(repo, { maxCount: 1 });
    expect(where(last)).toEqual([{ commit: n, file: 'c.env', line: 1 }]);
    expect(last.stats.commits).toBe(1);
    // A change inside the window is compared with the version before it, older than the window: the
    // secret that older version had is not reported, the one the change added is.
    const added = gen('{{github:ghp}}');
    commit(repo, 450, 'more settings', { 'a.env': `A=${old}\nX=1\nY=2\nZ=3\n` });
    const edit = commit(repo, 600, 'edit a', { 'a.env': `A=${old}\nX=1\nY=2\nZ=3\nB=${added}\n` });
    expect(where(await history(repo, { since: '2025-06-01' }))).toEqual([{ commit: edit, file: 'a.env', line: 5 }]);
    // A change next to the old secret scans it as context, but did not add it: not reported in the
    // window, and in the whole history still only at the commit that added it.
    const oldAdded = where(await history(repo)).find((f) => f.file === 'a.env' && f.line === 1)!.commit;
    const nextTo = commit(repo, 700, 'edit the line after it', { 'a.env': `A=${old}\nX=2\nY=2\nZ=3\nB=${added}\n` });
    expect(where(await history(repo, { since: '2025-11-01' }))).toEqual([]);
    expect(where(await history(repo)).filter((f) => f.file === 'a.env')).toEqual([
      { commit: oldAdded, file: 'a.env', line: 1 },
      { commit: edit, file: 'a.env', line: 5 },
    ]);
    expect(nextTo).not.toBe(oldAdded);
  });

  it('scans a copy again at a path the rules treat otherwise (a vendored copy an allowlist drops), not only where it was first added', async () => {
    const key = gen('{{alnum:20}}{{digits:4}}');
    const cfg = `service:\n  api_key: "${key}"\n`;
    const repo = gitRepo();
    commit(repo, 0, 'base', { README: 'base\n' });
    const added = commit(repo, 1, 'add config', { 'app.yaml': cfg });
    const copied = commit(repo, 2, 'vendor a copy', { 'vendor/app.yaml': cfg });
    const r = await history(repo);
    // Scanned once, the change was seen at vendor/ (newest first) with vendor/'s allowlist, and moving
    // it back to app.yaml depended on how fast git answered: a dropped finding, or a suppression lost.
    expect(where(r)).toEqual([{ commit: added, file: 'app.yaml', line: 2 }]);
    expect(r.suppressed.map((x) => [x.kind, x.finding.file, x.finding.commit])).toContainEqual(['rule-allowlist', 'vendor/app.yaml', copied]);
  });

  it('a new key put right above an old one: the old key is not reported again, cut short, as a new secret', async () => {
    const key = () => rsaKey();
    for (const eol of ['\n', '\r\n']) {
      const [k0, k1] = [key(), key()];
      const crlf = (t: string) => t.replace(/\n/g, eol);
      const repo = gitRepo();
      const first = commit(repo, 0, 'a key', { 'a.txt': crlf(`one\n${k0}\ntwo\n`) });
      const second = commit(repo, 1, 'another above it', { 'a.txt': crlf(`one\n${k1}${k0}\ntwo\n`) });
      const r = await history(repo);
      expect(r.findings.map((f) => [f.commit, f.line, f.endLine]).sort(), JSON.stringify(eol)).toEqual([[first, 2, 7], [second, 2, 7]].sort());
    }
  });

  it('reports a key once when a later commit only converts its file to CRLF', async () => {
    const key = rsaKey();
    const repo = gitRepo();
    const added = commit(repo, 0, 'add key', { 'deploy.pem': key });
    commit(repo, 1, 'line endings to CRLF', { 'deploy.pem': key.replace(/\n/g, '\r\n') });
    expect(where(await history(repo))).toEqual([{ commit: added, file: 'deploy.pem', line: 1 }]);
  });

  it('finds a rotated key whose new body starts lines below its kept BEGIN line (history and --range)', async () => {
    const repo = gitRepo();
    commit(repo, 0, 'readme', { 'README.md': '# x\n' });
    const added = commit(repo, 1, 'add key', { id_ed25519: opensshKey() });
    const rotated = commit(repo, 2, 'rotate key', { id_ed25519: opensshKey() });
    const keys = (r: ScanResult) => r.findings.filter((f) => f.ruleId === 'private-key').map((f) => [f.commit, f.line]);
    expect(keys(await history(repo))).toEqual(expect.arrayContaining([[added, 1], [rotated, 1]]));
    expect(keys(await history(repo))).toHaveLength(2);
    expect(keys(await scan({ target: repo, range: { range: `${added}..${rotated}` }, ruleSet }))).toEqual([[rotated, 1]]);
    // Indented, in a YAML block scalar (a Kubernetes Secret): the same.
    const yaml = () => `stringData:\n  id_ed25519: |\n${opensshKey().replace(/^(?=.)/gm, '    ')}`;
    const inYaml = commit(repo, 3, 'add to the secret', { 'secret.yaml': yaml() });
    const rotatedYaml = commit(repo, 4, 'rotate in the secret', { 'secret.yaml': yaml() });
    const yamlKeys = (r: ScanResult) => r.findings.filter((f) => f.file === 'secret.yaml').map((f) => [f.commit, f.line]);
    expect(yamlKeys(await history(repo))).toEqual(expect.arrayContaining([[inYaml, 3], [rotatedYaml, 3]]));
    expect(yamlKeys(await scan({ target: repo, range: { range: `${inYaml}..${rotatedYaml}` }, ruleSet }))).toEqual([[rotatedYaml, 3]]);
  });

  it('--since keeps a branch tip newer than the date though a child on another branch has an older clock', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'base', { 'a.txt': 'a\n' });
    const added = commit(repo, 10, 'add a token', { 's.env': `T=${tok}\n` });
    gitAt(repo, 10, 'checkout', '-q', '-b', 'skewed');
    commit(repo, 1, 'a child whose clock is behind', { 'a.txt': 'a\nb\n' });
    gitAt(repo, 10, 'checkout', '-q', 'main');
    const r = await history(repo, { since: '2024-01-05' });
    expect(where(r)).toEqual([{ commit: added, file: 's.env', line: 1 }]);
  });

  it('reports a secret at the commit that added it though its child, which only edits the line, has an older clock', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    const base = commit(repo, 0, 'base', { 'a.txt': 'a\n' });
    const added = commit(repo, 5, 'add a token', { 's.env': `T=${tok}\n` });
    const child = commit(repo, 1, 'edit its line, clock behind', { 's.env': `T=${tok} # prod\n` });
    expect(where(await history(repo))).toEqual([{ commit: added, file: 's.env', line: 1 }]);
    const r = await scan({ target: repo, range: { range: `${base}..${child}` }, ruleSet });
    expect(where(r)).toEqual([{ commit: added, file: 's.env', line: 1 }]);
  });

  it('scans commit messages (history and --range): a token pasted in one is reported at its commit, once', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    const base = commit(repo, 0, 'init', { 'a.txt': 'a\n' });
    const pasted = commit(repo, 1, `fix CI\n\nuse the token ${tok} for the deploy step`, { 'a.txt': 'a\nb\n' });
    // The same message again (a cherry-pick carries it): one finding, at the older commit.
    gitAt(repo, 2, 'checkout', '-q', '-b', 'other', base);
    const picked = commit(repo, 2, `fix CI\n\nuse the token ${tok} for the deploy step`, { 'b.txt': 'b\n' });
    const r = await history(repo);
    expect(r.findings.map((f) => ({ commit: f.commit, file: f.file, line: f.line, column: f.column, message: f.message, place: f.place }))).toEqual([
      { commit: pasted, file: '(commit message)', line: 3, column: 15, message: 'fix CI', place: 'commit-message' },
    ]);
    expect(r.stats.files).toBe(3); // file changes: a.txt twice, b.txt; messages are not files
    const onBranch = await scan({ target: repo, range: { range: `${base}..${picked}` }, ruleSet });
    expect(where(onBranch)).toEqual([{ commit: picked, file: '(commit message)', line: 3 }]);
    expect(onBranch.findings[0]!.place).toBe('commit-message');
    expect(onBranch.stats.files).toBe(1);
    // In the subject, and in a file of the same commit: reported at the file; the JSON report's
    // `message` (the subject) is redacted like the rest.
    const both = gen('{{github:gho}}');
    const withFile = commit(repo, 3, `add ${both}`, { 'config.js': `token = "${both}"\n` });
    const r2 = await history(repo);
    expect(r2.findings.filter((f) => f.secret === both).map((f) => [f.commit, f.file, f.line])).toEqual([[withFile, 'config.js', 1]]);
    const json = formatJson(r2, { noRedact: false, showSuppressed: true });
    expect(json).not.toContain(both);
    expect(json).not.toContain(tok);
    // The built CLI (engine on a worker thread) says where, too.
    const viaCli = JSON.parse(cli(['scan', '--history', repo, '--format', 'json']).stdout).findings as Array<{ file: string; place?: string }>;
    expect(viaCli.map((f) => [f.file, f.place]).sort()).toEqual([['(commit message)', 'commit-message'], ['config.js', undefined]]);
    // A subject whose own secret is ignored (or baselined) is still redacted on the other findings of its commit.
    const subject = gen('{{github:ghu}}');
    commit(repo, 4, `use ${subject} for ci`, { 'other.env': `T=${gen('{{github:ghp}}')}\n` });
    const msg = (await history(repo)).findings.find((f) => f.secret === subject)!;
    writeFileSync(join(repo, '.leakwardignore'), `${msg.fingerprint} # rotated\n`);
    const ignored = await history(repo);
    expect(ignored.findings.some((f) => f.secret === subject)).toBe(false);
    expect(formatJson(ignored, { noRedact: false })).not.toContain(subject);
  });

  it('scans annotated tags\' messages (release notes), a tag of a tag too, with no commit', async () => {
    const [inNotes, inInner] = [gen('{{github:ghp}}'), gen('{{github:gho}}')];
    const repo = gitRepo();
    commit(repo, 0, 'init', { 'a.txt': 'a\n' });
    gitAt(repo, 1, 'tag', '-a', '-m', `v1\n\ndeploy with ${inNotes}`, 'v1');
    gitAt(repo, 1, 'tag', '-a', '-m', `inner\n${inInner}`, 'inner', 'HEAD');
    gitAt(repo, 1, 'tag', '-a', '-m', 'outer', 'outer', 'inner');
    gitAt(repo, 1, 'tag', '-d', 'inner');
    // A long chain of tags of tags: followed to the end.
    const deep = gen('{{github:ghu}}');
    gitAt(repo, 1, 'tag', '-a', '-m', `deep\n${deep}`, 'chain-0', 'HEAD');
    for (let k = 1; k <= 20; k++) gitAt(repo, 1, 'tag', '-a', '-m', `level ${k}`, `chain-${k}`, `chain-${k - 1}`);
    for (let k = 0; k < 20; k++) gitAt(repo, 1, 'tag', '-d', `chain-${k}`);
    const r = await history(repo);
    expect(r.findings.map((f) => ({ commit: f.commit, file: f.file, line: f.line, place: f.place })).sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual([
      { commit: undefined, file: 'refs/tags/chain-20 (tag message)', line: 2, place: 'tag-message' },
      { commit: undefined, file: 'refs/tags/outer (tag message)', line: 2, place: 'tag-message' },
      { commit: undefined, file: 'refs/tags/v1 (tag message)', line: 3, place: 'tag-message' },
    ]);
    // Not in a window (tags have no commit date), and said so.
    expect((await history(repo, { maxCount: 5 })).notes?.join('\n')).toMatch(/annotated tags' messages are not scanned in a --since\/--max-count window/);
    expect(r.stats.files).toBe(1);
  });

  it('places a root commit by its date among the others: a gh-pages branch started later does not take an older secret', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'root', { readme: 'hi\n' });
    const added = commit(repo, 5, 'add config', { 'config.env': `k=${tok}\n` });
    gitAt(repo, 9, 'checkout', '-q', '--orphan', 'gh-pages');
    gitAt(repo, 9, 'rm', '-rq', '--cached', '.');
    commit(repo, 9, 'gh-pages root', { 'site.env': `k=${tok}\n` });
    expect(where(await history(repo))).toEqual([{ commit: added, file: 'config.env', line: 1 }]);
  });

  it('an ignore entry for one file (or commit) leaves the same secret elsewhere reported (history and --range)', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    const base = commit(repo, 0, 'root', { 'README.md': '# x\n' });
    const fixture = commit(repo, 1, 'fixture', { 'fixtures.txt': `k=${tok}\n` });
    const prod = commit(repo, 2, 'prod', { 'prod.env': `k=${tok}\n` });
    const fp = (await history(repo)).findings[0]!.fingerprint;
    writeFileSync(join(repo, '.leakwardignore'), `${fp}:fixtures.txt # a test value here\n`);
    const r = await history(repo);
    expect(where(r)).toEqual([{ commit: prod, file: 'prod.env', line: 1 }]);
    expect(r.staleIgnores).toEqual([]);
    // A window of the history cannot tell an entry for an older commit is stale: it does not say so.
    const windowed = await history(repo, { maxCount: 1 });
    expect(windowed.staleIgnores).toBeUndefined();
    expect(where(await scan({ target: repo, range: { range: `${base}..${prod}` }, ruleSet }))).toEqual([{ commit: prod, file: 'prod.env', line: 1 }]);
    // A gitleaks entry (commit:file:rule:line) likewise.
    writeFileSync(join(repo, '.leakwardignore'), '');
    writeFileSync(join(repo, '.gitleaksignore'), `${fixture}:fixtures.txt:github-pat:1\n`);
    expect(where(await history(repo))).toEqual([{ commit: prod, file: 'prod.env', line: 1 }]);
  });

  it('lists changes outside the folder it is run from, whatever diff.relative says', async () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    commit(repo, 0, 'base', { 'sub/x.txt': 'x\n' });
    const added = commit(repo, 1, 'outside sub/', { 'top.env': `T=${tok}\n` });
    gitAt(repo, 1, 'config', 'diff.relative', 'true');
    expect(where(await history(join(repo, 'sub')))).toEqual([{ commit: added, file: 'top.env', line: 1 }]);
    const r = await scan({ target: join(repo, 'sub'), range: { range: `${added}~1..${added}` }, ruleSet });
    expect(where(r)).toEqual([{ commit: added, file: 'top.env', line: 1 }]);
  });

  it('reports a secret at the commit that added the name above it, though the value line was there before', async () => {
    const repo = gitRepo();
    const value = 'Zq8vR2mX7pL4nW9kT3bY6cH1';
    commit(repo, 0, 'a value alone', { 'deploy.yml': `env:\n  - name: X\n  - name: BUILD_LABEL\n    value: "${value}"\n` });
    const named = commit(repo, 1, 'now it is a secret', { 'deploy.yml': `env:\n  - name: X\n  - name: SECRET_TOKEN\n    value: "${value}"\n` });
    const r = await history(repo);
    expect(r.findings.map((f) => [f.commit, f.line, f.secret])).toEqual([[named, 4, value]]);
  });

  it('scans what a shallow clone has, and says that history is incomplete', async () => {
    const gone = gen('{{github:ghp}}');
    const kept = gen('{{github:gho}}');
    const repo = gitRepo();
    commit(repo, 0, 'old secret', { 'old.env': `T=${gone}\n` });
    commit(repo, 1, 'remove it', { 'old.env': 'T=\n' });
    commit(repo, 2, 'new secret', { 'new.env': `T=${kept}\n` });
    const clone = join(tempDir(), 'shallow');
    gitAt(repo, 3, 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    const r = await history(clone);
    expect(r.findings.map((f) => f.file)).toEqual(['new.env']);
    expect(r.stats.shallow).toBe(true);
    expect(r.notes?.join('\n')).toMatch(/shallow clone.*incomplete.*fetch-depth: 0/s);
  });

  it('reports nothing, with a note, for a repository without commits', async () => {
    const repo = gitRepo({ 'staged.env': `T=${gen('{{github:ghp}}')}\n` });
    gitAt(repo, 0, 'add', '-A');
    const r = await history(repo);
    expect(r.findings).toEqual([]);
    expect(r.stats.commits).toBe(0);
    expect(r.notes?.join('\n')).toMatch(/no commits yet/);
    // A new, still empty branch checked out (HEAD unborn): the other branches' commits are there.
    const tok = gen('{{github:ghp}}');
    const c = commit(repo, 1, 'first', { 'a.env': `T=${tok}\n` });
    gitAt(repo, 2, 'checkout', '-q', '--orphan', 'fresh');
    const orphan = await history(repo);
    expect(where(orphan)).toEqual([{ commit: c, file: 'a.env', line: 1 }, { commit: c, file: 'staged.env', line: 1 }]);
    expect(orphan.stats.refs).toBe(1);
    expect(orphan.notes ?? []).toEqual([]);
  });
});

describe('leakward scan --history (CLI)', () => {
  it('prints commit provenance in JSON, notes on stderr only, and exits 1', () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo();
    const c = commit(repo, 0, 'add it', { 'x.env': `T=${tok}\n` });
    const clone = join(tempDir(), 'c');
    gitAt(repo, 1, 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    const r = cli(['scan', '--history', clone, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings[0]).toMatchObject({ file: 'x.env', commit: c, author: 'Ada Author', email: 'ada@example.test', message: 'add it' });
    // main, origin/main, origin/HEAD
    expect(report.stats).toMatchObject({ mode: 'history', commits: 1, refs: 3, shallow: true });
    expect(r.stderr).toMatch(/leakward: shallow clone/);
    expect(r.stdout + r.stderr).not.toContain(tok);
  });

  it('exits 2 with what to do for a folder that is not a repository, and for flags that do not go together', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    const r = cli(['scan', '--history', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not in a git repository.*\n.*drop --history/);
    expect(cli(['scan', '--history', '--no-git', dir]).code).toBe(2);
    const since = cli(['scan', dir, '--since', '2024-01-01']);
    expect(since.code).toBe(2);
    expect(since.stderr).toMatch(/Add --history/);
    expect(cli(['scan', '--history', dir, '--max-count', '0']).code).toBe(2);
  });

  it('exits 2, not with an all-clear, for a --since that git reads as now (a typo); says what window it scanned', () => {
    const repo = gitRepo();
    commit(repo, 0, 'add it', { 'x.env': `T=${gen('{{github:ghp}}')}\n` });
    for (const args of [['scan', '--history', repo, '--since', 'yesterdy'], ['scan', '--range', 'HEAD~0..HEAD', repo, '--since', 'next week']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--since "(yesterdy|next week)" reads as .*, now or later, so no commit is newer: nothing would be scanned\n.*in the past/);
      expect(r.stdout).not.toMatch(/No secrets found/);
    }
    const ok = cli(['scan', '--history', repo, '--since', '2023-12-01']);
    expect(ok.code).toBe(1);
    expect(ok.stderr).toMatch(/--since "2023-12-01": commits newer than 2023-1[12]-\d\dT/);
  });

  it('exits 2, not with an all-clear, when git cannot list the refs (a corrupt packed-refs)', () => {
    const repo = gitRepo();
    commit(repo, 0, 'add it', { 'x.env': `T=${gen('{{github:ghp}}')}\n` });
    writeFileSync(join(repo, '.git', 'packed-refs'), 'garbage line\n');
    for (const args of [['scan', '--history', repo], ['scan', '--range', 'HEAD~0..HEAD', repo]]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/git could not list its refs in .*packed-refs.*\n.*git status/);
      expect(r.stdout).not.toMatch(/No secrets found/);
    }
  });
});
