/**
 * The default exclusions are data (rules/allowlist.toml), not code: lockfile integrity hashes,
 * minified bundles, source maps and vendored code (for the generic rules), node_modules and .git.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAll } from '../../src/engine/compile.js';
import { builtinRulesDir, loadRulesDir } from '../../src/rules/load.js';
import { cli, tempDir, writeTree } from '../helpers/fs.js';
import { gen } from '../helpers/tokens.js';

type Report = { findings: Array<{ file: string; ruleId: string }>; suppressed: Array<{ file: string; ruleId: string; kind: string; reason: string }> };
const scanDir = (files: Record<string, string>) => {
  const dir = tempDir();
  writeTree(dir, files);
  return JSON.parse(cli(['scan', '.', '--no-git', '--format', 'json', '--show-suppressed'], { cwd: dir }).stdout) as Report;
};
const generic = () => `api_key = "${gen('{{chars:B-DF-HJ-NP-TV-WY-Zb-df-hj-np-tv-wy-z:14}}{{digits:2}}{{chars:B-DF-HJ-NP-TV-WY-Zb-df-hj-np-tv-wy-z:14}}')}"`;

describe('default exclusions (rules/allowlist.toml)', () => {
  it('every built-in pattern, allowlists included, runs on V8: a scan without a config never loads the linear engine', () => {
    const { rules, allowlists } = loadRulesDir(builtinRulesDir());
    const linear = Object.entries(planAll(rules, allowlists)).filter(([, p]) => p.engine === 'linear').map(([k, p]) => `${k}: ${p.linearReason}`);
    expect(linear).toEqual([]);
  });

  it('lockfile integrity hashes are dropped in lockfiles only', () => {
    // A user rule that would report any sha512 integrity string shows what the built-in allowlist drops.
    const probe = '[[rules]]\nid = "sha512-probe"\nregex = \'\'\'sha512-[A-Za-z0-9+/]{86}==\'\'\'\nkeywords = ["sha512-"]\n';
    const sri = () => `sha512-${gen('{{base64:86}}')}==`;
    const r = scanDir({
      '.leakward.toml': probe,
      'package-lock.json': `{\n  "packages": {\n    "node_modules/x": {\n      "integrity": "${sri()}"\n    }\n  }\n}\n`,
      'yarn.lock': `x@1:\n  version "1.0.0"\n  integrity ${sri()}\n`,
      'pnpm-lock.yaml': `packages:\n  x@1.0.0:\n    resolution: {integrity: ${sri()}}\n`,
      'notes.txt': `integrity: ${sri()}\n`,
    });
    expect(r.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['notes.txt sha512-probe']);
    expect(r.suppressed.filter((s) => s.ruleId === 'sha512-probe').map((s) => [s.file, s.kind, s.reason.split(' (')[0]]).sort()).toEqual([
      ['package-lock.json', 'global-allowlist', 'global allowlist: lockfile integrity hashes and checksums'],
      ['pnpm-lock.yaml', 'global-allowlist', 'global allowlist: lockfile integrity hashes and checksums'],
      ['yarn.lock', 'global-allowlist', 'global allowlist: lockfile integrity hashes and checksums'],
    ]);
  });

  it('minified bundles, source maps and vendored code: generic findings dropped, provider tokens still reported', () => {
    const tok = gen('{{github:ghp}}');
    const r = scanDir({
      'dist/app.min.js': `var a={${generic()}};var b="${tok}";\n`,
      'web/app.js.map': `{"sourcesContent":["${generic().replace(/"/g, '\\"')}"]}\n`,
      'vendor/lib/client.py': `${generic()}\n`,
      'src/client.py': `${generic()}\n`,
    });
    expect(r.findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['dist/app.min.js github-pat', 'src/client.py generic-api-key']);
    const why = r.suppressed.filter((s) => s.ruleId === 'generic-api-key' && s.kind === 'rule-allowlist').map((s) => s.file).sort();
    expect(why).toEqual(['dist/app.min.js', 'vendor/lib/client.py', 'web/app.js.map']);
    expect(r.suppressed.find((s) => s.file === 'vendor/lib/client.py')!.reason).toMatch(/^rule allowlist: minified bundles, source maps and vendored code/);
  });

  it('node_modules and .git are not read, even without git', () => {
    const tok = gen('{{github:ghp}}');
    const r = scanDir({ 'node_modules/x/a.env': `T=${tok}\n`, '.git/config': `T=${tok}\n`, 'a/.git/b': `T=${tok}\n` });
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toEqual([]);
  });
});

describe('the README', () => {
  it('its complete config example loads and its examples hold (`leakward config check`)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const toml = /```toml\n([\s\S]*?)```/.exec(section)![1]!;
    const dir = tempDir();
    writeTree(dir, { '.leakward.toml': toml });
    const r = cli(['config', 'check'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\.leakward\.toml \(leakward format\): \d+ rules \(\d+ built-in, 3 added\), \d+ global allowlists; 1 rule\(s\) with examples, all hold\.\n$/);
    expect(r.code).toBe(0);
  });
});
