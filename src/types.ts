/**
 * The vocabulary of leakward. Sources produce Fragments; the engine turns Fragments and compiled rules
 * into Findings; filters split Findings into kept and suppressed; reporters turn them into strings.
 */

/** The one seam between I/O and the engine: a piece of text and where it came from. */
export interface Fragment {
  text: string;
  /** Repository-relative path with forward slashes, or `<stdin>`. */
  path: string;
  /** 1-based line number of the first line of `text` in the file. */
  startLine: number;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  message?: string;
  blobId?: string;
  /** Where the text is when it is not a file's (see Place); unset for a file in a commit or a tree. */
  place?: Place;
}

/**
 * Where a finding is when that is not a file of a commit or of the working tree. `file` still names it
 * for people: `(commit message)`, `refs/tags/NAME (tag message)`, `refs/tags/NAME` or
 * `refs/tags/NAME/PATH` (a file a ref leads to without a commit, see --history).
 */
export type Place = 'commit-message' | 'tag-message' | 'ref';

export type Confidence = 'high' | 'medium' | 'low';
export type RegexTarget = 'secret' | 'match' | 'line';

export interface Allowlist {
  description?: string;
  /** OR: any criterion drops the finding; AND: every criterion given must hold. */
  condition: 'OR' | 'AND';
  regexTarget: RegexTarget;
  regexes: string[];
  paths: string[];
  stopwords: string[];
  commits: string[];
  /** Paths as globs (picomatch; a glob without `/` matches the file name anywhere). */
  globs?: string[];
  /** A global allowlist that applies only to these rules (gitleaks `targetRules`). */
  targetRules?: string[];
  /** Where it was written, for errors and for `--show-suppressed`. */
  source?: SourceRef;
}

export type ChecksumKind = 'github-crc32';
export type StructureKind = 'aws-key-id' | 'jwt' | 'base64-json' | 'base64-credentials';

/** Where a rule was written: used in every error about it. */
export interface SourceRef {
  file: string;
  line?: number;
}

/** A rule as written in `rules/*.toml` (a superset of gitleaks' schema). */
export interface Rule {
  id: string;
  description: string;
  regex?: string;
  secretGroup?: number;
  entropy?: number;
  keywords: string[];
  path?: string;
  tags: string[];
  allowlists: Allowlist[];
  provider?: string;
  confidence: Confidence;
  checksum?: ChecksumKind;
  structure?: StructureKind;
  remediation?: string;
  verify?: string;
  revoke?: string;
  examples: string[];
  negatives: string[];
  source: SourceRef;
  /** gitleaks composite rules: reported only when each of these rules matches nearby too. */
  required?: RequiredRule[];
  /** gitleaks: found only to serve a composite rule, never reported on its own. */
  skipReport?: boolean;
}

/** One `[[rules.required]]` of a composite rule; with no distance given, anywhere in the same file. */
export interface RequiredRule {
  id: string;
  withinLines?: number;
  withinColumns?: number;
}

/** Which regex engine runs a rule; see src/engine/regex/README.md for the choice. */
export type RegexEngineKind = 'backtracking' | 'linear';

export interface Match {
  /** Offsets (UTF-16) of the whole match. */
  start: number;
  end: number;
  /** Offsets of each capture group; undefined when the group did not take part. */
  groups: Array<[number, number] | undefined>;
}

export interface Matcher {
  readonly engine: RegexEngineKind;
  /** Every non-overlapping match in `text`, left to right. */
  matchAll(text: string): Iterable<Match>;
  /** True when `text` contains a match anywhere. */
  test(text: string): boolean;
}

export interface CompiledAllowlist {
  condition: 'OR' | 'AND';
  regexTarget: RegexTarget;
  regexes: Matcher[];
  paths: Matcher[];
  /** Lower-cased. */
  stopwords: string[];
  commits: Set<string>;
  description?: string;
  /** Set when a global allowlist was attached to these rules (gitleaks `targetRules`). */
  targetRules?: string[];
}

export interface CompiledRule {
  rule: Rule;
  matcher?: Matcher;
  pathMatcher?: Matcher;
  allowlists: CompiledAllowlist[];
  /** Upper bound on backtracking steps per start position, when the backtracking engine runs it. */
  backtrackBound?: number;
  /** Why the linear engine runs it, when it does. */
  linearReason?: string;
  /**
   * Longest possible match, when every match must contain one of the rule's keywords (built-in
   * rules promise that): the rule then only runs within this distance of a keyword.
   */
  window?: number;
}

export interface RuleSet {
  rules: CompiledRule[];
  /** Global allowlists, applied to every rule's findings. */
  allowlists: CompiledAllowlist[];
  /** The keyword automaton, precompiled (built-in rules); used when the rules' keywords are exactly these. */
  prefilter?: import('./engine/prefilter.js').PrefilterData;
}

export interface StructureInfo {
  kind: StructureKind;
  /** Human-readable facts decoded offline, e.g. `AWS account 123456789012`. */
  facts: string[];
  data?: Record<string, unknown>;
}

export interface Finding {
  ruleId: string;
  description: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The secret itself. Reporters redact it unless told otherwise. */
  secret: string;
  /** The whole regex match. */
  match: string;
  /** The full text of the line where the secret starts. */
  lineText: string;
  entropy: number;
  confidence: Confidence;
  /** Why this confidence: the facts that raised or lowered it. */
  reasons: string[];
  fingerprint: string;
  tags: string[];
  provider?: string;
  remediation?: string;
  /** Which liveness check applies (src/verify), and which self-revocation API (src/revoke). */
  verify?: string;
  revoke?: string;
  /** Set by `--verify`: what the provider said about the secret. */
  verification?: Verification;
  structure?: StructureInfo;
  /** Set when the secret was found inside encoded text, e.g. `base64`. */
  decodedFrom?: string;
  /** The encoded text the secret was found in: as sensitive as the secret, redacted alike. */
  encoded?: string;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  message?: string;
  /** Set when the finding is not in a file of a commit or of the working tree (see Place). */
  place?: Place;
}

/** A provider's answer about a secret; `revoked` only once the provider confirms it dead after revoking. */
export type VerificationStatus = 'live' | 'invalid' | 'unknown' | 'revoked';

export interface Verification {
  status: VerificationStatus;
  /** The verifier that ran (provider id). */
  provider: string;
  /** Who owns it, as the provider names them: the leak's blast radius. */
  identity?: string;
  /** What it can do, where the provider says. */
  scopes?: string[];
  /** Why this verdict, in words (never the secret). */
  reason: string;
  /** What happened about revoking it (only for secrets found live). */
  revocation?: {
    action: 'revoked' | 'dry-run' | 'failed' | 'manual';
    detail: string;
    /** Where to rotate it by hand when no API can. */
    rotateAt?: string;
  };
}

export type SuppressionKind =
  | 'checksum'
  | 'structure'
  | 'entropy'
  | 'rule-allowlist'
  | 'global-allowlist'
  | 'inline'
  | 'composite'
  | 'ignore'
  | 'baseline';

export interface Suppression {
  finding: Finding;
  kind: SuppressionKind;
  /** What dropped it, in words a user can act on. */
  reason: string;
}

export interface DetectResult {
  findings: Finding[];
  suppressed: Suppression[];
  /** Suppressed candidates past the number a result keeps, counted by kind (undefined when there are none). */
  overflow?: Partial<Record<SuppressionKind, number>> | undefined;
}

export interface SkippedFile {
  path: string;
  reason: 'binary' | 'too-large' | 'symlink-outside-root' | 'unreadable' | 'not-a-file';
  detail?: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  skippedByReason: Partial<Record<SkippedFile['reason'], number>>;
  rules: number;
  findings: number;
  suppressed: number;
  suppressedByKind: Partial<Record<SuppressionKind, number>>;
  durationMs: number;
  /** Git history sources (--history, --range): the commits walked. */
  commits?: number;
  /** --history: the refs covered (branches, tags, remotes, stash; a detached HEAD counts as one). */
  refs?: number;
  /** --history: the repository is a shallow clone, so history before its boundary was not scanned. */
  shallow?: boolean;
  /** --history: file versions not read again because the same content (same blob) was already read. */
  deduplicated?: number;
}
