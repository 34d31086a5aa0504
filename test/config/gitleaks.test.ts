/**
 * gitleaks compatibility: a config using every documented field (fixtures/gitleaks/gitleaks.toml)
 * loads and behaves as gitleaks documents it; .gitleaksignore is honoured; `config migrate` writes a
 * .leakward.toml that finds exactly the same.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/gitleaks');
type Report = { findings: Array<{ file: string; ruleId: string; line: number; secret: string; commit?: string }>; suppressed?: Array<{ file: string; ruleId: string; kind: string; reason: string }> };
const report = (stdout: string) => JSON.parse(stdout) as Report;
const ids = (r: Report) => r.findings.map((f) => `${f.file} ${f.ruleId}`).sort();

const alnum = (n: number) => gen(`{{alnum:${n}}}`);
const hex = (n: number) => gen(`{{hex:${n}}}`);

/** A tree that exercises every rule and allowlist of the fixture. */
function tree() {
  const token = alnum(32);
  return {
    token,
    files: {
      'app/config.env': `ACME_API_TOKEN = "${token}"\n`,
      'app/Other.ini': `Acme-Token: ${alnum(32)}\n`,
      'app/low.env': `acme_token = "${'ab'.repeat(16)}"\n`,
      'testdata/t.env': `acme_token=${alnum(32)}\n`,
      'app/sandbox.env': `acme_token=sandbox${alnum(25)}\n`,
      'README.md': `acme_token = "DEMO${alnum(28)}"\n`,
      'docs/guide.md': `acme_token = "DEMO${alnum(28)}"\n`,
      'app/hook.env': `WEBHOOK=whsec_acme_${hex(40)}\n`,
      'app/hook-test.env': `WEBHOOK=whsec_acme_0000000000${hex(30)}\n`,
      'keys/prod.acmekeys': 'binary-ish keystore\n',
      'app/gh.env': `T=${gen('{{github:ghp}}')}\n`,
      'app/gh-rotated.env': `T=${gen('{{github:ghp}}')} # gitleaks-fixture: rotated\n`,
      'app/generic.py': `api_key = "${gen('{{chars:B-DF-HJ-NP-TV-WY-Zb-df-hj-np-tv-wy-z:14}}{{digits:2}}{{chars:B-DF-HJ-NP-TV-WY-Zb-df-hj-np-tv-wy-z:14}}')}"\n`,
      'app/client.py': `acme_client_id = "${gen('{{chars:a-z0-9:16}}')}"\nacme_client_secret = "${alnum(40)}"\n`,
      'app/lonely.py': `acme_client_secret = "${alnum(40)}"\n`,
      'third_party/lib.env': `acme_token=${alnum(32)}\n`,
      'app/revoked.env': `acme_token = "${alnum(32)}" # revoked\n`,
      'app/placeholder.env': `acme_token=placeholder${alnum(21)}\n`,
      'examples/ex.env': `acme_token=${alnum(32)}\nT=${gen('{{github:ghp}}')}\n`,
    },
  };
}

const EXPECTED = [
  'app/Other.ini acme-api-token',
  'app/client.py acme-client-secret',
  'app/config.env acme-api-token',
  'app/gh.env github-pat',
  'app/hook.env acme-webhook-secret',
  'docs/guide.md acme-api-token',
  'examples/ex.env github-pat',
  'keys/prod.acmekeys acme-keystore',
];

describe('a .gitleaks.toml using every documented field', () => {
  it('is found at the scan root and behaves as gitleaks documents it', () => {
    const dir = tempDir();
    const { token, files } = tree();
    writeTree(dir, { ...files, '.gitleaks.toml': readFileSync(join(FIXTURES, 'gitleaks.toml'), 'utf8') });
    const r = cli(['scan', '.', '--no-git', '--format', 'json', '--show-suppressed'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = report(r.stdout);
    expect(ids(out)).toEqual(EXPECTED);
    // secretGroup = 2: the named group, not the name.
    expect(out.findings.find((f) => f.file === 'app/config.env')!.secret).toBe(`${token.slice(0, 2)}********`);
    const why = Object.fromEntries(out.suppressed!.filter((s) => s.ruleId !== 'generic-api-key' || s.kind !== 'entropy').map((s) => [`${s.file} ${s.ruleId}`, `${s.kind}: ${s.reason}`]));
    expect(why).toMatchObject({
      'app/low.env acme-api-token': expect.stringMatching(/^entropy: entropy 1\.00 below the rule's 3/),
      'testdata/t.env acme-api-token': 'rule-allowlist: rule allowlist: the fixtures commit, test data and sandbox tokens',
      'app/sandbox.env acme-api-token': 'rule-allowlist: rule allowlist: the fixtures commit, test data and sandbox tokens',
      'README.md acme-api-token': 'rule-allowlist: rule allowlist: README examples with the documented prefix',
      'app/hook-test.env acme-webhook-secret': 'rule-allowlist: rule allowlist: the all-zero test secret',
      'app/gh-rotated.env github-pat': expect.stringMatching(/^rule-allowlist: rule allowlist: \.gitleaks\.toml:\d+$/),
      'app/client.py acme-client-id': 'composite: rule "acme-client-id" has skipReport: it only counts as part of a composite rule',
      'app/lonely.py acme-client-secret': 'composite: composite rule: no "acme-client-id" match within 3 line(s) and 10 column(s)',
      'app/revoked.env acme-api-token': 'global-allowlist: global allowlist: vendored code, a placeholder word, the import commit',
      'app/placeholder.env acme-api-token': 'global-allowlist: global allowlist: vendored code, a placeholder word, the import commit',
      'examples/ex.env acme-api-token': 'rule-allowlist: rule allowlist: examples folder, for the ACME rules only',
    });
    // disabledRules: the generic rule is off; a global path allowlist skips third_party/ unread.
    expect(out.findings.some((f) => f.ruleId === 'generic-api-key')).toBe(false);
    expect(out.suppressed!.some((s) => s.file.startsWith('third_party/'))).toBe(false);
    expect(r.stderr).toContain('.gitleaks.toml: disabledRules names "etsy-access-token", which leakward has no rule for: nothing to disable.');
  });

  it('.leakward.toml wins when both are there', () => {
    const dir = tempDir();
    writeTree(dir, {
      '.gitleaks.toml': readFileSync(join(FIXTURES, 'gitleaks.toml'), 'utf8'),
      '.leakward.toml': '[extend]\ndisabledRules = ["github-pat"]\n',
      'app/gh.env': `T=${gen('{{github:ghp}}')}\n`,
      'app/hook.env': `WEBHOOK=whsec_acme_${hex(40)}\n`,
    });
    expect(cli(['scan', '.', '--no-git'], { cwd: dir }).code).toBe(0);
  });

  it('[extend] path is read from the working directory, and without useDefault the defaults are off', () => {
    const dir = tempDir();
    cpSync(FIXTURES, join(dir, 'fixtures/gitleaks'), { recursive: true });
    writeTree(dir, {
      'app/gh.env': `T=${gen('{{github:ghp}}')}\n`,
      'app/hook.env': `WEBHOOK=whsec_acme_${hex(40)}\n`,
      'keys/a.acmekeys': 'k\n',
      'ignored/b.acmekeys': 'k\n',
    });
    const r = cli(['scan', 'app', '--no-git', '--format', 'json', '--config', 'fixtures/gitleaks/extend-path.gitleaks.toml'], { cwd: dir });
    expect(ids(report(r.stdout))).toEqual(['hook.env acme-webhook-secret']);
    const all = cli(['scan', '.', '--no-git', '--format', 'json', '--config', 'fixtures/gitleaks/extend-path.gitleaks.toml'], { cwd: dir });
    expect(ids(report(all.stdout))).toEqual(['app/hook.env acme-webhook-secret', 'keys/a.acmekeys acme-keystore']);
  });
});

describe('.gitleaksignore', () => {
  it('drops the findings its entries name (commit:file:rule:line in history, file:rule:line in a tree) and reports stale ones', () => {
    const repo = gitRepo({ 'a.env': `T=${gen('{{github:ghp}}')}\n`, 'b.env': `\nT=${gen('{{github:ghp}}')}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'tokens');
    const sha = git(repo, 'rev-parse', 'HEAD').trim();
    writeTree(repo, { '.gitleaksignore': `# gitleaks fingerprints\n${sha}:a.env:github-pat:1\nb.env:github-pat:2\nb.env:github-pat:9\n` });
    const history = report(cli(['scan', '--history', repo, '--format', 'json']).stdout);
    expect(ids(history)).toEqual(['b.env github-pat']);
    const treeScan = cli(['scan', repo, '--format', 'json']);
    expect(ids(report(treeScan.stdout))).toEqual(['a.env github-pat']);
    // A tree scan judges only the entries without a commit.
    expect(treeScan.stderr).toBe('leakward: .gitleaksignore:4: b.env:github-pat:9 matched nothing in this scan (stale): remove the line.\n');

    // One step to fingerprints that survive rebases: --from-gitleaks, then delete .gitleaksignore.
    const moved = cli(['ignore', '--from-gitleaks'], { cwd: repo });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('not carried over (matches nothing): b.env:github-pat:9\n');
    expect(moved.stdout).toContain('leakward: 2 entries added to .leakwardignore from 3 in .gitleaksignore;');
    const text = readFileSync(join(repo, '.leakwardignore'), 'utf8');
    expect(text).toContain(`  # was .gitleaksignore:2 ${sha}:a.env:github-pat:1\n`);
    expect(text).toContain('  # was .gitleaksignore:3 b.env:github-pat:2\n');
    rmSync(join(repo, '.gitleaksignore'));
    expect(cli(['scan', '--history', repo]).code).toBe(0);
    expect(cli(['scan', repo]).code).toBe(0);
  });

  it('a malformed line is an error naming the file and line', () => {
    const dir = tempDir();
    writeTree(dir, { '.gitleaksignore': 'a.env:github-pat\n' });
    const r = cli(['scan', dir, '--no-git']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leakward: .gitleaksignore:1: "a.env:github-pat" is not a gitleaks fingerprint (commit:file:rule-id:line, or file:rule-id:line)\n');
  });
});

describe('leakward config migrate', () => {
  it('writes a .leakward.toml that finds exactly what the gitleaks config finds', () => {
    const dir = tempDir();
    const { files } = tree();
    writeTree(dir, files);
    cpSync(join(FIXTURES, 'gitleaks.toml'), join(dir, '.gitleaks.toml'));
    const m = cli(['config', 'migrate'], { cwd: dir });
    expect(m.code).toBe(0);
    expect(m.stderr).toContain('wrote .leakward.toml (6 rule(s), 2 global allowlist(s)) from .gitleaks.toml');
    const migrated = readFileSync(join(dir, '.leakward.toml'), 'utf8');
    expect(migrated).toContain('useDefault = true');
    expect(migrated).toContain('[[rules.allowlists]]\n  description = "the all-zero test secret"');
    expect(migrated).toContain("regex = '''(?i)\\b(acme[_-]?(?:api[_-]?)?token)\\s*[:=]\\s*[\"']?(?P<secret>[[:alnum:]]{32})\\b'''");
    expect(migrated).toContain('entropy = 3.0');
    expect(migrated).toContain('# gitleaks rules leakward has no rule for, so nothing to disable: etsy-access-token\ndisabledRules = ["generic-api-key"]');
    expect(migrated).toContain('[[rules.required]]\n  id = "acme-client-id"\n  withinLines = 3\n  withinColumns = 10');
    expect(migrated).not.toContain('[rules.allowlist]');
    const withGitleaks = cli(['scan', '.', '--no-git', '--format', 'json', '--config', '.gitleaks.toml'], { cwd: dir });
    const withMigrated = cli(['scan', '.', '--no-git', '--format', 'json', '--config', '.leakward.toml'], { cwd: dir });
    expect(ids(report(withMigrated.stdout))).toEqual(EXPECTED);
    expect(report(withMigrated.stdout).findings).toEqual(report(withGitleaks.stdout).findings);
    expect(cli(['config', 'migrate'], { cwd: dir }).stderr).toContain('.leakward.toml already exists');
  });

  it('makes gitleaks\' implicit defaults explicit: no useDefault means none, [extend] path relative to the new file', () => {
    const dir = tempDir();
    cpSync(FIXTURES, join(dir, 'fixtures/gitleaks'), { recursive: true });
    const m = cli(['config', 'migrate', 'fixtures/gitleaks/extend-path.gitleaks.toml', '--output', 'conf/leakward.toml'], { cwd: dir });
    expect(m.code).toBe(0);
    const text = readFileSync(join(dir, 'conf/leakward.toml'), 'utf8');
    expect(text).toContain('path = "../fixtures/gitleaks/base.gitleaks.toml"');
    const plain = tempDir();
    writeTree(plain, { '.gitleaks.toml': '[[rules]]\nid = "x"\nregex = \'\'\'xyz{3}\'\'\'\n' });
    expect(cli(['config', 'migrate', '-o', '-'], { cwd: plain }).stdout).toContain('useDefault = false');
  });
});

describe('leakward config check', () => {
  it('summarises the config, and fails (exit 2) on a broken one', () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'gitleaks.toml'), join(dir, '.gitleaks.toml'));
    const ok = cli(['config', 'check'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^\.gitleaks\.toml \(gitleaks format\): \d+ rules \(\d+ built-in, 5 added\), \d+ global allowlists; 0 rule\(s\) with examples, all hold\.\n$/);
    writeTree(dir, { '.leakward.toml': '[[rules]]\nid = "x"\nregex = \'\'\'x{2}\'\'\'\nexamples = ["«yy»"]\n' });
    const bad = cli(['config', 'check'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.leakward.toml:1 (rule "x"): example "«yy»" expanded to "yy": no match');
  });
});
