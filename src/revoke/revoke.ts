/**
 * Revocation, opt-in and destructive: only secrets verified live in this same run; a dry run unless
 * told otherwise; `revoked` only once the provider, asked again, says the secret is dead. Providers
 * without a self-revocation API get the page where the owner rotates it — never a silent nothing.
 */
import { describeRequest } from '../verify/http.js';
import { secretsOf, type Check, type Session } from '../verify/session.js';
import { unknown } from '../verify/types.js';
import { REVOKERS } from './providers.js';

export async function revokeLive(session: Session, checks: Check[], dryRun: boolean): Promise<void> {
  const byRevoker = new Map<string, Check[]>();
  for (const check of checks) {
    if (check.verdict?.status !== 'live') continue;
    const f = check.findings[0]!;
    const revoker = f.revoke ? REVOKERS.get(f.revoke) : undefined;
    if (!revoker) {
      check.revocation = {
        action: 'manual',
        detail: `${check.verifier.name} has no API that revokes it with the secret alone: rotate it by hand${f.remediation ? ` at ${f.remediation}` : ' with its issuer'}`,
        ...(f.remediation ? { rotateAt: f.remediation } : {}),
      };
      continue;
    }
    byRevoker.set(revoker.id, [...(byRevoker.get(revoker.id) ?? []), check]);
  }
  // Revokers run one after another, and their requests in order: rate limits are per provider.
  for (const [id, list] of byRevoker) {
    const revoker = REVOKERS.get(id)!;
    const bySecret = new Map(list.map((c) => [c.cred.secret, c]));
    for (const step of revoker.plan(list.map((c) => c.cred))) {
      const stepChecks = step.creds.map((c) => bySecret.get(c.secret)!);
      if (dryRun) {
        for (const check of stepChecks) {
          const url = session.urlFor(check, step.request);
          const where = url instanceof URL ? describeRequest(step.request.method, url, secretsOf(check)) : url.reason;
          check.revocation = { action: 'dry-run', detail: `would revoke it with ${revoker.name} (${where}); run again with --yes to do it` };
          session.record(check, { action: 'revoke', outcome: 'not sent: dry run', verdict: 'live', reason: check.revocation.detail });
        }
        continue;
      }
      // A batch is one request: audited with its first secret, then once per other secret it carried.
      let accepted = false;
      const outcome = await session.exchange(stepChecks[0]!, step.request, 'revoke', (res) => {
        accepted = revoker.accepted(res);
        return accepted ? unknown(`${revoker.name} accepted the revocation (HTTP ${res.status})`) : unknown(`${revoker.name} refused the revocation (HTTP ${res.status})`);
      });
      for (const check of stepChecks.slice(1)) {
        session.record(check, { action: 'revoke', outcome: 'sent in one batch with the record before', verdict: outcome.status, reason: outcome.reason });
      }
      for (const check of stepChecks) {
        if (accepted) await confirmDead(session, check, revoker.name);
        else check.revocation = { action: 'failed', detail: outcome.reason };
      }
    }
  }
}

/** Verify again; revocation can take a moment (GitHub answers 202 Accepted), so ask up to three times. */
async function confirmDead(session: Session, check: Check, name: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    if (i > 0) await session.http.sleep(1000 * i);
    const v = await session.verify(check, 'reverify');
    if (v.status === 'invalid') {
      check.revoked = true;
      check.revocation = { action: 'revoked', detail: `revoked through ${name}; asked again, the provider rejects it: ${v.reason}` };
      return;
    }
    if (v.status !== 'live') break;
  }
  check.revocation = {
    action: 'failed',
    detail: `${name} accepted the revocation, but the provider does not yet confirm the secret is dead: check again, and rotate it by hand if it still works`,
  };
}
