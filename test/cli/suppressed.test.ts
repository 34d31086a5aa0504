/** `--show-suppressed`: nothing is filtered silently — each dropped finding with its kind and reason, redacted. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

function setup() {
  const toks = {
    inline: gen('{{github:ghp}}'),
    badcrc: gen('{{github-badcrc:ghp}}'),
    ignored: gen('{{github:ghp}}'),
    baselined: gen('{{github:ghp}}'),
    allowed: gen('{{github:ghp}}'),
    reported: gen('{{github:ghp}}'),
  };
  const dir = tempDir();
  writeTree(dir, {
    'inline.env': `T=${toks.inline} # leakward:allow test value\n`,
    'badcrc.env': `T=${toks.badcrc}\n`,
    'ignored.env': `T=${toks.ignored}\n`,
    'baselined.env': `T=${toks.baselined}\n`,
    'fixtures/allowed.env': `T=${toks.allowed}\n`,
    'reported.env': `T=${toks.reported}\n`,
    '.leakward.toml': '[[allowlists]]\ndescription = "test fixtures"\nglobs = ["fixtures/**"]\nregexes = [\'\'\'^ghp_\'\'\']\ncondition = "AND"\n',
  });
  expect(cli(['ignore', 'ignored.env:1', '-m', 'demo'], { cwd: dir }).code).toBe(0);
  writeTree(dir, { 'only.env': `T=${toks.baselined}\n` });
  expect(cli(['baseline', '.', '--no-git', '--output', 'base.json'], { cwd: join(dir) }).code).toBe(0);
  return { dir, toks };
}

describe('--show-suppressed', () => {
  it('lists every dropped finding with the filter that dropped it, in every format, never the secret', () => {
    const { dir, toks } = setup();
    // The baseline holds every finding of the first scan; take out the one meant to stay reported.
    const base = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as { findings: Array<{ file: string }> };
    base.findings = base.findings.filter((f) => f.file === 'only.env' || f.file === 'baselined.env');
    writeTree(dir, { 'base.json': JSON.stringify(base) });

    const json = cli(['scan', '.', '--no-git', '--baseline', 'base.json', '--format', 'json', '--show-suppressed'], { cwd: dir });
    expect(json.code).toBe(1);
    const r = JSON.parse(json.stdout) as { findings: Array<{ file: string }>; suppressed: Array<{ file: string; ruleId: string; kind: string; reason: string; secret: string }> };
    expect(r.findings.map((f) => f.file)).toEqual(['reported.env']);
    const byFile = Object.fromEntries(r.suppressed.filter((s) => s.ruleId === 'github-pat').map((s) => [s.file, `${s.kind}: ${s.reason}`]));
    expect(byFile).toEqual({
      'badcrc.env': expect.stringMatching(/^checksum: /),
      'baselined.env': expect.stringMatching(/^baseline: in the baseline \(github-pat:[0-9a-f]{24}\)$/),
      'fixtures/allowed.env': 'global-allowlist: global allowlist: test fixtures',
      'ignored.env': expect.stringMatching(/^ignore: ignored by \.leakwardignore:1 \(.+: demo\)$/),
      'inline.env': 'inline: inline comment "leakward:allow"',
      'only.env': expect.stringMatching(/^baseline: /),
    });
    for (const s of r.suppressed) expect(s.secret.endsWith('********')).toBe(true);

    const pretty = cli(['scan', '.', '--no-git', '--baseline', 'base.json', '--show-suppressed'], { cwd: dir });
    expect(pretty.stdout).toMatch(/Suppressed \(\d+\): found, then dropped for the reason given\n/);
    expect(pretty.stdout).toContain('  inline.env:1:3  github-pat  ghp_');
    expect(pretty.stdout).toContain('    inline: inline comment "leakward:allow"\n');
    expect(pretty.stdout).toMatch(/ {4}ignore: ignored by \.leakwardignore:1 \(.+: demo\)\n/);
    expect(pretty.stdout).toContain('    global-allowlist: global allowlist: test fixtures\n');

    const sarif = JSON.parse(cli(['scan', '.', '--no-git', '--baseline', 'base.json', '--format', 'sarif', '--show-suppressed'], { cwd: dir }).stdout);
    const results = sarif.runs[0].results as Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; suppressions?: Array<{ kind: string; justification: string }> }>;
    const inline = results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'inline.env')!;
    expect(inline.suppressions).toEqual([{ kind: 'inSource', justification: 'inline: inline comment "leakward:allow"' }]);
    const reported = results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'reported.env')!;
    expect(reported.suppressions).toBeUndefined();

    for (const out of [json.stdout, pretty.stdout, JSON.stringify(sarif)]) {
      for (const t of Object.values(toks)) expect(out).not.toContain(t);
    }
  });

  it('without the flag, reports stay as they were: counts only', () => {
    const { dir } = setup();
    const r = cli(['scan', '.', '--no-git', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report).not.toHaveProperty('suppressed');
    expect((report.stats as { suppressedByKind: Record<string, number> }).suppressedByKind).toMatchObject({ inline: 1, checksum: 1, ignore: 1, 'global-allowlist': 1 });
    expect(cli(['scan', '.', '--no-git'], { cwd: dir }).stdout).not.toContain('Suppressed (');
  });
});
