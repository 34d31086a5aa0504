/**
 * The runner's Confirm (confirm.ts): verification, revocation and the audit trail through the library's
 * confirmFindings. The verification code is imported here, on first use, so a plain diff scan never
 * loads it.
 */
import { LeakwardError } from '../errors.js';
import type { Verification } from '../types.js';
import type { Confirm, ConfirmVerdict } from './confirm.js';

/** The CLI's words in a URL-policy or audit-log error, said in the Action's terms (its inputs, not its flags). */
function asInputError(e: unknown): unknown {
  if (!(e instanceof LeakwardError)) return e;
  if (e.hint?.includes('--audit-log')) return new LeakwardError(e.code, e.message, e.hint.replace('another --audit-log file', 'another `audit-log` input'));
  if (!e.message.startsWith('--provider-url')) return e;
  const message = `input "provider-urls": ${e.message.replace(/^--provider-url:?\s*/, '')}`;
  const hint = e.hint?.includes('--allow-private-provider-urls')
    ? 'Secrets go only to public https hosts. For a test server or a provider inside your network, set `allow-private-provider-urls: true`.'
    : e.hint;
  return new LeakwardError(e.code, message, hint);
}

/** A verdict in the summary's terms: live (and revoked or not), invalid, unknown, with secret-free words. */
export function toVerdict(v: Verification): ConfirmVerdict {
  if (v.status === 'revoked') return { status: 'live', revoked: true, ...(v.identity ? { detail: v.identity } : {}) };
  if (v.status !== 'live') return { status: v.status, detail: v.reason };
  const words = [v.identity];
  const r = v.revocation;
  if (r?.action === 'dry-run') words.push('dry run: would be revoked (set `revoke: true` to do it)');
  else if (r?.action === 'failed') words.push('revocation not confirmed: rotate it by hand');
  else if (r?.action === 'manual') words.push(r.rotateAt ? `no revocation API: rotate it at ${r.rotateAt}` : 'no revocation API: rotate it by hand');
  const detail = words.filter(Boolean).join('; ');
  return { status: 'live', ...(detail ? { detail } : {}) };
}

export const confirmWithProviders: Confirm = async (findings, options) => {
  const [{ confirmFindings }, { checkProviderUrls, parseProviderUrls }, { VERIFIERS }] = await Promise.all([
    import('../verify/confirm.js'), import('../verify/provider-urls.js'), import('../verify/registry.js'),
  ]);
  try {
    const overrides = parseProviderUrls(Object.entries(options.providerUrls).map(([id, url]) => `${id}=${url}`), VERIFIERS.keys());
    await checkProviderUrls(overrides, { allowPrivate: options.allowPrivate });
  } catch (e) {
    throw asInputError(e);
  }
  const r = await confirmFindings(findings, {
    verify: options.verify,
    revoke: options.revoke !== 'off',
    dryRun: options.revoke === 'dry-run',
    providerUrls: options.providerUrls,
    // Checked just above, with the Action's wording.
    allowPrivate: true,
    auditLog: options.auditLog,
  }).catch((e: unknown) => {
    throw asInputError(e);
  });
  const verdicts = new Map<string, ConfirmVerdict>();
  for (const [fingerprint, v] of Object.entries(r.results)) verdicts.set(fingerprint, toVerdict(v));
  return { verdicts, ...(r.audit ? { audit: r.audit } : {}) };
};
