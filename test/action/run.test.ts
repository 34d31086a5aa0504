/**
 * run(io) with a recording I/O port, against real git repositories and a loopback GitHub API: no
 * module mocks. The bundled entry point is run as the runner would in e2e.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/action/annotations.js';
import { confirmNothing, type Confirm } from '../../src/action/confirm.js';
import type { ActionIo } from '../../src/action/io.js';
import { run } from '../../src/action/run.js';
import { checkChain } from '../../src/audit/chain.js';
import { confirmWithProviders } from '../../src/action/verify.js';
import { git, gitRepo, tempDir, writeTree } from '../helpers/fs.js';
import { startFakeProviders } from '../helpers/fake-providers.js';
import { pullFromRepo, startGitHub } from '../helpers/github-api.js';
import { gen } from '../helpers/tokens.js';

interface Recorded {
  io: ActionIo;
  /** Everything in call order, to check that secrets are masked before anything is printed. */
  events: string[];
  outputs: Record<string, string>;
  secrets: string[];
  annotations: Annotation[];
  summary: string;
  failed: string[];
  logs: string[];
}

function recordingIo(env: Record<string, string>, inputs: Record<string, string> = {}, confirm: Confirm = confirmNothing): Recorded {
  const r: Recorded = { events: [], outputs: {}, secrets: [], annotations: [], summary: '', failed: [], logs: [], io: undefined as never };
  r.io = {
    env: { RUNNER_TEMP: tempDir('leakward-runner-'), ...env },
    getInput: (name) => inputs[name] ?? (name === 'github-token' ? 'test-token-value' : ''),
    setOutput: (name, value) => {
      r.events.push(`output:${name}`);
      r.outputs[name] = value;
    },
    setSecret: (value) => {
      r.events.push('secret');
      r.secrets.push(value);
    },
    appendSummary: async (md) => {
      r.events.push('summary');
      r.summary += md;
    },
    annotate: (a) => {
      r.events.push('annotate');
      r.annotations.push(a);
    },
    info: (m) => {
      r.events.push('info');
      r.logs.push(m);
    },
    warning: (m) => {
      r.events.push('warning');
      r.logs.push(m);
    },
    setFailed: (m) => {
      r.events.push('failed');
      r.failed.push(m);
    },
    fetch: globalThis.fetch,
    confirm,
  };
  return r;
}

function commit(repo: string, message: string, files: Record<string, string>): string {
  writeTree(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

function eventFile(payload: unknown): string {
  const p = join(tempDir('leakward-event-'), 'event.json');
  writeFileSync(p, JSON.stringify(payload));
  return p;
}

/** main: an old secret; feature (a hostile branch name): a new secret on line 2 of config.env, then more work. */
function prRepo() {
  const old = gen('{{github:gho}}');
  const added = gen('{{github:ghp}}');
  const repo = gitRepo();
  commit(repo, 'old', { 'old.env': `OLD=${old}\n` });
  const base = commit(repo, 'base', { 'README.md': '# app\n' });
  git(repo, 'checkout', '-q', '-b', 'feature/$(id)');
  const first = commit(repo, 'add config; $(touch pwned)', { 'config.env': `# settings\nGITHUB_TOKEN=${added}\n` });
  const head = commit(repo, 'more work', { 'src/app.js': 'console.log(1);\n' });
  return { repo, base, head, first, old, added };
}

function prPayload(base: string, head: string, number = 7) {
  return {
    action: 'synchronize', number,
    pull_request: { number, base: { ref: 'main', sha: base }, head: { ref: 'feature/$(id)', sha: head } },
    repository: { full_name: 'octo/app', default_branch: 'main' },
  };
}

const env = (repo: string, eventName: string, payload: unknown, extra: Record<string, string> = {}) => ({
  GITHUB_WORKSPACE: repo, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventFile(payload), GITHUB_REPOSITORY: 'octo/app', ...extra,
});

describe('run(io)', () => {
  it('pull_request: the secret the pull request adds, on its exact line; masked before anything is printed; SARIF, summary, outputs; step fails', async () => {
    const { repo, base, head, first, added } = prRepo();
    const r = recordingIo(env(repo, 'pull_request', prPayload(base, head)));
    await run(r.io);
    expect(r.outputs.findings).toBe('1');
    expect(r.secrets).toContain(added);
    expect(r.secrets).toContain('test-token-value');
    // The token is masked first, then each secret, before any annotation, summary or output.
    expect(r.events.indexOf('secret')).toBe(0);
    expect(r.events.lastIndexOf('secret')).toBeLessThan(r.events.indexOf('annotate'));
    expect(r.annotations).toEqual([expect.objectContaining({ level: 'error', file: 'config.env', startLine: 2, endLine: 2, startColumn: 14, title: 'leakward: github-pat' })]);
    expect(r.annotations[0]!.message).toContain(`commit ${first.slice(0, 12)}`);
    expect(JSON.stringify([r.annotations, r.summary, r.logs, r.failed])).not.toContain(added);
    expect(r.summary).toContain('| Rule | File:line | Commit | Confidence | Verification |');
    expect(r.summary).toContain(`| github-pat | [config.env:2](https://github.com/octo/app/blob/${first}/config.env#L2) | [\`${first.slice(0, 7)}\`](https://github.com/octo/app/commit/${first}) | high | not verified | ghp\\_`);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-path']!, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'config.env' }, region: { startLine: 2 } });
    expect(readFileSync(r.outputs['sarif-path']!, 'utf8')).not.toContain(added);
    expect(r.outputs).toMatchObject({ verified: '0', revoked: '0' });
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]).toMatch(/a secret was found/);
  });

  it('with `path` naming a folder of the repository, findings keep their repository paths (annotations, summary, SARIF)', async () => {
    const { repo, base, first } = prRepo();
    const inSub = gen('{{github:ghp}}');
    const head = commit(repo, 'add to sub', { 'sub/other.js': `const t = "${inSub}";\n` });
    const r = recordingIo(env(repo, 'pull_request', prPayload(base, head)), { path: 'sub' });
    await run(r.io);
    expect(r.annotations.map((a) => a.file).sort()).toEqual(['config.env', 'sub/other.js']);
    expect(r.summary).toContain(`(https://github.com/octo/app/blob/${first}/config.env#L2)`);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-path']!, 'utf8'));
    expect(sarif.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0]!.physicalLocation.artifactLocation.uri).sort())
      .toEqual(['config.env', 'sub/other.js']);
  });

  it('comments once per finding on the line of the pull request diff, paginating commits, files and comments; a re-run adds none', async () => {
    const { repo, base, head, added } = prRepo();
    // More files and commits than a page holds, so every list needs its Link header followed.
    git(repo, 'checkout', '-q', head);
    const extra: Record<string, string> = {};
    for (let i = 0; i < 5; i++) extra[`doc/${i}.md`] = `doc ${i}\n`;
    const head2 = commit(repo, 'docs', extra);
    const gh = await startGitHub({ token: 'test-token-value', pageSize: 2 });
    gh.pulls.set('octo/app#7', pullFromRepo(repo, base, head2));
    // Someone else's comment with a forged marker does not silence leakward.
    const pull = gh.pulls.get('octo/app#7')!;
    pull.comments.push({ id: 900, body: '<!-- leakward:finding x -->', path: 'README.md', line: 1, side: 'RIGHT', commit_id: head2, user: { login: 'mallory', type: 'User' } });
    const e = env(repo, 'pull_request', prPayload(base, head2), { GITHUB_API_URL: gh.url });
    const r1 = recordingIo(e, { comment: 'true' });
    await run(r1.io);
    expect(r1.failed).toHaveLength(1);
    const mine = pull.comments.filter((c) => c.user.type === 'Bot');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ path: 'config.env', line: 2, side: 'RIGHT', commit_id: head2 });
    expect(mine[0]!.body).toMatch(/^<!-- leakward:finding github-pat:[0-9a-f]+ -->/);
    expect(mine[0]!.body).not.toContain(added);
    const pages = (what: string) => gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith(`/pulls/7/${what}`)).length;
    expect(pages('files')).toBe(4); // 7 files, 2 per page
    expect(pages('commits')).toBe(2); // 3 commits
    expect(gh.requests.every((q) => q.auth === 'Bearer test-token-value')).toBe(true);

    // Others have commented since: leakward's own comment is now on the third page of the list.
    for (let i = 0; i < 4; i++) {
      pull.comments.unshift({ id: 100 + i, body: `looks good ${i}`, path: 'README.md', line: 1, side: 'RIGHT', commit_id: head2, user: { login: 'rev', type: 'User' } });
    }
    const r2 = recordingIo(e, { comment: 'true' });
    await run(r2.io);
    expect(pull.comments.filter((c) => c.user.type === 'Bot')).toHaveLength(1);
    expect(pages('comments')).toBe(1 + 3);
    expect(r2.logs.join('\n')).toContain('0 review comment(s) posted, 1 already there');
  });

  it('with a personal access token, recognises its own earlier comments (by its account) and still not a forged one', async () => {
    const { repo, base, head } = prRepo();
    const gh = await startGitHub({ token: 'test-token-value' });
    gh.user = { login: 'release-bot-pat', type: 'User' };
    gh.pulls.set('octo/app#7', pullFromRepo(repo, base, head));
    const pull = gh.pulls.get('octo/app#7')!;
    const e = env(repo, 'pull_request', prPayload(base, head), { GITHUB_API_URL: gh.url });
    await run(recordingIo(e, { comment: 'true' }).io);
    expect(pull.comments.map((c) => c.user.login)).toEqual(['release-bot-pat']);
    const fingerprint = /leakward:finding (\S+)/.exec(pull.comments[0]!.body)![1]!;
    const r2 = recordingIo(e, { comment: 'true' });
    await run(r2.io);
    expect(pull.comments).toHaveLength(1);
    expect(r2.logs.join('\n')).toContain('0 review comment(s) posted, 1 already there');
    // A comment by someone else carrying the marker does not stand in for leakward's.
    pull.comments[0]!.user = { login: 'mallory', type: 'User' };
    expect(pull.comments[0]!.body).toContain(fingerprint);
    await run(recordingIo(e, { comment: 'true' }).io);
    expect(pull.comments.map((c) => c.user.login)).toEqual(['mallory', 'release-bot-pat']);
  });

  it('a read-only token (a pull request from a fork) gets a warning and the summary says why, not a crash', async () => {
    const { repo, base, head } = prRepo();
    const gh = await startGitHub({ token: 'test-token-value' });
    gh.pulls.set('octo/app#7', pullFromRepo(repo, base, head));
    gh.failWith = 403;
    const r = recordingIo(env(repo, 'pull_request', prPayload(base, head), { GITHUB_API_URL: gh.url }), { comment: 'true' });
    await run(r.io);
    expect(r.outputs.findings).toBe('1');
    expect(r.logs.join('\n')).toMatch(/could not comment on the pull request: .*403.*pull-requests: write/);
    expect(r.summary).toContain('No review comments');
  });

  it('pull_request_target: config and baseline come from the base commit, never from the pull request', async () => {
    const { repo, base } = prRepo();
    // The base allows nothing special; the pull request adds a config that allowlists its own secret.
    git(repo, 'checkout', '-q', base);
    git(repo, 'checkout', '-q', '-b', 'evil');
    const token = gen('{{github:ghp}}');
    const head = commit(repo, 'harmless', {
      'creds.env': `T=${token}\n`,
      '.leakward.toml': "[[allowlists]]\ndescription = 'mine'\npaths = ['''creds''']\n",
      '.leakward-baseline.json': '{"version":1,"findings":[]}\n',
    });
    const asPr = recordingIo(env(repo, 'pull_request', prPayload(base, head)));
    await run(asPr.io);
    expect(asPr.outputs.findings).toBe('0'); // pull_request: the PR's own config applies (its code runs anyway)
    const asTarget = recordingIo(env(repo, 'pull_request_target', prPayload(base, head)));
    await run(asTarget.io);
    expect(asTarget.outputs.findings).toBe('1');
    expect(asTarget.logs.join('\n')).toContain(`configuration and baseline from the base commit ${base.slice(0, 7)}`);
  });

  it('pull_request_target: the base commit\'s own config applies', async () => {
    const repo = gitRepo();
    const base = commit(repo, 'base', { '.leakward.toml': "[[allowlists]]\ndescription = 'fixtures'\npaths = ['''^fixtures/''']\n" });
    git(repo, 'checkout', '-q', '-b', 'pr');
    const head = commit(repo, 'pr', { 'fixtures/t.env': `T=${gen('{{github:ghp}}')}\n`, 'real.env': `T=${gen('{{github:ghp}}')}\n` });
    const r = recordingIo(env(repo, 'pull_request_target', prPayload(base, head)));
    await run(r.io);
    expect(r.annotations.map((a) => a.file)).toEqual(['real.env']);
  });

  it('push: before..after only; a new branch: what it adds to the default branch; a deleted branch: nothing', async () => {
    const { repo, head, added } = prRepo();
    const upstream = repo;
    const clone = tempDir('leakward-clone-');
    git(clone, 'clone', '-q', '--no-local', upstream, '.');
    // A push of the feature branch's second commit only: its secret came before.
    const push = (before: string, after: string, extra: object = {}) =>
      ({ ref: 'refs/heads/feature/$(id)', before, after, repository: { default_branch: 'main' }, ...extra });
    git(clone, 'fetch', '-q', 'origin', 'feature/$(id)');
    const firstOnly = git(clone, 'rev-parse', `${head}~1`).trim();
    const r1 = recordingIo(env(clone, 'push', push(firstOnly, head)));
    await run(r1.io);
    expect(r1.outputs.findings).toBe('0');
    const r2 = recordingIo(env(clone, 'push', push('0'.repeat(40), head, { created: true })));
    await run(r2.io);
    expect(r2.outputs.findings).toBe('1'); // not the old secret on main
    expect(r2.secrets).toContain(added);
    expect(r2.logs.join('\n')).toContain('not on main');
    const r3 = recordingIo(env(clone, 'push', push(head, '0'.repeat(40), { deleted: true })));
    await run(r3.io);
    expect(r3.outputs.findings).toBe('0');
    expect(r3.failed).toEqual([]);
  });

  it('force-push whose old tip is gone from the clone: scans what the branch adds to the default branch', async () => {
    const { repo, head } = prRepo();
    const clone = tempDir('leakward-clone-');
    git(clone, 'clone', '-q', '--no-local', repo, '.');
    git(clone, 'fetch', '-q', 'origin', 'feature/$(id)');
    const gone = 'f'.repeat(40);
    const r = recordingIo(env(clone, 'push', { ref: 'refs/heads/feature/$(id)', before: gone, after: head, forced: true, repository: { default_branch: 'main' } }));
    await run(r.io);
    expect(r.failed).toHaveLength(1);
    expect(r.outputs.findings).toBe('1');
  });

  it('a shallow checkout lacking the base: a clear error that says fetch-depth: 0', async () => {
    const { repo, base, head } = prRepo();
    const clone = tempDir('leakward-shallow-');
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature/$(id)', `file://${repo}`, '.');
    const r = recordingIo(env(clone, 'pull_request', prPayload(base, head)));
    await run(r.io);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]).toContain(`the checkout lacks ${base}`);
    expect(r.failed[0]).toContain('shallow clone');
    expect(r.failed[0]).toContain('fetch-depth: 0');
    expect(r.outputs).toEqual({});
  });

  it('workflow_dispatch and schedule scan the whole history; fail-on-findings: false passes the step', async () => {
    const { repo } = prRepo();
    for (const eventName of ['workflow_dispatch', 'schedule']) {
      const r = recordingIo(env(repo, eventName, {}), { 'fail-on-findings': 'false' });
      await run(r.io);
      expect(r.outputs.findings).toBe('2');
      expect(r.failed).toEqual([]);
    }
  });

  it('the verification seam: verdicts show in the summary and the outputs; it is not called unless verify is on', async () => {
    const { repo, base, head } = prRepo();
    let calls = 0;
    const confirm: Confirm = async (findings, options) => {
      calls++;
      expect(options).toEqual({
        verify: true, revoke: 'on', providerUrls: { github: 'http://127.0.0.1:9' }, allowPrivate: false, auditLog: join(repo, 'reports/audit.jsonl'),
      });
      return {
        verdicts: new Map(findings.map((f) => [f.fingerprint, { status: 'live' as const, revoked: true, detail: 'user octocat' }])),
        audit: { file: options.auditLog, records: 3, lastHash: 'ab'.repeat(32) },
      };
    };
    const off = recordingIo(env(repo, 'pull_request', prPayload(base, head)), {}, confirm);
    await run(off.io);
    expect(calls).toBe(0);
    expect(off.outputs['audit-log']).toBeUndefined();
    expect(off.summary).not.toContain('Audit log');
    const on = recordingIo(env(repo, 'pull_request', prPayload(base, head)),
      { verify: 'true', revoke: 'true', 'provider-urls': 'github=http://127.0.0.1:9/', 'audit-log': 'reports/audit.jsonl' }, confirm);
    await run(on.io);
    expect(calls).toBe(1);
    expect(on.outputs).toMatchObject({ verified: '1', revoked: '1', 'audit-log': join(repo, 'reports/audit.jsonl') });
    expect(on.summary).toContain('| high | revoked — user octocat |');
    expect(on.summary).toContain(`**Audit log:** \`reports/audit.jsonl\` — 3 records appended; chain head \`${'ab'.repeat(32)}\``);
    expect(on.annotations[0]!.message).toContain('verified live, and revoked');
  });

  it('verify + revoke: dry-run against the loopback providers: verified live, nothing revoked, the summary says what would happen; an invalid token says why', async () => {
    const { repo, base, head, added } = prRepo();
    const fake = await startFakeProviders();
    try {
      fake.live('github', added, { login: 'deploy-bot' });
      const inputs = { verify: 'true', revoke: 'dry-run', 'allow-private-provider-urls': 'true', 'provider-urls': fake.urlSpecs(['github']).join('\n'), 'audit-log': 'audit/leak.jsonl' };
      const r = recordingIo(env(repo, 'pull_request', prPayload(base, head)), inputs, confirmWithProviders);
      await run(r.io);
      expect(r.outputs).toMatchObject({ findings: '1', verified: '1', revoked: '0', 'audit-log': join(repo, 'audit/leak.jsonl') });
      expect(fake.isLive('github', added)).toBe(true);
      expect(fake.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /user']);
      expect(r.summary).toContain('| high | live — deploy-bot \\(User\\); dry run: would be revoked \\(set \\`revoke: true\\` to do it\\) |');
      expect(r.annotations[0]!.message).toContain('verified live');
      const records = readFileSync(join(repo, 'audit/leak.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { action: string; outcome: string });
      expect(records.map((x) => `${x.action}: ${x.outcome}`)).toEqual(['verify: HTTP 200', 'revoke: not sent: dry run']);
      // A second run continues the same chain.
      fake.requests.length = 0;
      const dead = recordingIo(env(repo, 'pull_request', prPayload(base, head)), { ...inputs, revoke: 'false' }, confirmWithProviders);
      fake.script('github', [{ status: 401, body: '{"message":"Bad credentials"}' }]);
      await run(dead.io);
      expect(dead.outputs).toMatchObject({ verified: '0', revoked: '0' });
      expect(dead.summary).toContain('| high | invalid — the provider rejected it \\(HTTP 401\\) |');
      expect(dead.summary).toContain('`audit/leak.jsonl` — 1 record appended');
      expect(checkChain(readFileSync(join(repo, 'audit/leak.jsonl'), 'utf8'))).toMatchObject({ ok: true, records: 3 });
    } finally {
      await fake.close();
    }
  });

  it('verify: provider-urls naming loopback are refused unless allow-private-provider-urls, in the inputs\' words; unknown providers and a broken audit log too', async () => {
    const { repo, base, head, added } = prRepo();
    const loopback = recordingIo(env(repo, 'pull_request', prPayload(base, head)), { verify: 'true', 'provider-urls': 'github=http://127.0.0.1:9' }, confirmWithProviders);
    await run(loopback.io);
    expect(loopback.failed).toEqual([expect.stringMatching(/^leakward: input "provider-urls": github: secrets are only sent over https\n.*allow-private-provider-urls: true/)]);
    const privateHttps = recordingIo(env(repo, 'pull_request', prPayload(base, head)), { verify: 'true', 'provider-urls': 'github=https://10.1.2.3' }, confirmWithProviders);
    await run(privateHttps.io);
    expect(privateHttps.failed).toEqual([expect.stringContaining('input "provider-urls": github: 10.1.2.3 is a private, loopback or link-local address')]);
    const unknownProvider = recordingIo(env(repo, 'pull_request', prPayload(base, head)), { verify: 'true', 'provider-urls': 'gitbucket=https://example.test' }, confirmWithProviders);
    await run(unknownProvider.io);
    expect(unknownProvider.failed).toEqual([expect.stringContaining('input "provider-urls": unknown provider "gitbucket"')]);
    // A broken audit log is kept as evidence, never extended.
    writeFileSync(join(repo, 'broken.jsonl'), '{"not":"a record"}\n');
    const broken = recordingIo(env(repo, 'pull_request', prPayload(base, head)),
      { verify: 'true', 'allow-private-provider-urls': 'true', 'provider-urls': 'github=http://127.0.0.1:9', 'audit-log': 'broken.jsonl' }, confirmWithProviders);
    await run(broken.io);
    expect(broken.failed).toEqual([expect.stringMatching(/the audit log .*broken\.jsonl is broken at line 1.*\n.*another `audit-log` input/)]);
    expect(readFileSync(join(repo, 'broken.jsonl'), 'utf8')).toBe('{"not":"a record"}\n');
    // Refused before anything was sent or logged about the secret.
    for (const r of [loopback, privateHttps, unknownProvider, broken]) {
      expect(r.secrets).toContain(added);
      expect(r.logs.join('\n') + r.failed.join('\n')).not.toContain(added);
    }
  });

  it('bad inputs fail the step before any work, naming the input', async () => {
    const { repo, base, head } = prRepo();
    for (const [inputs, msg] of [
      [{ mode: 'everything' }, 'input "mode": expected diff or history'],
      [{ 'fail-on-findings': 'yes' }, 'input "fail-on-findings": expected true or false'],
      [{ verify: 'true', 'provider-urls': 'gitlab: https://x' }, 'input "provider-urls": line 1 is not provider=url'],
      [{ revoke: 'true' }, 'input "revoke": revocation needs verification'],
      [{ baseline: 'nope.json' }, 'input "baseline": nope.json does not exist'],
    ] as const) {
      const r = recordingIo(env(repo, 'pull_request', prPayload(base, head)), inputs);
      await run(r.io);
      expect(r.failed).toEqual([expect.stringContaining(msg)]);
      expect(r.outputs).toEqual({});
    }
  });
});
