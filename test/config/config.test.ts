/**
 * `.leakward.toml`: every field, through a real scan of a temp directory, and every error with its
 * exact message (file, line, rule id).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/config/apply.js';
import { loadConfig } from '../../src/config/load.js';
import { LeakwardError } from '../../src/errors.js';
import { loadBuiltinRuleSet } from '../../src/rules/builtin.js';
import { scan } from '../../src/scan.js';
import type { RuleSet } from '../../src/types.js';
import { cli, git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

let builtin: RuleSet;
beforeAll(() => {
  builtin = loadBuiltinRuleSet();
});

/** A random value the generic rule reports (digits and letters, no placeholder words). */
const genericValue = () => gen('{{chars:B-DF-HJ-NP-TV-WY-Zb-df-hj-np-tv-wy-z:14}}{{digits:2}}{{chars:B-DF-HJ-NP-TV-WY-Zb-df-hj-np-tv-wy-z:14}}');
const acmeValue = () => `ACME-${gen('{{chars:A-Z0-9:24}}')}`;
const ACME_RULE = `[[rules]]\nid = "acme-key"\ndescription = "ACME internal key"\nregex = '''\\b(ACME-[A-Z0-9]{24})\\b'''\nkeywords = ["acme-"]\n`;

/** Scans a directory holding `files` (a `.leakward.toml` among them) and returns rule ids by file. */
async function findings(files: Record<string, string>, extra: { config?: string } = {}) {
  const dir = tempDir();
  writeTree(dir, files);
  const r = await scan({ target: dir, git: 'never', cwd: dir, ...(extra.config ? { config: join(dir, extra.config) } : {}) });
  return {
    found: r.findings.map((f) => `${f.file} ${f.ruleId}`).sort(),
    suppressed: r.suppressed.filter((s) => s.kind !== 'entropy').map((s) => `${s.finding.file} ${s.finding.ruleId} ${s.kind}: ${s.reason}`).sort(),
    result: r,
  };
}

/** The error a config gives: its exact message (and hint). */
function configError(text: string, others: Record<string, string> = {}, name = '.leakward.toml'): { message: string; hint?: string } {
  const dir = tempDir();
  writeTree(dir, { [name]: text, ...others });
  try {
    applyConfig(builtin, loadConfig(join(dir, name), dir));
  } catch (e) {
    if (e instanceof LeakwardError) return { message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
    throw e;
  }
  throw new Error('expected the config to be refused');
}

describe('config fields', () => {
  it('[[rules]] adds a rule; the built-in rules still run (useDefault defaults to true)', async () => {
    const r = await findings({ '.leakward.toml': ACME_RULE, 'a.txt': `k = ${acmeValue()}\n`, 'b.env': `T=${gen('{{github:ghp}}')}\n` });
    expect(r.found).toEqual(['a.txt acme-key', 'b.env github-pat']);
  });

  it('[extend] useDefault = false: only the config\'s rules', async () => {
    const r = await findings({
      '.leakward.toml': `[extend]\nuseDefault = false\n\n${ACME_RULE}`,
      'a.txt': `k = ${acmeValue()}\n`,
      'b.env': `T=${gen('{{github:ghp}}')}\n`,
    });
    expect(r.found).toEqual(['a.txt acme-key']);
    expect(r.result.stats.rules).toBe(1);
  });

  it('[extend] disabledRules and disabledTags drop built-in rules', async () => {
    const files = { 'b.env': `T=${gen('{{github:ghp}}')}\n`, 'c.py': `api_key = "${genericValue()}"\n` };
    expect((await findings(files)).found).toEqual(['b.env github-pat', 'c.py generic-api-key']);
    expect((await findings({ ...files, '.leakward.toml': '[extend]\ndisabledRules = ["github-pat"]\n' })).found).toEqual(['c.py generic-api-key']);
    expect((await findings({ ...files, '.leakward.toml': '[extend]\ndisabledTags = ["generic"]\n' })).found).toEqual(['b.env github-pat']);
  });

  it('the built-in CLI keeps its shipped keyword automaton when a config only disables rules, and still finds the rest', () => {
    const dir = tempDir();
    writeTree(dir, {
      '.leakward.toml': '[extend]\ndisabledRules = ["github-pat"]\n',
      'b.env': `T=${gen('{{github:ghp}}')}\n`,
      'c.py': `api_key = "${genericValue()}"\n`,
      'd.env': `NPM_TOKEN=${gen('{{github:npm}}')}\n`,
    });
    const r = cli(['scan', '.', '--no-git', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort())
      .toEqual(['c.py generic-api-key', 'd.env npm-access-token']);
  });

  it('[extend] minConfidence keeps only rules at or above it', async () => {
    const files = { 'b.env': `T=${gen('{{github:ghp}}')}\n`, 'c.py': `api_key = "${genericValue()}"\n` };
    expect((await findings({ ...files, '.leakward.toml': '[extend]\nminConfidence = "medium"\n' })).found).toEqual(['b.env github-pat']);
  });

  it('[extend] path builds on another config, relative to this one\'s folder', async () => {
    const r = await findings({
      'shared/base.toml': ACME_RULE,
      '.leakward.toml': `[extend]\npath = "shared/base.toml"\n\n[[allowlists]]\ndescription = "fixtures"\nglobs = ["fixtures/**"]\n`,
      'a.txt': `k = ${acmeValue()}\n`,
      'fixtures/x.txt': `k = ${acmeValue()}\n`,
      'b.env': `T=${gen('{{github:ghp}}')}\n`,
    });
    // The base config says nothing of useDefault: a leakward config starts from the built-in rules.
    expect(r.found).toEqual(['a.txt acme-key', 'b.env github-pat']);
  });

  it('[extend] useDefaultAllowlists = false reads what the built-in allowlists skip (node_modules)', async () => {
    const files = { 'node_modules/pkg/x.env': `T=${gen('{{github:ghp}}')}\n` };
    expect((await findings(files)).found).toEqual([]);
    expect((await findings({ ...files, '.leakward.toml': '[extend]\nuseDefaultAllowlists = false\n' })).found).toEqual(['node_modules/pkg/x.env github-pat']);
    // …and the ones written for some rules: the generic rules read minified bundles again.
    const minified = { 'app.min.js': `var c={api_key = "${genericValue()}"};\n` };
    expect((await findings(minified)).found).toEqual([]);
    expect((await findings({ ...minified, '.leakward.toml': '[extend]\nuseDefaultAllowlists = false\n' })).found).toEqual(['app.min.js generic-api-key']);
  });

  it('[limits] maxFileSize skips bigger files; --max-file-size wins over it', () => {
    const dir = tempDir();
    writeTree(dir, { '.leakward.toml': '[limits]\nmaxFileSize = "1k"\n', 'big.env': `T=${gen('{{github:ghp}}')}\n${'#'.repeat(2000)}\n` });
    const limited = cli(['scan', dir, '--no-git', '--format', 'json']);
    expect(limited.code).toBe(0);
    expect(JSON.parse(limited.stdout).skipped).toEqual([expect.objectContaining({ path: 'big.env', reason: 'too-large' })]);
    expect(cli(['scan', dir, '--no-git', '--max-file-size', '10k']).code).toBe(1);
  });

  it('title, description and minVersion are accepted (gitleaks metadata)', async () => {
    const r = await findings({ '.leakward.toml': `title = "t"\ndescription = "d"\nminVersion = "v8.25.0"\n${ACME_RULE}`, 'a.txt': `k = ${acmeValue()}\n` });
    expect(r.found).toEqual(['a.txt acme-key']);
  });

  it('a rule with a built-in id changes it: fields written win, allowlists are added', async () => {
    const tok = gen('{{github:ghp}}');
    const r = await findings({
      '.leakward.toml': `[[rules]]\nid = "github-pat"\ndescription = "Our GitHub token"\n\n[[rules.allowlists]]\ndescription = "CI fixtures"\npaths = ['''^ci/''']\n`,
      'b.env': `T=${tok}\n`,
      'ci/c.env': `T=${tok}\n`,
    });
    expect(r.found).toEqual(['b.env github-pat']);
    expect(r.result.findings[0]!.description).toBe('Our GitHub token');
    expect(r.suppressed).toContain('ci/c.env github-pat rule-allowlist: rule allowlist: CI fixtures');
  });

  it('rule examples are optional, and checked when present', async () => {
    const withExamples = ACME_RULE + `examples = ["key = «ACME-{{chars:A-Z0-9:24}}»"]\nnegatives = ["ACME-short"]\n`;
    expect((await findings({ '.leakward.toml': withExamples, 'a.txt': `k = ${acmeValue()}\n` })).found).toEqual(['a.txt acme-key']);
    const e = configError(ACME_RULE + `examples = ["key = «ACME-{{chars:a-z:24}}»"]\n`);
    expect(e.message).toMatch(/^\.leakward\.toml:1 \(rule "acme-key"\): example "key = «ACME-\{\{chars:a-z:24\}\}»" expanded to "key = ACME-[a-z]{24}": no match$/);
    expect(e.hint).toBe('Fix the example or the regex (`leakward config check` runs this check on its own).');
  });

  it('global allowlists: paths (regex), globs, regexes on secret / match / line, stopwords, condition AND', async () => {
    const files = (extra: string) => ({
      '.leakward.toml': `${ACME_RULE}\n${extra}`,
      'src/a.txt': `k = ${acmeValue()}\n`,
      'src/b.txt': `k = ${acmeValue()} # staging\n`,
      'docs/c.md': `k = ACME-${'DOCS'.padEnd(24, 'Z')}\n`,
      'test/d.txt': `k = ${acmeValue()}\n`,
    });
    const all = ['docs/c.md acme-key', 'src/a.txt acme-key', 'src/b.txt acme-key', 'test/d.txt acme-key'];
    expect((await findings(files(''))).found).toEqual(all);
    const without = (...drop: string[]) => all.filter((x) => !drop.includes(x));
    expect((await findings(files(`[[allowlists]]\npaths = ['''^test/''']\n`))).found).toEqual(without('test/d.txt acme-key'));
    expect((await findings(files(`[[allowlists]]\nglobs = ["test/**"]\n`))).found).toEqual(without('test/d.txt acme-key'));
    expect((await findings(files(`[[allowlists]]\nregexes = ['''^ACME-DOCS''']\n`))).found).toEqual(without('docs/c.md acme-key'));
    expect((await findings(files(`[[allowlists]]\nregexTarget = "match"\nregexes = ['''DOCSZ''']\n`))).found).toEqual(without('docs/c.md acme-key'));
    expect((await findings(files(`[[allowlists]]\nregexTarget = "line"\nregexes = ['''# staging$''']\n`))).found).toEqual(without('src/b.txt acme-key'));
    expect((await findings(files(`[[allowlists]]\nstopwords = ["docszz"]\n`))).found).toEqual(without('docs/c.md acme-key'));
    // AND: both the path and the stop word must hold.
    expect((await findings(files(`[[allowlists]]\ncondition = "AND"\nglobs = ["src/**"]\nstopwords = ["docszz"]\n`))).found).toEqual(all);
    expect((await findings(files(`[[allowlists]]\ncondition = "AND"\nglobs = ["docs/**"]\nstopwords = ["docszz"]\n`))).found).toEqual(without('docs/c.md acme-key'));
  });

  it('an allowlist without a description is named by where it is written in --show-suppressed', async () => {
    const r = await findings({ '.leakward.toml': `${ACME_RULE}\n[[allowlists]]\nregexTarget = "line"\nregexes = ['''# staging$''']\n`, 'b.txt': `k = ${acmeValue()} # staging\n` });
    expect(r.suppressed).toEqual(['b.txt acme-key global-allowlist: global allowlist: .leakward.toml:7']);
  });

  it('targetRules: a global allowlist for some rules only', async () => {
    const files = { 'test/a.txt': `k = ${acmeValue()}\n`, 'test/b.env': `T=${gen('{{github:ghp}}')}\n` };
    const r = await findings({ ...files, '.leakward.toml': `${ACME_RULE}\n[[allowlists]]\ntargetRules = ["acme-key"]\nglobs = ["test/**"]\n` });
    expect(r.found).toEqual(['test/b.env github-pat']);
  });

  it('allowlist commits: a history finding at that commit is dropped', () => {
    const repo = gitRepo({ 'a.txt': `k = ${acmeValue()}\n`, '.leakward.toml': ACME_RULE });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    const sha = git(repo, 'rev-parse', 'HEAD').trim();
    writeTree(repo, { 'b.txt': `k = ${acmeValue()}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'two');
    const before = JSON.parse(cli(['scan', '--history', repo, '--format', 'json']).stdout);
    expect(before.findings.map((f: { file: string }) => f.file).sort()).toEqual(['a.txt', 'b.txt']);
    writeTree(repo, { '.leakward.toml': `${ACME_RULE}\n[[allowlists]]\ncommits = ["${sha}"]\n` });
    const after = JSON.parse(cli(['scan', '--history', repo, '--format', 'json']).stdout);
    expect(after.findings.map((f: { file: string }) => f.file)).toEqual(['b.txt']);
  });
});

describe('config errors: exact messages, exit 2', () => {
  const cases: Array<[string, string, string, Record<string, string>?]> = [
    ['unknown top-level key', 'title = "x"\nrulez = 1\n', '.leakward.toml:2: unknown key "rulez"'],
    ['unknown top-level table', '[[rule]]\nid = "x"\n', '.leakward.toml:1: unknown key "rule"'],
    ['unknown [extend] key', '[extend]\nusedefault = true\n', '.leakward.toml:2: unknown key "usedefault" in [extend]'],
    ['[extend] url', '[extend]\nurl = "https://example.com/x.toml"\n', '.leakward.toml:2: [extend] url is not supported: leakward never fetches a config from the network'],
    ['useDefault not a boolean', '[extend]\nuseDefault = "yes"\n', '.leakward.toml:2: "useDefault" must be true or false'],
    ['useDefault and path', '[extend]\nuseDefault = true\npath = "b.toml"\n', '.leakward.toml:2: [extend] has both useDefault = true and path', { 'b.toml': '' }],
    ['disabledRules not a list', '[extend]\ndisabledRules = "github-pat"\n', '.leakward.toml:2: "disabledRules" must be an array of strings'],
    ['disabledRules names no rule', '[extend]\ndisabledRules = ["github-pta"]\n', '.leakward.toml:2: disabledRules names "github-pta", which is not a rule of the config this one extends'],
    ['minConfidence', '[extend]\nminConfidence = "very"\n', '.leakward.toml:2: "minConfidence" must be one of low, medium, high'],
    ['unknown [limits] key', '[limits]\nmaxFiles = 3\n', '.leakward.toml:2: unknown key "maxFiles" in [limits]'],
    ['bad maxFileSize', '[limits]\nmaxFileSize = "ten megs"\n', '.leakward.toml:2: "maxFileSize" must be a size like "500k", "10m" or a number of bytes (got "ten megs")'],
    ['extend path missing', '[extend]\npath = "nope.toml"\n', 'nope.toml: cannot read the config: ENOENT (named by [extend] path in .leakward.toml)'],
    ['extend cycle', '[extend]\npath = "b.toml"\n', 'b.toml:2: [extend] path makes a cycle: .leakward.toml → b.toml → .leakward.toml', { 'b.toml': '[extend]\npath = ".leakward.toml"\n' }],
    ['invalid TOML', '[[rules]]\nid = "x\n', '.leakward.toml:2: invalid TOML: '],
    ['unknown rule key', '[[rules]]\nid = "x"\nregex = \'\'\'x{3}\'\'\'\nkeyword = ["x"]\n', '.leakward.toml:4 (rule "x"): unknown key "keyword"'],
    ['bad regex', '[[rules]]\nid = "x"\nregex = \'\'\'(unclosed\'\'\'\n', '.leakward.toml:1 (rule "x"): regex invalid regex'],
    ['rule without regex or path', '[[rules]]\nid = "acme"\ndescription = "d"\n', '.leakward.toml:1 (rule "acme"): a rule needs a "regex", a "path", or both (no rule of the config this one extends has this id)'],
    ['duplicate rule id', `${ACME_RULE}\n${ACME_RULE}`, '.leakward.toml:7 (rule "acme-key"): duplicate rule id in this file'],
    ['secretGroup beyond the groups', '[[rules]]\nid = "x"\nregex = \'\'\'x(y)\'\'\'\nsecretGroup = 2\n', '.leakward.toml:1 (rule "x"): secretGroup = 2 but the regex has 1 capture group(s)'],
    ['unknown allowlist key', '[[allowlists]]\npath = [\'\'\'x\'\'\']\n', '.leakward.toml:2: unknown allowlist key "path"'],
    ['bad glob', '[[allowlists]]\nglobs = ["test/[abc"]\n', '.leakward.toml:2: glob "test/[abc" Missing closing: "]" - use "\\\\]" to match literal characters'],
    ['absolute glob', '[[allowlists]]\nglobs = ["/etc/**"]\n', '.leakward.toml:2: glob "/etc/**" is absolute: globs match paths relative to the scanned directory'],
    ['bad allowlist regex', '[[allowlists]]\nregexes = [\'\'\'[z-a]\'\'\']\n', '.leakward.toml:1: allowlist regex invalid regex'],
    ['bad rule allowlist regex', `${ACME_RULE}\n[[rules.allowlists]]\nregexTarget = "line"\nregexes = [\'\'\'(x\'\'\']\n`, '.leakward.toml:7 (rule "acme-key"): allowlist regex invalid regex'],
    ['empty allowlist', '[[allowlists]]\ndescription = "nothing"\n', '.leakward.toml:1: an allowlist needs at least one of regexes, paths, globs, stopwords, commits'],
    ['targetRules names no rule', '[[allowlists]]\ntargetRules = ["acme"]\nglobs = ["x/**"]\n', '.leakward.toml:1: targetRules names "acme", which is not a rule here'],
    ['targetRules in a rule allowlist', `${ACME_RULE}[[rules.allowlists]]\ntargetRules = ["x"]\nglobs = ["x/**"]\n`, '.leakward.toml:7 (rule "acme-key"): unknown allowlist key "targetRules"'],
    ['bad regexTarget', '[[allowlists]]\nregexTarget = "file"\nregexes = [\'\'\'x\'\'\']\n', '.leakward.toml:2: "regexTarget" must be one of secret, match, line (got "file")'],
    ['[[rules.required]] names no rule', `${ACME_RULE}[[rules.required]]\nid = "acme-id"\n`, '.leakward.toml:1 (rule "acme-key"): [[rules.required]] names "acme-id", which is not a rule here'],
    ['unknown [[rules.required]] key', `${ACME_RULE}[[rules.required]]\nid = "acme-key"\nwithin = 3\n`, '.leakward.toml:8 (rule "acme-key"): unknown key "within" in [[rules.required]]'],
    ['skipReport not a boolean', `${ACME_RULE}skipReport = "yes"\n`, '.leakward.toml:6 (rule "acme-key"): "skipReport" must be true or false'],
    ['both rule allowlist forms', `${ACME_RULE}[rules.allowlist]\npaths = ['''x''']\n[[rules.allowlists]]\npaths = ['''y''']\n`, '.leakward.toml:1 (rule "acme-key"): both [rules.allowlist] and [[rules.allowlists]]'],
    ['both allowlist forms', '[allowlist]\npaths = [\'\'\'x\'\'\']\n\n[[allowlists]]\npaths = [\'\'\'y\'\'\']\n', '.leakward.toml:1: both [allowlist] and [[allowlists]]'],
  ];
  for (const [what, text, message, others] of cases) {
    it(what, () => {
      const e = configError(text, others);
      if (['invalid TOML', 'bad regex', 'bad allowlist regex', 'bad rule allowlist regex'].includes(what)) expect(e.message.startsWith(message), e.message).toBe(true);
      else expect(e.message).toBe(message);
    });
  }

  it('config check and config migrate say what is missing', () => {
    const dir = tempDir();
    const check = cli(['config', 'check'], { cwd: dir });
    expect([check.code, check.stderr]).toEqual([2, 'leakward: no config here: neither .leakward.toml nor .gitleaks.toml\n  Name one: `leakward config check FILE`.\n']);
    const migrate = cli(['config', 'migrate'], { cwd: dir });
    expect([migrate.code, migrate.stderr]).toEqual([2, 'leakward: .gitleaks.toml not found\n  Name the gitleaks config: `leakward config migrate path/to/.gitleaks.toml`.\n']);
  });

  it('the CLI prints the message and what to do, and exits 2', () => {
    const dir = tempDir();
    writeTree(dir, { '.leakward.toml': '[extend]\nuseDefault = "yes"\n' });
    const r = cli(['scan', '.', '--no-git'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('leakward: .leakward.toml:2: "useDefault" must be true or false\n');
    expect(r.stdout).toBe('');
  });
});
