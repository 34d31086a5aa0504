/**
 * The bundled Action (dist/action.mjs, what action.yml runs) started with `node` as the runner starts it:
 * workflow environment variables, INPUT_* for every input in action.yml (defaults applied, as the runner
 * does), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a real repository, a loopback GitHub API and, for
 * verify/revoke, the loopback fake providers (a separate server: secrets never go to the GitHub API URL).
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { checkChain, type AuditRecord } from '../../src/audit/chain.js';
import { startFakeProviders } from '../helpers/fake-providers.js';
import { cli, GIT_ENV, git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { pullFromRepo, startGitHub } from '../helpers/github-api.js';
import { loadedFiles, verifyCode } from '../helpers/loaded.js';
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

/** Every input at its action.yml default (as the runner passes them), then `inputs` on top. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, def] of declared().inputs) env[`INPUT_${name.toUpperCase()}`] = def;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

interface PullRequestRun {
  repo: string;
  base: string;
  head: string;
  /** The folder standing in for RUNNER_TEMP: event payload, output and summary files. */
  runner: string;
  apiUrl: string;
}

/** A pull_request event for `repo` from base to head, in a fresh runner folder. */
function pullRequestRun(repo: string, base: string, head: string, apiUrl: string): PullRequestRun {
  const runner = tempDir('leakward-runner-');
  writeFileSync(join(runner, 'event.json'), JSON.stringify({
    action: 'opened', number: 12,
    pull_request: { number: 12, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
    repository: { full_name: 'octo/app', default_branch: 'main' },
  }));
  return { repo, base, head, runner, apiUrl };
}

function runnerEnv(pr: PullRequestRun, inputs: Record<string, string>, output: string, summary: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH, HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true', CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(pr.runner, 'event.json'), GITHUB_WORKSPACE: pr.repo,
    GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_API_URL: pr.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: pr.head,
    RUNNER_TEMP: pr.runner, ...inputEnv(inputs),
  };
}

/** `node dist/action.mjs` as the runner starts it (asynchronously: loopback servers in this process must answer). */
async function runAction(pr: PullRequestRun, inputs: Record<string, string>) {
  const output = join(pr.runner, `output-${Math.random().toString(36).slice(2)}`);
  const summary = join(pr.runner, `summary-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const r = await promisify(execFile)(process.execPath, [join(ROOT, 'dist/action.mjs')], { cwd: pr.repo, env: runnerEnv(pr, inputs, output, summary), encoding: 'utf8' })
    .then((x) => ({ code: 0, ...x }), (e: { code: number; stdout: string; stderr: string }) => e);
  return { ...r, outputs: readOutputs(output), summary: readFileSync(summary, 'utf8') };
}

describe('the bundled Action, run as the runner runs it', () => {
  it('action.yml declares node24, the committed bundle, every input run() reads and the five outputs', () => {
    const d = declared();
    expect(d.using).toBe('node24');
    expect(d.main).toBe('dist/action.mjs');
    const read = new Set<string>();
    parseInputs((name) => (read.add(name), ''));
    expect([...d.inputs.keys()].sort()).toEqual([...read].sort());
    expect(d.outputs.sort()).toEqual(['audit-log', 'findings', 'revoked', 'sarif-path', 'verified']);
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

    const pr = pullRequestRun(repo, base, head, gh.url);
    // What `${{ github.token }}` becomes.
    const inputs = { 'github-token': gh.token, comment: 'true', 'sarif-path': 'reports/leakward.sarif' };
    const runOnce = () => runAction(pr, inputs);

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

  it('verify + revoke on a pull request adding a live GitHub token and a live Slack token: both verified, revoked, shown revoked; a chained audit log', async () => {
    const ghToken = gen('{{github:ghp}}');
    const slackToken = `xoxb-${gen('{{digits:12}}-{{digits:13}}-{{base62:24}}')}`;
    const repo = gitRepo();
    const base = commit(repo, 'base', { 'README.md': '# app\n' });
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commit(repo, 'deploy settings', { 'deploy/.env': `# deploy\nGITHUB_TOKEN=${ghToken}\nSLACK_BOT_TOKEN=${slackToken}\n` });

    const fake = await startFakeProviders();
    const gh = await startGitHub({ token: 'ghs-test-workflow-token' });
    try {
      fake.live('github', ghToken, { login: 'deploy-bot' });
      fake.live('slack', slackToken, { team: 'Acme', user: 'release-bot' });
      const pull = pullFromRepo(repo, base, head);
      gh.pulls.set('octo/app#12', pull);
      const pr = pullRequestRun(repo, base, head, gh.url);

      const r = await runAction(pr, {
        'github-token': gh.token, comment: 'true',
        verify: 'true', revoke: 'true', 'allow-private-provider-urls': 'true',
        'provider-urls': `# the loopback fakes\n${fake.urlSpecs(['github', 'slack']).join('\n')}\n`,
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1); // found is found, revoked or not
      const auditLog = join(pr.runner, 'leakward-audit.jsonl'); // the default: $RUNNER_TEMP/leakward-audit.jsonl
      expect(r.outputs).toEqual({ findings: '2', 'sarif-path': join(pr.runner, 'leakward.sarif'), verified: '2', revoked: '2', 'audit-log': auditLog });

      // Dead at the provider, asked afresh.
      expect(fake.isLive('github', ghToken)).toBe(false);
      expect(fake.isLive('slack', slackToken)).toBe(false);
      // Each secret went only to its own provider's server; the GitHub API (comments) never saw one.
      const sentTo = (secret: string) => [...new Set(fake.requests.filter((q) => JSON.stringify(q.headers).includes(secret) || q.body.includes(secret)).map((q) => q.provider))];
      expect(sentTo(ghToken)).toEqual(['github']);
      expect(sentTo(slackToken)).toEqual(['slack']);
      expect(fake.requests.map((q) => `${q.provider} ${q.method} ${q.path}`).sort()).toEqual([
        'github GET /user', 'github GET /user', 'github POST /credentials/revoke',
        'slack POST /api/auth.revoke', 'slack POST /api/auth.test', 'slack POST /api/auth.test',
      ]);
      expect(fake.requests.some((q) => JSON.stringify(q.headers).includes(gh.token))).toBe(false);
      // The GitHub API sees only the pull request's lists and comments, and who the token is (GET /user).
      expect(gh.requests.every((q) => q.path === '/api/v3/user' || q.path.startsWith('/api/v3/repos/octo/app/pulls/12/'))).toBe(true);
      expect(pull.comments.map((c) => c.line).sort()).toEqual([2, 3]);

      // The job summary: both revoked, counted, and the audit log with its chain head.
      const row = (rule: string) => r.summary.split('\n').find((l) => l.startsWith(`| ${rule} |`)) ?? '';
      // (Cells are Markdown-escaped: `\(`, `\_`.)
      expect(row('github-pat')).toContain('| high | revoked — deploy-bot \\(User\\) | ghp\\_');
      expect(row('slack-bot-token')).toContain('| high | revoked — release-bot, team Acme, https://acme.slack.com/ | xoxb-');
      expect(r.summary).toContain('Verified live: 2; revoked: 2 (the provider, asked again, rejects them: they no longer work).');

      // The audit log: intact, every attempt in order of kind, no secret.
      const text = readFileSync(auditLog, 'utf8');
      const chain = checkChain(text);
      expect(chain).toMatchObject({ ok: true, records: 6 });
      const records = text.trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
      expect(records.map((x) => `${x.provider} ${x.action} ${x.verdict}`).sort()).toEqual([
        'github reverify invalid', 'github revoke unknown', 'github verify live',
        'slack reverify invalid', 'slack revoke unknown', 'slack verify live',
      ]);
      expect(records.filter((x) => x.action === 'revoke').map((x) => x.outcome).sort()).toEqual(['HTTP 200', 'HTTP 202']);
      expect(r.summary).toContain(`**Audit log:** \`${auditLog}\` — 6 records appended; chain head \`${chain.ok ? chain.lastHash : ''}\``);
      const check = cli(['audit', 'verify', auditLog], { env: GIT_ENV as Record<string, string> });
      expect(check.code).toBe(0);
      expect(check.stdout).toContain(`intact, 6 records; last hash ${chain.ok ? chain.lastHash : ''}`);

      // Annotations say so; the secrets reach stdout only in the mask commands, which come first.
      const lines = r.stdout.split('\n');
      for (const secret of [ghToken, slackToken]) {
        expect(lines.filter((l) => l.includes(secret))).toEqual([`::add-mask::${secret}`]);
        expect(lines.indexOf(`::add-mask::${secret}`)).toBeLessThan(lines.findIndex((l) => l.startsWith('::error title=')));
        for (const written of [text, r.summary, readFileSync(r.outputs['sarif-path']!, 'utf8'), ...pull.comments.map((c) => c.body)]) {
          expect(written).not.toContain(secret);
        }
      }
      const annotations = lines.filter((l) => l.startsWith('::error title=leakward%3A '));
      expect(annotations).toHaveLength(2);
      for (const a of annotations) expect(a).toContain('verified live, and revoked');
      expect(r.stdout).toContain('leakward: verified 2 secret(s) with their providers: 0 live, 2 revoked, 0 invalid, 0 unknown');
    } finally {
      await Promise.all([fake.close(), gh.close()]);
    }
  });

  it('a plain diff scan never loads the verification code; verify: true does', () => {
    const repo = gitRepo();
    const base = commit(repo, 'base', { 'README.md': '# app\n' });
    const head = commit(repo, 'docs', { 'docs.md': 'nothing secret here\n' });
    const pr = pullRequestRun(repo, base, head, 'http://127.0.0.1:9');
    const loaded = (inputs: Record<string, string>) => {
      const files = [join(pr.runner, 'out-1'), join(pr.runner, 'summary-1')];
      for (const f of files) writeFileSync(f, '');
      return loadedFiles(join(ROOT, 'dist/action.mjs'), [], { cwd: repo, env: { ...GIT_ENV, ...runnerEnv(pr, inputs, files[0]!, files[1]!) } });
    };
    const plain = loaded({});
    expect(plain.some((f) => f.endsWith('action.mjs'))).toBe(true);
    expect(verifyCode(plain)).toEqual([]);
    expect(verifyCode(loaded({ verify: 'true' }))).toHaveLength(1);
  });
});
