/**
 * `leakward ignore`: add a finding to `.leakwardignore` by fingerprint (copied from a report) or by
 * where it is (FILE:LINE), with who added it and why; `--prune` removes entries that match nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createDetector } from '../engine/detect.js';
import { LeakwardError } from '../errors.js';
import { addEntries, entryMatches, forHistory, GITLEAKS_IGNORE_NAME, IGNORE_NAME, parseFingerprint, parseGitleaksIgnore, removeLines } from '../filters/ignore.js';
import type { Finding } from '../types.js';
import { prepareEngines, resolveRuleSet, scan } from '../scan.js';
import type { Io } from './io.js';

export interface IgnoreFlags {
  reason?: string;
  fromGitleaks?: boolean;
  narrow?: boolean;
  prune?: boolean;
  history?: boolean;
  dir: string;
  config?: string;
}

const usage = (msg: string, hint: string) => new LeakwardError('USAGE', msg, hint);

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

/** Who is adding the entry: git's user.name, else the login name. */
function who(dir: string, env: Record<string, string | undefined>): string {
  const r = spawnSync('git', ['config', 'user.name'], { cwd: dir, encoding: 'utf8' });
  const name = r.status === 0 ? r.stdout.trim() : '';
  return name || env.USER || env.USERNAME || 'unknown';
}

export async function runIgnore(io: Io, entries: string[], flags: IgnoreFlags): Promise<number> {
  const dir = resolve(io.cwd, flags.dir);
  const file = join(dir, IGNORE_NAME);
  const shown = relative(io.cwd, file) || IGNORE_NAME;
  const config = flags.config ? { config: resolve(io.cwd, flags.config) } : {};
  if (flags.prune) {
    if (entries.length > 0) throw usage('--prune takes no entries', 'Run `leakward ignore --prune` on its own.');
    const result = await scan({ target: dir, cwd: io.cwd, ...config, ...(flags.history ? { history: {} } : {}) });
    const stale = (result.staleIgnores ?? []).filter((e) => e.kind === 'fingerprint');
    if (stale.length === 0) {
      io.out(`leakward: every entry in ${shown} still matches a finding: nothing to prune.\n`);
      return 0;
    }
    writeFileSync(file, removeLines(readText(file), new Set(stale.map((e) => e.line))));
    for (const e of stale) io.out(`removed ${e.text}${e.comment ? `  # ${e.comment}` : ''}\n`);
    io.out(`leakward: pruned ${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'} from ${shown}.\n`);
    return 0;
  }
  if (flags.fromGitleaks) {
    if (entries.length > 0) throw usage('--from-gitleaks takes no entries', 'Run `leakward ignore --from-gitleaks` on its own.');
    return importGitleaks(io, dir, file, shown, config);
  }
  if (flags.history) throw usage('--history goes with --prune', 'Run `leakward ignore --prune --history`.');
  if (entries.length === 0) {
    throw usage('name what to ignore: a fingerprint (rule-id:hash) or a finding\'s FILE:LINE',
      'e.g. `leakward ignore github-pat:0123456789abcdef01234567 -m "test fixture"`, or `leakward ignore src/app.ts:12`.');
  }
  const fingerprints: string[] = [];
  for (const entry of entries) {
    const fp = parseFingerprint(entry);
    if (fp) {
      if (flags.narrow && fp.path === undefined) {
        throw usage(`--narrow needs to know the file: ${entry} has no path`, 'Give the finding as FILE:LINE, or write rule-id:hash:path.');
      }
      fingerprints.push(entry);
      continue;
    }
    fingerprints.push(...(await fingerprintsAt(io, dir, entry, flags)));
  }
  const comment = `${who(dir, io.env)} ${new Date().toISOString().slice(0, 10)}${flags.reason ? `: ${flags.reason}` : ''}`;
  const { text, added } = addEntries(readText(file), IGNORE_NAME, fingerprints.map((fingerprint) => ({ fingerprint, comment })));
  if (added.length > 0) writeFileSync(file, text);
  for (const fp of fingerprints) io.out(added.includes(fp) ? `added ${fp}\n` : `already there: ${fp}\n`);
  io.out(`leakward: ${added.length} entr${added.length === 1 ? 'y' : 'ies'} added to ${shown}; commit it.\n`);
  return 0;
}

/** The fingerprints of the findings on FILE:LINE (the file read as the scan of `dir` would name it). */
async function fingerprintsAt(io: Io, dir: string, entry: string, flags: IgnoreFlags): Promise<string[]> {
  const m = /^(.+):(\d+)$/.exec(entry);
  if (!m) {
    throw usage(`"${entry}" is neither a fingerprint (rule-id:hash[:path]) nor FILE:LINE`,
      'Copy the fingerprint from a report, or give the file and line of the finding.');
  }
  const abs = resolve(io.cwd, m[1]!);
  const path = relative(dir, abs).split(sep).join('/');
  if (path.startsWith('..')) throw usage(`${m[1]} is outside ${flags.dir}`, 'Run it from the scan root, or pass --dir.');
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw usage(`cannot read ${m[1]}: ${(e as NodeJS.ErrnoException).code}`, 'Check the path.');
  }
  const options = { cwd: io.cwd, ...(flags.config ? { config: resolve(io.cwd, flags.config) } : {}) };
  await prepareEngines(options, dir);
  const { findings } = createDetector(resolveRuleSet(options, dir)).detect({ text, path, startLine: 1 });
  const line = Number(m[2]);
  const here = findings.filter((f) => f.line === line);
  if (here.length === 0) {
    throw usage(`no finding at ${entry}`, 'Check the line with `leakward scan` (it prints file:line:column for each finding).');
  }
  return [...new Set(here.map((f) => (flags.narrow ? `${f.fingerprint}:${f.file}` : f.fingerprint)))];
}

/**
 * `--from-gitleaks`: each `.gitleaksignore` entry becomes the fingerprints of the findings it silences
 * (entries with a commit are looked for in the history, the others in the working tree), so the
 * suppression survives rebases and moved lines. Entries that match nothing are listed, not carried over.
 */
async function importGitleaks(io: Io, dir: string, file: string, shown: string, config: { config?: string }): Promise<number> {
  const gitleaks = readText(join(dir, GITLEAKS_IGNORE_NAME));
  if (gitleaks === '') throw usage(`no ${GITLEAKS_IGNORE_NAME} in ${relative(io.cwd, dir) || '.'}`, 'Run it where .gitleaksignore is, or pass --dir.');
  const entries = parseGitleaksIgnore(gitleaks, GITLEAKS_IGNORE_NAME);
  const found: Finding[] = [];
  const scans: Array<{ history?: object }> = [{}];
  if (entries.some(forHistory)) scans.push({ history: {} });
  for (const extra of scans) {
    const result = await scan({ target: dir, cwd: io.cwd, ...config, ...extra });
    found.push(...result.suppressed.filter((s) => s.kind === 'ignore').map((s) => s.finding));
  }
  const lines: Array<{ fingerprint: string; comment: string }> = [];
  const unmatched: string[] = [];
  for (const e of entries) {
    const fps = [...new Set(found.filter((f) => entryMatches(e, f)).map((f) => f.fingerprint))];
    if (fps.length === 0) unmatched.push(e.text);
    for (const fingerprint of fps) lines.push({ fingerprint, comment: `was ${GITLEAKS_IGNORE_NAME}:${e.line} ${e.text}` });
  }
  const { text, added } = addEntries(readText(file), IGNORE_NAME, lines);
  if (added.length > 0) writeFileSync(file, text);
  for (const fp of added) io.out(`added ${fp}\n`);
  for (const u of unmatched) io.out(`not carried over (matches nothing): ${u}\n`);
  io.out(`leakward: ${added.length} entr${added.length === 1 ? 'y' : 'ies'} added to ${shown} from ${entries.length} in ${GITLEAKS_IGNORE_NAME}; ` +
    `once you have committed it, delete ${GITLEAKS_IGNORE_NAME}.\n`);
  return 0;
}
