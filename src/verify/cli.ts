/**
 * The CLI's half of `scan --verify / --revoke`: loaded only when those flags are given, so a plain
 * scan (and the pre-commit hook) never loads verification code.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../types.js';
import { confirmFindings, type ConfirmResult } from './confirm.js';
import { checkProviderUrls, parseProviderUrls } from './provider-urls.js';
import { VERIFIERS } from './registry.js';

export interface ConfirmFlags {
  revoke?: boolean;
  yes?: boolean;
  auditLog?: string;
  providerUrl?: string[];
  allowPrivateProviderUrls?: boolean;
}

/** Checks the provider URL flags before any scanning: a bad flag should not cost a whole scan. */
export async function checkConfirmFlags(flags: ConfirmFlags): Promise<Record<string, string>> {
  const overrides = parseProviderUrls(flags.providerUrl ?? [], VERIFIERS.keys());
  await checkProviderUrls(overrides, { allowPrivate: flags.allowPrivateProviderUrls === true });
  return overrides;
}

/** The file a finding came from, when the scan read files from disk (for two-part credentials). */
function contextReader(root: string | undefined): ((f: Finding) => string | undefined) | undefined {
  if (!root) return undefined;
  return (f) => {
    try {
      const p = resolve(root, f.file);
      if (!p.startsWith(root) || statSync(p).size > 1024 * 1024) return undefined;
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  };
}

export async function confirmForCli(findings: Finding[], flags: ConfirmFlags, overrides: Record<string, string>, cwd: string, treeRoot?: string): Promise<ConfirmResult> {
  const readContext = contextReader(treeRoot);
  return confirmFindings(findings, {
    verify: true,
    revoke: flags.revoke === true,
    dryRun: flags.yes !== true,
    providerUrls: overrides,
    // Already checked (with DNS) by checkConfirmFlags.
    allowPrivate: true,
    ...(flags.auditLog ? { auditLog: resolve(cwd, flags.auditLog) } : {}),
    ...(readContext ? { readContext } : {}),
  });
}

/** One stderr paragraph: what verification found, what revocation did, where the audit log is. */
export function confirmSummary(r: ConfirmResult, flags: ConfirmFlags): string {
  const s = r.stats;
  const lines = [`leakward: verified ${s.checked} distinct secret${s.checked === 1 ? '' : 's'} with their providers: ${s.live} live, ${s.revoked} revoked, ${s.invalid} invalid, ${s.unknown} unknown.`];
  if (flags.revoke) {
    const all = Object.values(r.results);
    const planned = new Set(all.filter((v) => v.revocation?.action === 'dry-run')).size;
    const failed = new Set(all.filter((v) => v.revocation?.action === 'failed')).size;
    const manual = new Set(all.filter((v) => v.revocation?.action === 'manual')).size;
    if (planned) lines.push(`  dry run: ${planned} live secret${planned === 1 ? '' : 's'} would be revoked; run again with --yes to revoke.`);
    if (failed) lines.push(`  ${failed} revocation${failed === 1 ? '' : 's'} not confirmed: see the findings, and rotate those secrets by hand.`);
    if (manual) lines.push(`  ${manual} live secret${manual === 1 ? '' : 's'} cannot be revoked through an API: rotate ${manual === 1 ? 'it' : 'them'} at the page shown.`);
  }
  if (r.audit) lines.push(`  audit log ${r.audit.file}: ${r.audit.records} record${r.audit.records === 1 ? '' : 's'} appended; last hash ${r.audit.lastHash}`);
  return `${lines.join('\n')}\n`;
}
