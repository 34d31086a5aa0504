/**
 * The bundled Action (dist/action.js, what action.yml runs) started with `node` as the runner starts it:
 * workflow environment variables, INPUT_* for every input in action.yml (defaults applied, as the runner
 * does), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a real repository and a loopback GitHub API.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { pullFromRepo, startGitHub } from '../helpers/github-api.js';
import { gen } from '../helpers/tokens.js';

const ROOT = join(import.meta.dirname, '../..');
const ACTION_YML = readFileSync(join(ROOT, 'action.yml'), 'utf8');

/** action.yml's `runs` and each input's default (the file is simple enough for a line reader). */
function declared(): { inputs: Map<string, string>; outputs: string[]; using: string; main: string } {
  const inputs = new Map<string, string>();
  const outputs: string[] = [];
  let section = '';
  let current = '';
  for (const line of ACTION_YML.split('\n')) {
    const top = /^([a-z]+):/.exec(line);
    if (top) section = top[1]!;
    const key = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (key && section === 'inputs') inputs.set((current = key[1]!), '');
    if (key && section === 'outputs') outputs.push(key[1]!);
    const def = /^ {4}default: (.*)$/.exec(line);
    if (def && section === 'inputs') inputs.set(current, def[1]!.replace(/^'(.*)'$/, '$1'));
  }
  return { inputs, outputs, using: /^ {2}using: (\S+)/m.exec(ACTION_YML)![1]!, main: /^ {2}main: (\S+)/m.exec(ACTION_YML)![1]! };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM`, value lines, `DELIM`. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function commit(repo: string, message: string, files: Record<string, string>): string {
  writeTree(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

describe('the bundled Action, run as the runner runs it', () => {
  it('action.yml declares node24, the committed bundle, every input run() reads and the four outputs', () => {
    const d = declared();
    expect(d.using).toBe('node24');
    expect(d.main).toBe('dist/action.js');
    const read = new Set<string>();
    parseInputs((name) => (read.add(name), ''));
    expect([...d.inputs.keys()].sort()).toEqual([...read].sort());
    expect(d.outputs.sort()).toEqual(['findings', 'revoked', 'sarif-path', 'verified']);
  });

  it('a pull request that adds a token: annotations, outputs, summary, SARIF and one review comment, not repeated on a re-run', async () => {
    const token = gen('{{github:ghp}}');
    const repo = gitRepo();
    const base = commit(repo, 'base', { 'README.md': '# app\n' });
    git(repo, 'checkout', '-q', '-b', 'feature/$(id)`id`;x');
    const first = commit(repo, 'config', { 'deploy/config.env': `# deploy\nGITHUB_TOKEN=${token}\n` });
    const head = commit(repo, 'more', { 'src/a.js': 'a\n', 'src/b.js': 'b\n', 'src/c.js': 'c\n' });

    const gh = await startGitHub({ token: 'ghs-test-workflow-token', pageSize: 2 });
    const pull = pullFromRepo(repo, base, head);
    gh.pulls.set('octo/app#12', pull);

    const runner = tempDir('leakward-runner-');
    const event = join(runner, 'event.json');
    writeFileSync(event, JSON.stringify({
      action: 'opened', number: 12,
      pull_request: { number: 12, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
      repository: { full_name: 'octo/app', default_branch: 'main' },
    }));
    const inputs: Record<string, string> = {};
    for (const [name, def] of declared().inputs) inputs[`INPUT_${name.toUpperCase()}`] = def;
    inputs['INPUT_GITHUB-TOKEN'] = gh.token; // what `${{ github.token }}` becomes
    inputs.INPUT_COMMENT = 'true';
    inputs['INPUT_SARIF-PATH'] = 'reports/leakward.sarif';

    const runOnce = async () => {
      const output = join(runner, `output-${Math.random().toString(36).slice(2)}`);
      const summary = join(runner, `summary-${Math.random().toString(36).slice(2)}`);
      writeFileSync(output, '');
      writeFileSync(summary, '');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH, HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true', CI: 'true',
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_WORKSPACE: repo,
        GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: head,
        RUNNER_TEMP: runner, ...inputs,
      };
      const r = await promisify(execFile)(process.execPath, [join(ROOT, 'dist/action.js')], { cwd: repo, env, encoding: 'utf8' })
        .then((x) => ({ code: 0, ...x }), (e: { code: number; stdout: string; stderr: string }) => e);
      return { ...r, outputs: readOutputs(output), summary: readFileSync(summary, 'utf8') };
    };

    const r = await runOnce();
    expect(r.code).toBe(1); // fail-on-findings defaults to true
    expect(r.outputs).toEqual({ findings: '1', 'sarif-path': join(repo, 'reports/leakward.sarif'), verified: '0', revoked: '0' });

    // The secret reaches stdout only inside the mask command, which comes before everything else about it.
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.includes(token))).toEqual([`::add-mask::${token}`]);
    const mask = lines.indexOf(`::add-mask::${token}`);
    const annotation = lines.findIndex((l) => l.startsWith('::error title=leakward%3A github-pat,file=deploy/config.env,line=2,endLine=2,col=14,endColumn='));
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(annotation).toBeGreaterThan(mask);
    expect(lines[annotation]).toContain(`Added in commit ${first.slice(0, 12)}`);
    expect(r.stdout).toMatch(/^::error::leakward: a secret was found/m);
    expect(r.stdout).toContain(`::add-mask::${gh.token}`);

    expect(r.summary).toContain('## leakward: 1 secret found');
    expect(r.summary).toContain(`| github-pat | [deploy/config.env:2](https://github.com/octo/app/blob/${first}/deploy/config.env#L2) |`);
    expect(r.summary).not.toContain(token);

    const sarif = JSON.parse(readFileSync(r.outputs['sarif-path']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'github-pat',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'deploy/config.env' }, region: { startLine: 2 } } }],
      properties: { commit: first },
    });
    expect(readFileSync(r.outputs['sarif-path']!, 'utf8')).not.toContain(token);

    expect(pull.comments).toHaveLength(1);
    expect(pull.comments[0]).toMatchObject({ path: 'deploy/config.env', line: 2, side: 'RIGHT', commit_id: head });
    expect(pull.comments[0]!.body).not.toContain(token);

    const again = await runOnce();
    expect(again.outputs.findings).toBe('1');
    expect(pull.comments).toHaveLength(1);
    // Every list was read page by page (4 files and 2 commits at 2 a page), on both runs.
    const gets = (what: string) => gh.requests.filter((q) => q.method === 'GET' && q.path === `/api/v3/repos/octo/app/pulls/12/${what}`).length;
    expect(gets('files')).toBe(4);
    expect(gets('commits')).toBe(2);
    expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
  });
});
