/**
 * The Action: inputs and event → what to scan → scan (the library API) → annotations, SARIF, review
 * comments, job summary, outputs. One try/catch maps errors to a failed step with what to do next.
 *
 * Hostile pull requests: leakward never runs repository code and never goes through a shell (git gets
 * argument arrays), so branch names, file names and commit messages are only ever data. In
 * `pull_request_target` the configuration and baseline come from the base commit, not from the pull
 * request; provider URLs come only from the `provider-urls` input.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
// Module by module rather than the library's index, which also exports the verification code: that is
// loaded only with `verify: true` (verify.ts), so a plain diff scan stays small.
import { LeakwardError } from '../errors.js';
import { parseBaseline } from '../filters/baseline.js';
import { formatSarif } from '../report/sarif.js';
import { scan, type ScanResult } from '../scan.js';
import { gitRun } from '../sources/git-stream.js';
import type { Finding } from '../types.js';
import { findingAnnotations, placeOf } from './annotations.js';
import { postReviewComments, type CommentOutcome } from './comments.js';
import type { AuditSummary, ConfirmVerdict } from './confirm.js';
import { createGitHubClient } from './github.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { resolveScanPlan, type ScanPlan } from './range.js';
import { buildSummary } from './summary.js';

export async function run(io: ActionIo): Promise<void> {
  try {
    const inputs = parseInputs(io.getInput);
    if (inputs.githubToken) io.setSecret(inputs.githubToken);
    await runChecked(io, inputs);
  } catch (e) {
    if (e instanceof LeakwardError) io.setFailed(`leakward: ${e.message}${e.hint ? `\n  ${e.hint}` : ''}`);
    else io.setFailed(`leakward: internal error: ${(e as Error)?.stack ?? String(e)}`);
  }
}

function readEvent(io: ActionIo): unknown {
  const path = io.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    throw new LeakwardError('IO', `cannot read the event payload ${path}: ${(e as Error).message}`, 'Run leakward as a step of a GitHub Actions workflow.');
  }
}

async function hasCommit(root: string, rev: string): Promise<boolean> {
  const r = await gitRun(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  return r.code === 0;
}

/** The plan the clone can serve: a range whose commits are all here, or a clear error saying what to fetch. */
async function checkPlan(root: string, plan: ScanPlan, eventName: string): Promise<ScanPlan> {
  if (plan.kind !== 'range') return plan;
  const [base, head] = await Promise.all([hasCommit(root, plan.base), hasCommit(root, plan.head)]);
  if (head && !base && plan.otherwise) return checkPlan(root, plan.otherwise, eventName);
  if (base && head) return plan;
  const missing = [!base ? plan.base : '', !head ? plan.head : ''].filter(Boolean).join(' and ');
  const shallow = (await gitRun(root, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  throw new LeakwardError('GIT_FAILED',
    `the checkout lacks ${missing}${shallow ? ' (it is a shallow clone)' : ''}, needed to scan ${plan.why}`,
    'Check out the whole history: `actions/checkout` with `fetch-depth: 0`' +
      (eventName === 'pull_request_target' ? ' (and the pull request\'s commits: `ref: ${{ github.event.pull_request.head.sha }}` — leakward only reads them, it never runs them)' : '') +
      ', or fetch what is needed (`git fetch origin <branch>`) in a step before leakward.');
}

/** A file of the base commit, for pull_request_target: the pull request cannot change it. */
async function fromBase(root: string, baseSha: string, rel: string): Promise<string | undefined> {
  const r = await gitRun(root, ['show', '--end-of-options', `${baseSha}:./${rel.replace(/^\.\//, '')}`]);
  return r.code === 0 ? r.stdout : undefined;
}

interface Settings {
  config?: string;
  baseline?: Set<string>;
  /** Where they came from, for the log. */
  source: string;
}

/** Config and baseline: from the working tree, or from the base commit in pull_request_target. */
async function loadSettings(io: ActionIo, inputs: ActionInputs, root: string, workspace: string, plan: ScanPlan, eventName: string): Promise<Settings> {
  if (eventName === 'pull_request_target' && plan.kind === 'range' && plan.pullRequest) {
    // Inputs name files relative to the workspace; `git show <commit>:./<path>` reads relative to `root`.
    const fromRoot = (p: string) => relative(root, resolve(workspace, p)).split('\\').join('/');
    const configRel = inputs.config ? fromRoot(inputs.config) : '.leakward.toml';
    const baselineRel = inputs.baseline.explicit ? fromRoot(inputs.baseline.path) : inputs.baseline.path;
    const baseSha = plan.pullRequest.baseSha;
    const dir = mkdtempSync(join(io.env.RUNNER_TEMP || tmpdir(), 'leakward-'));
    const config = join(dir, 'config.toml');
    // Always a file, empty when the base has none: the scan must never fall back to the pull request's own.
    writeFileSync(config, (await fromBase(root, baseSha, configRel)) ?? '');
    const settings: Settings = { config, source: `the base commit ${baseSha.slice(0, 7)}` };
    const baseline = await fromBase(root, baseSha, baselineRel);
    if (baseline !== undefined) settings.baseline = parseBaseline(baseline, `${inputs.baseline.path} (base ${baseSha.slice(0, 7)})`);
    else if (inputs.baseline.explicit) throw missingBaseline(inputs.baseline.path);
    return settings;
  }
  const settings: Settings = { source: 'the working tree' };
  if (inputs.config) settings.config = resolve(workspace, inputs.config);
  const baselinePath = resolve(inputs.baseline.explicit ? workspace : root, inputs.baseline.path);
  if (existsSync(baselinePath)) settings.baseline = parseBaseline(readFileSync(baselinePath, 'utf8'), inputs.baseline.path);
  else if (inputs.baseline.explicit) throw missingBaseline(inputs.baseline.path);
  return settings;
}

const missingBaseline = (path: string) =>
  new LeakwardError('USAGE', `input "baseline": ${path} does not exist`, 'Write one with `npx leakward baseline`, or drop the input.');

/** Every secret (and each long line of a multi-line one) goes to the runner's log masking. */
function maskSecrets(io: ActionIo, findings: Finding[]): void {
  const seen = new Set<string>();
  const mask = (s: string | undefined) => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    io.setSecret(s);
  };
  for (const f of findings) {
    for (const s of [f.secret, f.encoded]) {
      if (!s) continue;
      mask(s);
      const lines = s.split(/\r?\n/);
      if (lines.length > 1) for (const l of lines) if (l.trim().length >= 8) mask(l.trim());
    }
  }
}

async function runChecked(io: ActionIo, inputs: ActionInputs): Promise<void> {
  const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
  // The scans are of commits: their findings' paths are relative to the repository, whatever folder
  // of it `path` names (it only says which repository, and where its config lives).
  const root = resolve(workspace, inputs.path);
  const eventName = io.env.GITHUB_EVENT_NAME ?? '';
  const plan = await checkPlan(root, resolveScanPlan({ eventName, payload: readEvent(io), mode: inputs.mode }), eventName);
  io.info(`leakward: ${plan.why}`);
  const settings = await loadSettings(io, inputs, root, workspace, plan, eventName);
  if (eventName === 'pull_request_target') io.info(`leakward: configuration and baseline from ${settings.source}, never from the pull request`);

  let result: ScanResult;
  if (plan.kind === 'nothing') result = emptyResult();
  else {
    result = await scan({
      target: root,
      cwd: root,
      ...(settings.config ? { config: settings.config } : {}),
      ...(settings.baseline ? { baseline: settings.baseline } : {}),
      ...(plan.kind === 'range' ? { range: { range: `${plan.base}..${plan.head}` } } : { history: {} }),
    });
  }
  // Before anything about the findings is printed.
  maskSecrets(io, result.findings);
  for (const note of result.notes ?? []) io.info(`leakward: ${note}`);

  let verdicts = new Map<string, ConfirmVerdict>();
  let audit: AuditSummary | undefined;
  if (inputs.verify) {
    const auditLog = resolve(workspace, inputs.auditLog ?? join(io.env.RUNNER_TEMP || workspace, 'leakward-audit.jsonl'));
    mkdirSync(dirname(auditLog), { recursive: true });
    const outcome = await io.confirm(result.findings, {
      verify: inputs.verify, revoke: inputs.revoke, providerUrls: inputs.providerUrls,
      allowPrivate: inputs.allowPrivateProviderUrls, auditLog,
    });
    verdicts = outcome.verdicts;
    audit = outcome.audit;
    const count = (s: string) => [...verdicts.values()].filter((v) => (v.revoked ? 'revoked' : v.status) === s).length;
    io.info(`leakward: verified ${verdicts.size} secret(s) with their providers: ${count('live')} live, ${count('revoked')} revoked, ${count('invalid')} invalid, ${count('unknown')} unknown`);
    if (audit) io.info(`leakward: audit log ${audit.file}: ${audit.records} record(s) appended, chain head ${audit.lastHash}`);
  }

  for (const a of findingAnnotations(result.findings, verdicts)) io.annotate(a);

  const sarifPath = resolve(workspace, inputs.sarifPath ?? join(io.env.RUNNER_TEMP || workspace, 'leakward.sarif'));
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, formatSarif(result, result.rules, { noRedact: false }));

  const notes = [...(result.notes ?? [])];
  const comments = await comment(io, inputs, plan, result.findings);
  if (comments) {
    io.info(`leakward: ${comments.created} review comment(s) posted, ${comments.existing} already there`);
    if (comments.failure) {
      io.warning(`leakward: could not comment on the pull request: ${comments.failure}`);
      notes.push(`No review comments: ${comments.failure}`);
    }
    for (const u of comments.unplaced) notes.push(`No review comment for ${u.finding.ruleId} at ${placeOf(u.finding)}:${u.finding.line}: ${u.why}.`);
  }

  const repoUrl = io.env.GITHUB_REPOSITORY ? `${(io.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${io.env.GITHUB_REPOSITORY}` : undefined;
  await io.appendSummary(buildSummary(result, verdicts, {
    scanned: plan.why, sarifPath: relative(workspace, sarifPath).startsWith('..') ? sarifPath : relative(workspace, sarifPath), notes,
    ...(repoUrl ? { repoUrl } : {}),
    ...(audit ? { audit: { ...audit, file: relative(workspace, audit.file).startsWith('..') ? audit.file : relative(workspace, audit.file) } } : {}),
    ...(plan.kind === 'range' ? { headSha: plan.head } : io.env.GITHUB_SHA ? { headSha: io.env.GITHUB_SHA } : {}),
  }));

  const live = result.findings.filter((f) => verdicts.get(f.fingerprint)?.status === 'live').length;
  const revoked = result.findings.filter((f) => verdicts.get(f.fingerprint)?.revoked).length;
  io.setOutput('findings', String(result.findings.length));
  io.setOutput('sarif-path', sarifPath);
  io.setOutput('verified', String(live));
  io.setOutput('revoked', String(revoked));
  if (audit) io.setOutput('audit-log', audit.file);
  const n = result.findings.length;
  if (n > 0 && inputs.failOnFindings) {
    io.setFailed(`leakward: ${n === 1 ? 'a secret was' : `${n} secrets were`} found (see the annotations and the job summary). ` +
      'Revoke or rotate each one, then remove it; mark a false positive with `leakward:allow`.');
  } else io.info(`leakward: ${n} finding(s)`);
}

async function comment(io: ActionIo, inputs: ActionInputs, plan: ScanPlan, findings: Finding[]): Promise<CommentOutcome | undefined> {
  if (!inputs.comment || findings.length === 0) return undefined;
  if (plan.kind !== 'range' || !plan.pullRequest) {
    io.info('leakward: `comment: true` applies to pull request events only; no comments on this event');
    return undefined;
  }
  const repo = io.env.GITHUB_REPOSITORY;
  if (!inputs.githubToken || !repo) {
    return { created: 0, existing: 0, unplaced: [], failure: 'no `github-token` input or GITHUB_REPOSITORY' };
  }
  const gh = createGitHubClient({ apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com', token: inputs.githubToken, fetch: io.fetch });
  return postReviewComments(gh, repo, plan.pullRequest, findings);
}

function emptyResult(): ScanResult {
  return {
    findings: [], suppressed: [], skipped: [], mode: 'range', rules: [],
    stats: { files: 0, bytes: 0, skipped: 0, skippedByReason: {}, rules: 0, findings: 0, suppressed: 0, suppressedByKind: {}, durationMs: 0, commits: 0 },
  };
}
