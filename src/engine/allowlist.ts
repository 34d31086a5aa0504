/** gitleaks allowlist semantics: OR drops on any criterion, AND needs every criterion that is set. */
import type { CompiledAllowlist, Finding, RuleSet, SuppressionKind } from '../types.js';

export function allowlistMatches(a: CompiledAllowlist, f: Finding): boolean {
  const checks: boolean[] = [];
  if (a.commits.size > 0) checks.push(f.commit !== undefined && a.commits.has(f.commit));
  if (a.paths.length > 0) checks.push(a.paths.some((p) => p.test(f.file)));
  if (a.regexes.length > 0) {
    const target = a.regexTarget === 'match' ? f.match : a.regexTarget === 'line' ? f.lineText : f.secret;
    checks.push(a.regexes.some((r) => r.test(target)));
  }
  if (a.stopwords.length > 0) {
    const s = f.secret.toLowerCase();
    checks.push(a.stopwords.some((w) => s.includes(w)));
  }
  if (checks.length === 0) return false;
  return a.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}

export function describeAllowlist(a: CompiledAllowlist): string {
  return a.description ?? 'allowlist';
}

/** Which allowlist drops a finding, if one does: the global ones first (gitleaks gives them precedence). */
export function allowlisted(
  globals: CompiledAllowlist[],
  own: CompiledAllowlist[],
  f: Finding,
): { kind: SuppressionKind; reason: string } | undefined {
  for (const a of globals) {
    if (allowlistMatches(a, f)) return { kind: 'global-allowlist', reason: `global allowlist: ${describeAllowlist(a)}` };
  }
  for (const a of own) {
    if (allowlistMatches(a, f)) return { kind: 'rule-allowlist', reason: `rule allowlist: ${describeAllowlist(a)}` };
  }
  return undefined;
}

/** True when the path alone is enough for a global allowlist to drop everything in it. */
export function pathAllowed(allowlists: CompiledAllowlist[], path: string): CompiledAllowlist | undefined {
  return allowlists.find(
    (a) =>
      a.paths.length > 0 &&
      a.paths.some((p) => p.test(path)) &&
      (a.condition === 'OR' || (a.regexes.length === 0 && a.stopwords.length === 0 && a.commits.size === 0)),
  );
}

/**
 * How the rules treat a path, beyond leaving it out: which path-scoped rules run there and which
 * allowlists' path conditions hold, as the list of those that do ('' for none, most paths). Content
 * seen at two paths with the same signature gives the same findings; with different ones it may not
 * (a vendored copy that an allowlist drops, a `.netrc` rule that only runs on `.netrc`).
 */
export function pathSignature(ruleSet: RuleSet): (path: string) => string {
  const tests: Array<CompiledAllowlist['paths']> = [];
  for (const a of ruleSet.allowlists) if (a.paths.length > 0) tests.push(a.paths);
  for (const r of ruleSet.rules) {
    if (r.matcher && r.pathMatcher) tests.push([r.pathMatcher]);
    for (const a of r.allowlists) if (a.paths.length > 0) tests.push(a.paths);
  }
  return (path) => {
    let sig = '';
    for (let i = 0; i < tests.length; i++) if (tests[i]!.some((m) => m.test(path))) sig += `${i},`;
    return sig;
  };
}
