/**
 * Ignore files: `.leakwardignore` (one fingerprint a line — rule id + hash of the secret, optionally
 * `:path` to allow it in one file only — with an optional `# who: why` comment) and gitleaks'
 * `.gitleaksignore` (`commit:file:rule:line`, or `file:rule:line` for a directory scan). Pure: text in,
 * entries out; findings in, kept and suppressed out, with which entries matched (the rest are stale).
 *
 * A leakward fingerprint holds no line, commit or offset, so an entry survives rebases, squashes,
 * cherry-picks and moved lines; a gitleaks entry is tied to a line (and a commit) and does not.
 */
import { LeakwardError } from '../errors.js';
import type { Finding, Suppression } from '../types.js';

export const IGNORE_NAME = '.leakwardignore';
export const GITLEAKS_IGNORE_NAME = '.gitleaksignore';

export interface IgnoreEntry {
  /** The ignore file, as reports name it. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The entry as written, without its comment. */
  text: string;
  kind: 'fingerprint' | 'gitleaks';
  ruleId: string;
  /** `fingerprint`: the secret's hash. */
  hash?: string;
  /** `fingerprint`: only in this file; `gitleaks`: the file. */
  path?: string;
  /** `gitleaks`: the commit, for history findings. */
  commit?: string;
  /** `gitleaks`: the line of the finding. */
  findingLine?: number;
  comment?: string;
}

/** `rule-id:hash` or `rule-id:hash:path`; the hash is 24 hex digits (see src/engine/fingerprint.ts). */
const FINGERPRINT = /^([A-Za-z0-9][A-Za-z0-9._-]*):([0-9a-f]{24})(?::(.+))?$/;
const GITLEAKS = /^(?:([0-9a-f]{40}|[0-9a-f]{64}):)?(.+):([A-Za-z0-9][A-Za-z0-9._-]*):(\d+)$/;

/** Splits `entry   # comment`: a `#` starts a comment at the start of a line or after a space. */
function splitComment(line: string): { text: string; comment?: string } {
  const m = /(^|\s)#/.exec(line);
  if (!m) return { text: line.trim() };
  const comment = line.slice(m.index + m[0].length).trim();
  return { text: line.slice(0, m.index).trim(), ...(comment ? { comment } : {}) };
}

export function parseFingerprint(text: string): { ruleId: string; hash: string; path?: string } | undefined {
  const m = FINGERPRINT.exec(text);
  return m ? { ruleId: m[1]!, hash: m[2]!, ...(m[3] !== undefined ? { path: m[3] } : {}) } : undefined;
}

export function parseLeakwardIgnore(text: string, file: string): IgnoreEntry[] {
  const out: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const { text: entry, comment } = splitComment(raw);
    if (entry === '') return;
    const fp = parseFingerprint(entry);
    if (!fp) {
      throw new LeakwardError('CONFIG_INVALID', `${file}:${i + 1}: "${entry}" is not a fingerprint (rule-id:hash, or rule-id:hash:path)`,
        'Copy the fingerprint from a report (`--format json`, or the pretty report), or add it with `leakward ignore`.');
    }
    out.push({ file, line: i + 1, text: entry, kind: 'fingerprint', ...fp, ...(comment ? { comment } : {}) });
  });
  return out;
}

export function parseGitleaksIgnore(text: string, file: string): IgnoreEntry[] {
  const out: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) return;
    const m = GITLEAKS.exec(entry);
    if (!m) {
      throw new LeakwardError('CONFIG_INVALID', `${file}:${i + 1}: "${entry}" is not a gitleaks fingerprint (commit:file:rule-id:line, or file:rule-id:line)`,
        'Fix or remove the line; for suppressions that survive rebases and moved lines use .leakwardignore (`leakward ignore`).');
    }
    out.push({
      file, line: i + 1, text: entry, kind: 'gitleaks', ruleId: m[3]!, path: m[2]!, findingLine: Number(m[4]),
      ...(m[1] ? { commit: m[1] } : {}),
    });
  });
  return out;
}

export function entryMatches(e: IgnoreEntry, f: Finding): boolean {
  if (e.ruleId !== f.ruleId) return false;
  if (e.kind === 'fingerprint') return f.fingerprint === `${e.ruleId}:${e.hash}` && (e.path === undefined || e.path === f.file);
  // gitleaks compares whole fingerprints: a history finding's has its commit, a directory finding's has none.
  return e.path === f.file && e.findingLine === f.line && e.commit === f.commit;
}

export function describeEntry(e: IgnoreEntry): string {
  return `${e.file}:${e.line}${e.comment ? ` (${e.comment})` : ''}`;
}

export interface IgnoreResult {
  kept: Finding[];
  suppressed: Suppression[];
  /** Entries that matched at least one finding. */
  used: Set<IgnoreEntry>;
}

export function applyIgnore(findings: Finding[], entries: IgnoreEntry[]): IgnoreResult {
  const kept: Finding[] = [];
  const suppressed: Suppression[] = [];
  const used = new Set<IgnoreEntry>();
  for (const f of findings) {
    const e = entries.find((x) => entryMatches(x, f));
    if (e) {
      used.add(e);
      suppressed.push({ finding: f, kind: 'ignore', reason: `ignored by ${describeEntry(e)}` });
    } else kept.push(f);
  }
  return { kept, suppressed, used };
}

/**
 * Entries a scan can judge stale: every `.leakwardignore` entry, and the gitleaks entries of the scan's
 * kind (with a commit for a history scan, without for a tree scan) — the others could never match it.
 */
export function staleEntries(entries: IgnoreEntry[], used: Set<IgnoreEntry>, history: boolean): IgnoreEntry[] {
  return entries.filter((e) => !used.has(e) && (e.kind === 'fingerprint' || forHistory(e) === history));
}

/**
 * Whether a gitleaks entry is for history findings: one with a commit, and one for a place only history
 * scans — a ref that leads to a file or folder, or a tag's message, which have no commit.
 */
export function forHistory(e: IgnoreEntry): boolean {
  return e.commit !== undefined || (e.path !== undefined && (e.path.startsWith('refs/') || e.path.endsWith(' (tag message)')));
}

/** One `.leakwardignore` line. */
export function formatEntry(fingerprint: string, comment?: string): string {
  return comment ? `${fingerprint}  # ${comment.replace(/[\r\n]+/g, ' ')}` : fingerprint;
}

/** The file without the given lines (1-based); everything else, comments included, stays as it was. */
export function removeLines(text: string, lines: Set<number>): string {
  return text
    .split('\n')
    .filter((_l, i) => !lines.has(i + 1))
    .join('\n');
}

/** Adds entries at the end, skipping fingerprints already there; returns the new text and what was added. */
export function addEntries(text: string, file: string, lines: Array<{ fingerprint: string; comment?: string }>): { text: string; added: string[] } {
  const have = new Set(parseLeakwardIgnore(text, file).map((e) => e.text));
  const added: string[] = [];
  let out = text;
  for (const l of lines) {
    if (have.has(l.fingerprint)) continue;
    have.add(l.fingerprint);
    if (out !== '' && !out.endsWith('\n')) out += '\n';
    out += formatEntry(l.fingerprint, l.comment) + '\n';
    added.push(l.fingerprint);
  }
  return { text: out, added };
}
