/**
 * The Action's inputs (declared in action.yml), parsed and checked before any work: a typo in a
 * workflow fails fast with the input's name and what it accepts.
 */
import { LeakwardError } from '../errors.js';

export type RevokeMode = 'off' | 'dry-run' | 'on';

export interface ActionInputs {
  /** `diff`: what the event brings in (a pull request, a push); `history`: every commit of every ref. */
  mode: 'diff' | 'history';
  /** Repository-relative directory to scan; `.` by default. */
  path: string;
  /** A config file, repository-relative; undefined means `.leakward.toml` when there is one. */
  config?: string;
  /** A baseline file, repository-relative; `explicit` says whether a missing file is an error. */
  baseline: { path: string; explicit: boolean };
  failOnFindings: boolean;
  /** Where to write SARIF; undefined means the runner's temp folder. */
  sarifPath?: string;
  comment: boolean;
  verify: boolean;
  revoke: RevokeMode;
  /** Provider base URLs, `provider=url` per line: only from here, never from repository files. */
  providerUrls: Record<string, string>;
  /** Let `provider-urls` name private, loopback and link-local hosts (tests, a self-hosted provider inside the network). */
  allowPrivateProviderUrls: boolean;
  /** Where to append the audit trail of verification and revocation; undefined means the runner's temp folder. */
  auditLog?: string;
  githubToken?: string;
}

export const DEFAULT_BASELINE = '.leakward-baseline.json';

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function usage(name: string, problem: string, hint: string): LeakwardError {
  return new LeakwardError('USAGE', `input "${name}": ${problem}`, hint);
}

function bool(get: (name: string) => string, name: string, fallback: boolean): boolean {
  const v = get(name).trim();
  if (v === '') return fallback;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw usage(name, `expected true or false, got "${v}"`, `Set \`${name}: true\` or \`${name}: false\` in the workflow's \`with:\`.`);
}

/** `provider=url`, one per line; blank lines and `#` comments are skipped. */
export function parseProviderUrls(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([a-z0-9][a-z0-9_-]*)\s*=\s*(\S+)$/.exec(line);
    const hint = 'Write one `provider=url` per line, e.g. `gitlab=https://gitlab.example.com`.';
    if (!m) throw usage('provider-urls', `line ${i + 1} is not provider=url: "${line}"`, hint);
    let url: URL;
    try {
      url = new URL(m[2]!);
    } catch {
      throw usage('provider-urls', `line ${i + 1}: "${m[2]}" is not a URL`, hint);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw usage('provider-urls', `line ${i + 1}: ${url.protocol} is not http(s)`, hint);
    }
    if (out[m[1]!] !== undefined) throw usage('provider-urls', `line ${i + 1}: ${m[1]} is given twice`, 'Keep one line per provider.');
    out[m[1]!] = url.href.replace(/\/$/, '');
  });
  return out;
}

function revokeMode(v: string): RevokeMode {
  const s = v.trim();
  if (s === '' || FALSE.includes(s)) return 'off';
  if (TRUE.includes(s)) return 'on';
  if (s === 'dry-run') return 'dry-run';
  throw usage('revoke', `expected false, dry-run or true, got "${s}"`, '`revoke: dry-run` says what would be revoked; `revoke: true` revokes verified-live secrets.');
}

/** Reads every input through `get` (core.getInput in a runner, a map in tests). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const mode = get('mode').trim() || 'diff';
  if (mode !== 'diff' && mode !== 'history') {
    throw usage('mode', `expected diff or history, got "${mode}"`, '`diff` scans what a pull request or push adds; `history` scans every commit.');
  }
  const baseline = get('baseline').trim();
  const inputs: ActionInputs = {
    mode,
    path: get('path').trim() || '.',
    baseline: { path: baseline || DEFAULT_BASELINE, explicit: baseline !== '' },
    failOnFindings: bool(get, 'fail-on-findings', true),
    comment: bool(get, 'comment', false),
    verify: bool(get, 'verify', false),
    revoke: revokeMode(get('revoke')),
    providerUrls: parseProviderUrls(get('provider-urls')),
    allowPrivateProviderUrls: bool(get, 'allow-private-provider-urls', false),
  };
  const config = get('config').trim();
  if (config) inputs.config = config;
  const sarif = get('sarif-path').trim();
  if (sarif) inputs.sarifPath = sarif;
  const auditLog = get('audit-log').trim();
  if (auditLog) inputs.auditLog = auditLog;
  const token = get('github-token').trim();
  if (token) inputs.githubToken = token;
  if (inputs.revoke !== 'off' && !inputs.verify) {
    throw usage('revoke', 'revocation needs verification: only secrets verified live are revoked', 'Add `verify: true`.');
  }
  return inputs;
}
