import { symlinkSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

const json = (stdout: string) => JSON.parse(stdout) as { version: number; findings: Array<Record<string, unknown>>; stats: Record<string, unknown>; skipped: Array<{ path: string; reason: string }> };

describe('leakward scan (working tree)', () => {
  it('scans tracked and untracked files, respects .gitignore, exits 1, and redacts', () => {
    const tracked = gen('{{github:ghp}}');
    const untracked = gen('{{github:gho}}');
    const ignored = gen('{{github:ghu}}');
    const repo = gitRepo({ '.gitignore': 'secrets.local\n', 'src/app.ts': `export const token = "${tracked}";\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'init');
    writeTree(repo, { 'notes/todo.md': `use ${untracked}\n`, 'secrets.local': `T=${ignored}\n` });

    const r = cli(['scan', repo, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.version).toBe(1);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['notes/todo.md', 'src/app.ts']);
    const f = report.findings.find((x) => x.file === 'src/app.ts')!;
    expect(f).toMatchObject({ ruleId: 'github-pat', line: 1, column: 23, confidence: 'high' });
    for (const k of ['fingerprint', 'secret', 'column', 'line', 'ruleId', 'confidence', 'reasons']) expect(f).toHaveProperty(k);
    for (const secret of [tracked, untracked, ignored]) {
      expect(r.stdout).not.toContain(secret);
      expect(r.stderr).not.toContain(secret);
    }
    expect(report.stats.mode).toBe('git');
  });

  it('scans a file with a merge conflict once, though git lists it once per stage', () => {
    const tok = gen('{{github:ghp}}');
    const repo = gitRepo({ 'c.env': 'A=1\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base');
    git(repo, 'checkout', '-qb', 'other');
    writeTree(repo, { 'c.env': 'A=2\n' });
    git(repo, 'commit', '-qam', 'other');
    git(repo, 'checkout', '-q', '-');
    writeTree(repo, { 'c.env': `A=3\nT=${tok}\n` });
    git(repo, 'commit', '-qam', 'main');
    expect(() => git(repo, 'merge', '-q', 'other')).toThrow();
    expect(git(repo, 'ls-files', '--cached').split('\n').filter((l) => l === 'c.env')).toHaveLength(3);
    const report = json(cli(['scan', repo, '--format', 'json']).stdout);
    expect(report.findings.map((f) => f.file)).toEqual(['c.env']);
    expect(report.stats.files).toBe(1);
  });

  it('scans the files of checked-out submodules and of untracked repositories inside the folder', () => {
    const inSub = gen('{{github:ghp}}');
    const inNested = gen('{{github:gho}}');
    const lib = gitRepo({ 'lib.env': `T=${inSub}\n` });
    git(lib, 'add', '.');
    git(lib, 'commit', '-qm', 'lib');
    const repo = gitRepo({ 'a.txt': 'a\n' });
    git(repo, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib, 'vendor/lib');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'with a submodule');
    const nested = join(repo, 'tools', 'nested');
    git(repo, 'init', '-q', nested);
    writeTree(nested, { 'n.env': `T=${inNested}\n`, '.gitignore': 'ignored.env\n', 'ignored.env': `T=${gen('{{github:ghu}}')}\n` });
    const r = cli(['scan', repo, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['tools/nested/n.env', 'vendor/lib/lib.env']);
    // Nothing was skipped as "not a file" (a submodule or a repository listed as one entry).
    expect(report.stats.skipped).toBe(0);
  });

  it('prints a redacted pretty report with what to do next; --no-redact prints the secret', () => {
    const tok = gen('{{github:ghp}}');
    const dir = tempDir();
    writeTree(dir, { 'config/.env': `GITHUB_TOKEN=${tok}\n` });
    const r = cli(['scan', dir, '--no-git']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('config/.env:1:14');
    expect(r.stdout).toContain('github-pat');
    expect(r.stdout).toContain('https://github.com/settings/tokens');
    expect(r.stdout).toMatch(/ghp_\w{0,4}\*{8}/);
    expect(r.stdout).not.toContain(tok);
    expect(r.stdout).not.toMatch(/\x1b\[/); // not a TTY: no colour
    const raw = cli(['scan', dir, '--no-git', '--no-redact']);
    expect(raw.stdout).toContain(tok);
  });

  it('redacts every secret on a finding\'s line (two on one line), and before a long line is cut short', () => {
    const [a, b, c] = [gen('{{github:ghp}}'), gen('{{github:ghp}}'), gen('{{github:gho}}')];
    const body = gen('MIIEvQ{{base64:58}}\\n{{base64:64}}\\n{{base64:64}}\\n{{base64:12}}=');
    const dir = tempDir();
    writeTree(dir, {
      'two.txt': `tokens = ["${a}", "${b}"]\n`,
      'long.txt': `${'x'.repeat(180)} tok = "${c}"\n`,
      // A service account's key: escaped newlines, on one line far past 200 characters.
      'sa.json': `{\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n",\n}\n`,
    });
    const pieces = [a, b, c, ...body.split('\\n')].flatMap((t) => [t.slice(6, 18), t.slice(-12)]);
    for (const format of ['pretty', 'json', 'sarif']) {
      const r = cli(['scan', dir, '--no-git', '--format', format, '--show-suppressed']);
      expect(r.code).toBe(1);
      for (const p of pieces) expect(r.stdout, `${format}: ${p}`).not.toContain(p);
    }
    const pretty = cli(['scan', dir, '--no-git']).stdout;
    expect(pretty).toMatch(/line: {3}tokens = \["ghp_\w{0,4}\*{8}", "ghp_\w{0,4}\*{8}"\]/);
    expect(pretty).toMatch(/line: {3}x{180} tok = "gho_\w{0,4}\*+…/);
  });

  it('exits 0 on a clean tree and says what it scanned', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.js': 'const x = 1;\n', 'b.md': '# hello\n' });
    const r = cli(['scan', dir, '--no-git']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No secrets found: 2 files/);
  });

  it('does not read dependencies in a plain directory (global allowlist data)', () => {
    const dir = tempDir();
    writeTree(dir, { 'node_modules/pkg/.env': `T=${gen('{{github:ghp}}')}\n`, 'app.js': 'ok\n' });
    const r = cli(['scan', dir, '--no-git', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).stats.files).toBe(1);
  });

  it('reads stdin with -', () => {
    const tok = gen('{{github:ghp}}');
    const r = cli(['scan', '-', '--format', 'json'], { input: `curl -H "Authorization: token ${tok}"\n` });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings[0]).toMatchObject({ file: '<stdin>', line: 1, ruleId: 'github-pat' });
  });

  it('skips binary and oversized files and says how many; decodes UTF-16 text', () => {
    const tok = gen('{{github:ghp}}');
    const dir = tempDir();
    writeTree(dir, {
      'img.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(tok)]),
      'big.txt': `${'x'.repeat(3000)}\n${tok}\n`,
      'win.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`T=${tok}\n`, 'utf16le')]),
    });
    const r = cli(['scan', dir, '--no-git', '--format', 'json', '--max-file-size', '2k']);
    const report = json(r.stdout);
    expect(report.findings.map((f) => f.file)).toEqual(['win.txt']);
    expect(report.skipped.map((s) => [s.path, s.reason]).sort()).toEqual([['big.txt', 'too-large'], ['img.png', 'binary']]);
    const pretty = cli(['scan', dir, '--no-git', '--max-file-size', '2k']);
    expect(pretty.stdout).toMatch(/2 skipped \((1 binary, 1 too-large|1 too-large, 1 binary)\)/);
  });

  it('never follows a symlink out of the root', () => {
    const outside = tempDir();
    writeTree(outside, { 'creds.txt': `T=${gen('{{github:ghp}}')}\n` });
    const dir = tempDir();
    writeTree(dir, { 'ok.txt': 'fine\n' });
    symlinkSync(join(outside, 'creds.txt'), join(dir, 'link.txt'));
    symlinkSync(outside, join(dir, 'linkdir'));
    const r = cli(['scan', dir, '--no-git', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).skipped).toContainEqual(expect.objectContaining({ path: 'link.txt', reason: 'symlink-outside-root' }));
  });

  it('handles odd file names: spaces, unicode, newlines, leading dashes', () => {
    const names = ['with space.env', 'ünïcødé/秘密.txt', 'new\nline.txt', '-dash.txt'];
    const repo = gitRepo(Object.fromEntries(names.map((n) => [n, `T=${gen('{{github:ghp}}')}\n`])));
    git(repo, 'add', '.');
    const r = cli(['scan', repo, '--format', 'json']);
    expect(json(r.stdout).findings.map((f) => f.file).sort()).toEqual([...names].sort());
    const pretty = cli(['scan', repo]);
    expect(pretty.stdout).toContain('new\\x0aline.txt:1:3');
  });

  it('writes SARIF 2.1.0 with rule help and partialFingerprints', () => {
    const dir = tempDir();
    writeTree(dir, { 'a b/x.env': `T=${gen('{{github:ghp}}')}\n` });
    const r = cli(['scan', dir, '--no-git', '--format', 'sarif', '--output', join(dir, 'out.sarif')]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules[0]).toMatchObject({ id: 'github-pat', help: { text: expect.stringContaining('revoke') } });
    expect(run.results[0].partialFingerprints['leakward/v1']).toMatch(/^github-pat:/);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b/x.env');
    expect(run.results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 3 });
  });

  it('exits 2 with a clear message on bad input', () => {
    const missing = cli(['scan', '/nonexistent/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot scan \/nonexistent\/dir: ENOENT/);
    const badFormat = cli(['scan', '.', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/Allowed choices are pretty, json, sarif/);
    const badBaseline = cli(['scan', '.', '--baseline', '/nonexistent.json']);
    expect(badBaseline.code).toBe(2);
    expect(badBaseline.stderr).toMatch(/leakward baseline/);
    expect(cli(['frobnicate']).code).toBe(2);
  });

  it('writes --output into folders it creates, and refuses before scanning a path it cannot write', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.env'), `T=${gen('{{github:ghp}}')}\n`);
    const r = cli(['scan', dir, '--no-git', '--format', 'sarif', '--output', join(dir, 'reports', 'ci', 'leakward.sarif')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'ci', 'leakward.sarif'), 'utf8')).version).toBe('2.1.0');
    for (const [output, why] of [[join(dir, 'reports'), 'it is a folder'], [join(dir, 'a.env', 'x.json'), 'a.env is a file, not a folder']]) {
      const bad = cli(['scan', dir, '--no-git', '--output', output!]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`cannot write the report to ${output}: `);
      expect(bad.stderr).toContain(why);
      expect(bad.stderr).not.toMatch(/internal error|at writeFileSync/);
    }
  });

  it('exits 2 when every file failed to open (nothing was scanned), not with an all-clear', () => {
    const dir = tempDir();
    symlinkSync('/nonexistent/target', join(dir, 'link.env'));
    const r = cli(['scan', dir, '--no-git']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing was scanned: the only file could not be read \(link\.env: dangling symlink\)\.\n.*permissions/);
    // One readable file besides it: a scan, with the broken link counted as skipped.
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    const partial = cli(['scan', dir, '--no-git']);
    expect(partial.code).toBe(0);
    expect(partial.stdout).toMatch(/1 skipped \(1 unreadable\)/);
    // An empty folder is clean, not an error.
    expect(cli(['scan', tempDir(), '--no-git']).code).toBe(0);
  });

  it('exits 2 with git\'s own reason when git cannot list the files (a corrupt index), and --no-git still scans', () => {
    const repo = gitRepo({ 'a.env': `GITHUB_TOKEN=${gen('{{github:ghp}}')}\n` });
    git(repo, 'add', '.');
    writeFileSync(join(repo, '.git', 'index'), 'garbage');
    const r = cli(['scan', repo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/git could not list the files in .*: .*index file smaller than expected\n.*--no-git/);
    expect(cli(['scan', repo, '--no-git']).code).toBe(1);
  });
});

describe('baselines', () => {
  it('suppresses known findings by fingerprint, survives moved lines, stores no secret and is stable', () => {
    const old = gen('{{github:ghp}}');
    const dir = tempDir();
    writeTree(dir, { 'a.env': `T=${old}\n` });
    expect(cli(['baseline', dir, '--no-git', '--output', join(dir, 'baseline.json')]).code).toBe(0);
    const text = readFileSync(join(dir, 'baseline.json'), 'utf8');
    expect(text).not.toContain(old);
    expect(text).not.toMatch(/"line"/);
    // The secret moves down and a new one appears: only the new one is reported.
    const fresh = gen('{{github:ghp}}');
    writeTree(dir, { 'a.env': `\n\n# moved\nT=${old}\n`, 'b.env': `U=${fresh}\n` });
    const r = cli(['scan', dir, '--no-git', '--format', 'json', '--baseline', join(dir, 'baseline.json')]);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.file)).toEqual(['b.env']);
    // Regenerating on an unchanged tree is byte-identical.
    cli(['baseline', dir, '--no-git', '--output', join(dir, 'b1.json')]);
    cli(['baseline', dir, '--no-git', '--output', join(dir, 'b2.json')]);
    expect(readFileSync(join(dir, 'b1.json'), 'utf8')).toBe(readFileSync(join(dir, 'b2.json'), 'utf8'));
  });
});

describe('self-scan', () => {
  it('leakward reports nothing on its own repository', () => {
    const root = join(import.meta.dirname, '../..');
    const r = cli(['scan', root, '--format', 'json']);
    const report = json(r.stdout);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('user rules (--config / .leakward.toml)', () => {
  it('adds a rule from .leakward.toml in the scanned directory', () => {
    const dir = tempDir();
    const secret = gen('{{chars:A-Z0-9:24}}');
    writeTree(dir, {
      '.leakward.toml': `[[rules]]\nid = "acme-key"\ndescription = "ACME internal key"\nregex = '''\\b(ACME-[A-Z0-9]{24})\\b'''\nkeywords = ["acme-"]\n`,
      'app.py': `KEY = "ACME-${secret}"\n`,
    });
    const r = cli(['scan', dir, '--no-git', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.ruleId)).toEqual(['acme-key']);
  });

  it('runs a catastrophic user regex on the linear engine: the scan cannot hang', () => {
    const dir = tempDir();
    writeTree(dir, {
      'rules.toml': `[[rules]]\nid = "evil"\ndescription = "evil"\nregex = '''(a+)+b'''\nkeywords = ["a"]\n`,
      'input.txt': 'a'.repeat(200_000),
    });
    const r = cli(['scan', join(dir, 'input.txt').replace(/input\.txt$/, ''), '--no-git', '--config', join(dir, 'rules.toml'), '--format', 'json']);
    expect(r.code).toBe(0);
  });

  it('names the file, line and rule id of a bad rule, and exits 2', () => {
    const dir = tempDir();
    writeTree(dir, {
      'bad.toml': `[[rules]]\nid = "ok"\nregex = '''x{1,2}'''\nkeywords = ["x"]\n\n[[rules]]\nid = "broken"\nregex = '''(unclosed'''\nkeywords = ["u"]\n`,
      'typo.toml': `[[rules]]\nid = "typo"\nregex = '''y'''\nkeyword = ["y"]\n`,
    });
    const bad = cli(['scan', dir, '--no-git', '--config', join(dir, 'bad.toml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.toml:6 \(rule "broken"\): regex invalid regex/);
    const typo = cli(['scan', dir, '--no-git', '--config', join(dir, 'typo.toml')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/typo\.toml:4 \(rule "typo"\): unknown key "keyword"/);
  });
});
