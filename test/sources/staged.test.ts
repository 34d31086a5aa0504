import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinRuleSet } from '../../src/rules/builtin.js';
import { scan } from '../../src/scan.js';
import { scanStaged, type StagedOptions } from '../../src/sources/staged.js';
import type { RuleSet } from '../../src/types.js';
import { cli, git, gitRepo, tempDir, writeTree, GIT_ENV } from '../helpers/fs.js';
import { gen, opensshKey, rsaKey, rsaKeyBody } from '../helpers/tokens.js';

let ruleSet: RuleSet;
beforeAll(() => {
  ruleSet = loadBuiltinRuleSet();
});

const tok = () => gen('{{github:ghp}}');
const staged = (repo: string, extra: Partial<StagedOptions> = {}) => scanStaged({ target: repo, cwd: repo, ruleSet, ...extra });
const where = (r: { findings: Array<{ file: string; line: number }> }) => r.findings.map((f) => `${f.file}:${f.line}`).sort();

/** git that may fail (conflicts), with the test identity. */
function gitTry(cwd: string, ...args: string[]) {
  return spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: GIT_ENV,
  });
}

function committed(files: Record<string, string | Buffer>): string {
  const repo = gitRepo(files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  return repo;
}

describe('scanStaged: what the commit adds', () => {
  it('reports staged additions at their line in the staged file; unstaged changes and untracked files are not read', async () => {
    const repo = committed({ 'app.env': 'A=1\nB=2\nC=3\n' });
    const [s, u, n] = [tok(), tok(), tok()];
    writeTree(repo, { 'app.env': `A=1\nB=2\nTOKEN=${s}\nC=3\n` });
    git(repo, 'add', 'app.env');
    writeTree(repo, { 'app.env': `UNSTAGED=${u}\nA=1\nB=2\nTOKEN=${s}\nC=3\n`, 'new.env': `N=${n}\n` });
    const r = await staged(repo);
    expect(where(r)).toEqual(['app.env:3']);
    expect(r.findings[0]!.secret).toBe(s);
    expect(r.mode).toBe('staged');
    expect(r.stats.files).toBe(1);
  });

  it('never reports deleted lines, nor a secret that is only moved or renamed', async () => {
    const [a, b] = [tok(), tok()];
    const repo = committed({ 'old.env': `KEEP=${a}\nx\n`, 'gone.env': `G=${b}\n` });
    git(repo, 'mv', 'old.env', 'new.env');
    writeTree(repo, { 'new.env': `KEEP=${a}\nx\ny\n` });
    git(repo, 'rm', '-q', 'gone.env');
    git(repo, 'add', '-A');
    const r = await staged(repo);
    expect(r.findings).toEqual([]);
    expect(r.stats.files).toBe(1); // new.env: its added line "y"
  });

  it('scans a file moved out of a path the rules treat otherwise whole (node_modules/, vendor/, to .netrc)', async () => {
    const a = tok();
    const repo = committed({
      'node_modules/pkg/config.js': `module.exports = { token: "${a}" };\n`,
      'netrc.txt': `machine api.example.com\n  login deploy\n  password ${gen('Zq8vT2{{alnum:26}}')}\n`,
      'vendor/settings.py': `db_password = "${gen('Hk7{{alnum:17}}')}"\n`,
      'plain.env': `P=${tok()}\n`,
    });
    mkdirSync(join(repo, 'src'));
    git(repo, 'mv', 'node_modules/pkg/config.js', 'src/config.js');
    git(repo, 'mv', 'netrc.txt', '.netrc');
    git(repo, 'mv', 'vendor/settings.py', 'src/settings.py');
    git(repo, 'mv', 'plain.env', 'moved.env'); // treated alike: not scanned again
    const r = await staged(repo);
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      '.netrc:3 netrc-password', 'src/config.js:1 github-pat', 'src/settings.py:1 generic-password',
    ]);
  });

  it('sees the unchanged line above and below a change: a key\'s new body between kept BEGIN and END lines, a value under a kept name', async () => {
    const body = rsaKeyBody().join('\n');
    const old = tok();
    const repo = committed({
      'key.pem': '-----BEGIN RSA PRIVATE KEY-----\nPASTE_KEY_HERE\n-----END RSA PRIVATE KEY-----\n',
      'deploy.yaml': 'aws_secret_access_key:\n  CHANGE_ME\n',
      'old.env': `T=${old}\n`,
    });
    writeTree(repo, {
      'key.pem': `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`,
      'deploy.yaml': `aws_secret_access_key:\n  ${gen('{{base64:40}}')}\n`,
      // A new line under a secret HEAD already has: that secret is not the commit's.
      'old.env': `T=${old}\nU=1\n`,
    });
    git(repo, 'add', '.');
    const r = await staged(repo);
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual(['deploy.yaml:2 aws-secret-access-key', 'key.pem:1 private-key']);
  });

  it('blocks a rotated key whose new body starts lines below its kept BEGIN line', async () => {
    const yaml = () => `stringData:\n  id_ed25519: |\n${opensshKey().replace(/^(?=.)/gm, '    ')}`;
    const repo = committed({ id_ed25519: opensshKey(), 'secret.yaml': yaml() });
    writeTree(repo, { id_ed25519: opensshKey(), 'secret.yaml': yaml() });
    git(repo, 'add', '.');
    expect((await staged(repo)).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual(['id_ed25519:1 private-key', 'secret.yaml:3 private-key']);
  });

  it('a new key put right above an old one in a CRLF file: only the new key, not the old one cut short', async () => {
    const key = () => rsaKey();
    const [k0, k1] = [key(), key()];
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const repo = committed({ 'a.txt': crlf(`one\n${k0}\ntwo\n`) });
    writeTree(repo, { 'a.txt': crlf(`one\n${k1}${k0}\ntwo\n`) });
    git(repo, 'add', '.');
    expect((await staged(repo)).findings.map((f) => `${f.line}-${f.endLine} ${f.secret.startsWith(k1.trimEnd().replace(/\n/g, '\r\n').slice(0, 60))}`)).toEqual(['2-7 true']);
  });

  it('a new key above an old one whose body line changes too: both keys whole, as the commit has them; an allowed one stays allowed', async () => {
    const body = () => rsaKeyBody(6);
    const [old, added, allowed] = [body(), body(), body()];
    const repo = committed({ 'a.txt': `one\n${rsaKey(old)}two\n`, 'b.txt': `# leakward:allow-next-line\n${rsaKey(allowed)}` });
    old[3] = gen('{{base64:64}}');
    allowed[2] = gen('{{base64:64}}');
    writeTree(repo, { 'a.txt': `one\n${rsaKey(added)}${rsaKey(old)}two\n`, 'b.txt': `# leakward:allow-next-line\n${rsaKey(allowed)}` });
    git(repo, 'add', '.');
    const tree = await scan({ target: repo, ruleSet });
    const r = await staged(repo);
    expect(r.findings.map((f) => [f.file, f.line, f.endLine, f.fingerprint])).toEqual(tree.findings.map((f) => [f.file, f.line, f.endLine, f.fingerprint]));
    expect(r.findings.map((f) => [f.file, f.line, f.endLine])).toEqual([['a.txt', 2, 9], ['a.txt', 10, 17]]);
  });

  it('partial staging (git apply --cached of one hunk): only the staged hunk counts', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const repo = committed({ 'cfg.txt': lines.join('\n') + '\n' });
    const [first, second] = [tok(), tok()];
    const edited = [...lines];
    edited.splice(5, 0, `FIRST=${first}`);
    edited.splice(35, 0, `SECOND=${second}`);
    writeTree(repo, { 'cfg.txt': edited.join('\n') + '\n' });
    // Stage only the hunk that adds SECOND, as `git add -p` would.
    const patch = git(repo, 'diff', '-U1', 'cfg.txt');
    const hunks = patch.split(/(?=^@@ )/m);
    const header = hunks[0]!;
    const secondHunk = hunks.find((h) => h.includes('SECOND='))!;
    writeFileSync(join(repo, 'one-hunk.patch'), header + secondHunk);
    git(repo, 'apply', '--cached', 'one-hunk.patch');
    const r = await staged(repo);
    expect(r.findings.map((f) => f.secret)).toEqual([second]);
    expect(where(r)).toEqual(['cfg.txt:35']);
  });

  it('reads the index, not the working tree: staged then edited away is still reported, and the reverse is not', async () => {
    const repo = committed({ 'a.env': 'A=1\n', 'b.env': 'B=1\n' });
    const [s, t] = [tok(), tok()];
    writeTree(repo, { 'a.env': `A=1\nS=${s}\n`, 'b.env': 'B=1\nB=2\n' });
    git(repo, 'add', '.');
    writeTree(repo, { 'a.env': 'A=1\n', 'b.env': `B=1\nB=2\nT=${t}\n` });
    const r = await staged(repo);
    expect(r.findings.map((f) => `${f.file} ${f.secret === s}`)).toEqual(['a.env true']);
  });

  it('compares with the real HEAD, not the commit a replace ref shows in its place', async () => {
    const s = tok();
    const repo = committed({ 'a.env': 'A=1\n' });
    // A stand-in for HEAD whose file already has the line: through it, the line would not look new.
    const blob = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, env: GIT_ENV, input: `A=1\nS=${s}\n`, encoding: 'utf8' }).stdout.trim();
    const tree = spawnSync('git', ['mktree'], { cwd: repo, env: GIT_ENV, input: `100644 blob ${blob}\ta.env\n`, encoding: 'utf8' }).stdout.trim();
    const standIn = git(repo, 'commit-tree', tree, '-m', 'stand-in').trim();
    git(repo, 'replace', 'HEAD', standIn);
    writeTree(repo, { 'a.env': `A=1\nS=${s}\n` });
    git(repo, 'add', '.');
    expect(git(repo, 'diff', '--cached', '--name-only')).toBe('');
    expect(where(await staged(repo))).toEqual(['a.env:2']);
  });

  it('scans the initial commit (no HEAD yet)', async () => {
    const s = tok();
    const repo = gitRepo({ 'README.md': '# hi\n', 'src/conf.ts': `export const t = "${s}";\n` });
    git(repo, 'add', '.');
    const r = await staged(repo);
    expect(where(r)).toEqual(['src/conf.ts:1']);
    expect(r.stats.files).toBe(2);
  });

  it('handles odd file names: spaces, unicode, newline, tab, quotes, a leading dash', async () => {
    const names = ['with space.env', 'ünï/秘密.txt', 'new\nline.txt', 'ta\tb.txt', 'q"uote\\.txt', '-dash.txt'];
    const repo = gitRepo(Object.fromEntries(names.map((n) => [n, `T=${tok()}\n`])));
    git(repo, 'add', '.');
    const r = await staged(repo);
    expect(r.findings.map((f) => f.file).sort()).toEqual([...names].sort());
  });

  it('honours an allow-next-line comment on an unchanged line above the change', async () => {
    const repo = committed({ 'fixture.ts': '// leakward:allow-next-line\nconst t = "placeholder";\nconst u = 1;\n' });
    const s = tok();
    writeTree(repo, { 'fixture.ts': `// leakward:allow-next-line\nconst t = "${s}";\nconst u = "${tok()}";\n` });
    git(repo, 'add', '.');
    const r = await staged(repo);
    expect(where(r)).toEqual(['fixture.ts:3']);
    expect(r.suppressed.map((x) => [x.kind, x.finding.line])).toContainEqual(['inline', 2]);
  });

  it('skips binary files (reported), but reads UTF-16 and files .gitattributes calls binary', async () => {
    const [png, wide, attr] = [tok(), tok(), tok()];
    const repo = committed({ '.gitattributes': 'settings.cfg binary\n' });
    writeTree(repo, {
      'logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), Buffer.from(png)]),
      'win.ini': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${wide}\r\n`, 'utf16le')]),
      'settings.cfg': `token = "${attr}"\n`,
    });
    git(repo, 'add', '.');
    const r = await staged(repo);
    expect(r.findings.map((f) => f.file).sort()).toEqual(['settings.cfg', 'win.ini']);
    expect(r.skipped).toEqual([{ path: 'logo.png', reason: 'binary' }]);
    // Once committed, an unrelated edit to them does not report their secrets again: only what the
    // commit adds is scanned, compared with HEAD's version as text; a new secret there is.
    git(repo, 'commit', '-qm', 'add them');
    const again = tok();
    writeTree(repo, {
      'win.ini': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${wide}\r\nX=1\r\nNEW=${again}\r\n`, 'utf16le')]),
      'settings.cfg': `token = "${attr}"\nx = 1\n`,
    });
    git(repo, 'add', '.');
    const edit = await staged(repo);
    expect(edit.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['win.ini:3']);
    expect(edit.findings[0]!.secret).toBe(again);
  });

  it('scans a file of exactly --max-file-size bytes whose last line has no newline', async () => {
    const repo = committed({ 'a.txt': 'a\n' });
    const text = `token=${tok()}`;
    writeTree(repo, { 's.txt': text });
    git(repo, 'add', '.');
    expect(where(await staged(repo, { maxFileSize: Buffer.byteLength(text) }))).toEqual(['s.txt:1']);
    expect((await staged(repo, { maxFileSize: Buffer.byteLength(text) - 1 })).skipped.map((x) => x.reason)).toEqual(['too-large']);
  });

  it('skips a file whose added text passes --max-file-size, and says so', async () => {
    const repo = committed({ 'big.txt': 'start\n', 'small.env': 'x\n' });
    writeTree(repo, { 'big.txt': `start\n${'filler line\n'.repeat(400)}T=${tok()}\n`, 'small.env': `x\nS=${tok()}\n` });
    git(repo, 'add', '.');
    const r = await staged(repo, { maxFileSize: 2048 });
    expect(where(r)).toEqual(['small.env:2']);
    expect(r.skipped).toEqual([{ path: 'big.txt', reason: 'too-large', detail: expect.stringMatching(/^\d+ bytes added$/) }]);
  });

  it('uses .leakward.toml and .leakward-baseline.json from the repository root, from a subdirectory too', async () => {
    const key = gen('{{chars:A-Z0-9:24}}');
    const repo = committed({
      '.leakward.toml': `[[rules]]\nid = "acme-key"\ndescription = "ACME key"\nregex = '''\\b(ACME-[A-Z0-9]{24})\\b'''\nkeywords = ["acme-"]\n`,
      'pkg/sub/.keep': '',
    });
    writeTree(repo, { 'pkg/app.py': `KEY = "ACME-${key}"\n` });
    git(repo, 'add', '.');
    const r = await staged(join(repo, 'pkg/sub'));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['acme-key']);
    expect(r.root).toBe(git(repo, 'rev-parse', '--show-toplevel').trim());
    // Accept it into the baseline: then the hook's scan lets it through.
    expect(cli(['baseline', '--staged', repo, '--output', join(repo, '.leakward-baseline.json')]).code).toBe(0);
    expect((await staged(repo, { rootBaseline: true })).findings).toEqual([]);
    expect((await staged(repo)).findings).toHaveLength(1);
  });
});

describe('scanStaged: merges, cherry-picks, rebases, worktrees', () => {
  function diverged() {
    const repo = committed({ 'f.txt': 'a\nb\nc\n' });
    git(repo, 'checkout', '-qb', 'side');
    writeTree(repo, { 'f.txt': 'a\nSIDE\nc\n' });
    git(repo, 'commit', '-qam', 'side');
    git(repo, 'checkout', '-q', 'main');
    writeTree(repo, { 'f.txt': 'a\nMAIN\nc\n' });
    git(repo, 'commit', '-qam', 'main');
    return repo;
  }

  it('during a merge: unresolved files are skipped and said so; the resolution is scanned against HEAD', async () => {
    const repo = diverged();
    expect(gitTry(repo, 'merge', 'side').status).not.toBe(0);
    const unresolved = await staged(repo);
    expect(unresolved.skipped).toEqual([{ path: 'f.txt', reason: 'unreadable', detail: expect.stringContaining('unmerged') }]);
    const s = tok();
    writeTree(repo, { 'f.txt': `a\nMAIN\nSIDE\nT=${s}\nc\n` });
    git(repo, 'add', 'f.txt');
    const r = await staged(repo);
    expect(where(r)).toEqual(['f.txt:4']);
  });

  it('during a cherry-pick or rebase conflict: the resolution is scanned', async () => {
    for (const op of [['cherry-pick', 'side'], ['rebase', 'side']]) {
      const repo = diverged();
      expect(gitTry(repo, ...op).status).not.toBe(0);
      writeTree(repo, { 'f.txt': `a\nRESOLVED=${tok()}\nc\n` });
      git(repo, 'add', 'f.txt');
      expect(where(await staged(repo))).toEqual(['f.txt:2']);
    }
  });

  it('in a linked worktree: reads that worktree\'s index', async () => {
    const repo = committed({ 'a.txt': 'a\n' });
    const wt = join(tempDir(), 'wt');
    git(repo, 'worktree', 'add', '-q', '-b', 'feature', wt);
    writeTree(wt, { 'b.env': `B=${tok()}\n` });
    git(wt, 'add', '.');
    expect(where(await staged(wt))).toEqual(['b.env:1']);
    expect((await staged(repo)).findings).toEqual([]);
  });
});

describe('scanStaged: never a false all-clear', () => {
  it('outside a repository, in a bare repository, or with a corrupt index: an error, not an empty report', async () => {
    await expect(staged(tempDir())).rejects.toMatchObject({ code: 'NOT_A_REPO' });
    const bare = tempDir();
    git(bare, 'init', '-q', '--bare');
    await expect(staged(bare)).rejects.toMatchObject({ code: 'NOT_A_REPO' });
    const repo = committed({ 'a.txt': 'a\n' });
    writeTree(repo, { 'a.txt': `a\nT=${tok()}\n` });
    git(repo, 'add', '.');
    // Git does not checksum the index on read; a broken header is what it does notice.
    writeFileSync(join(repo, '.git/index'), Buffer.concat([Buffer.from('DIRC\0\0\0\x02\0\0\0\x05'), Buffer.from('junk')]));
    await expect(staged(repo)).rejects.toMatchObject({ code: 'GIT_FAILED' });
    // git's own reason, not the advice it may print first.
    await expect(staged(repo)).rejects.toThrow(/index/);
    await expect(staged(repo)).rejects.not.toThrow(/hint|graft/);
  });

  it('the CLI exits 2 with a hint when git is missing or the path is not a repository', () => {
    const repo = gitRepo({ 'a.txt': 'a\n' });
    git(repo, 'add', '.');
    const noGit = cli(['scan', '--staged', repo], { env: { PATH: join(tempDir(), 'empty-bin') } });
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toMatch(/cannot run git: ENOENT/);
    const notRepo = cli(['scan', '--staged', tempDir()]);
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/not in a git repository/);
    expect(cli(['scan', '--staged', '-']).code).toBe(2);
    expect(cli(['scan', '--staged', '--no-git', repo]).code).toBe(2);
  });
});

describe('leakward scan --staged (CLI)', () => {
  it('exits 1 with a redacted report and says how to fix, allow or skip; 0 when clean', () => {
    const s = tok();
    const repo = committed({ 'a.txt': 'a\n' });
    mkdirSync(join(repo, 'sub'));
    writeTree(repo, { 'sub/cred.env': `GITHUB_TOKEN=${s}\n` });
    git(repo, 'add', '.');
    const r = cli(['scan', '--staged'], { cwd: join(repo, 'sub') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sub/cred.env:1:14');
    expect(r.stderr).toMatch(/commit blocked/);
    expect(r.stderr).toMatch(/leakward:allow/);
    expect(r.stderr).toMatch(/leakward baseline/);
    expect(r.stderr).toMatch(/LEAKWARD_SKIP=1/);
    expect(r.stderr).toMatch(/--no-verify/);
    expect(r.stdout + r.stderr).not.toContain(s);
    // As in a hook: git gives GIT_INDEX_FILE relative to the top level; scanning from elsewhere still reads it.
    const hookEnv = cli(['scan', '--staged', 'sub', '--format', 'json'], { cwd: repo, env: { GIT_INDEX_FILE: '.git/index' } });
    expect(JSON.parse(hookEnv.stdout).findings).toHaveLength(1);
    const j = cli(['scan', '--staged', repo, '--format', 'json']);
    expect(JSON.parse(j.stdout).findings[0]).toMatchObject({ file: 'sub/cred.env', line: 1, ruleId: 'github-pat' });
    git(repo, 'reset', '-q');
    const clean = cli(['scan', '--staged', repo]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/No secrets found: 0 files/);
    expect(clean.stderr).toBe('');
  });
});
