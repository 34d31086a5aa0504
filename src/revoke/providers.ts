/**
 * Providers with a documented self-revocation API: the leaked credential (or an unauthenticated
 * reporting endpoint) is enough to kill it. Each is a pure description, like src/verify/providers.
 * Every other provider gets a "rotate it here" link from its rule's `remediation`.
 */
import { bearer, obj, type Credential, type ProviderResponse, type Revoker } from '../verify/types.js';

const ok2xx = (res: ProviderResponse) => res.status >= 200 && res.status < 300;
const each = (creds: Credential[], req: (c: Credential) => ReturnType<Revoker['plan']>[number]['request']) => creds.map((c) => ({ request: req(c), creds: [c] }));

/** GitHub's credential revocation API takes up to 1,000 tokens a request (docs: REST "Revoke a list of credentials"). */
export const GITHUB_REVOKE_BATCH = 1000;

export const githubRevoker: Revoker = {
  id: 'github',
  name: 'GitHub',
  plan: (creds) => {
    // Installation tokens are revoked by themselves; every other kind through the unauthenticated API.
    const installation = creds.filter((c) => c.secret.startsWith('ghs_'));
    const others = creds.filter((c) => !c.secret.startsWith('ghs_'));
    const out = each(installation, (c) => ({ method: 'DELETE', path: '/installation/token', headers: { authorization: `token ${c.secret}`, accept: 'application/vnd.github+json' } }));
    for (let i = 0; i < others.length; i += GITHUB_REVOKE_BATCH) {
      const batch = others.slice(i, i + GITHUB_REVOKE_BATCH);
      out.push({
        request: {
          method: 'POST', path: '/credentials/revoke',
          headers: { accept: 'application/vnd.github+json', 'content-type': 'application/json', 'x-github-api-version': '2022-11-28' },
          body: JSON.stringify({ credentials: batch.map((c) => c.secret) }),
        },
        creds: batch,
      });
    }
    return out;
  },
  accepted: ok2xx,
};

export const gitlabRevoker: Revoker = {
  id: 'gitlab',
  name: 'GitLab',
  plan: (creds) => each(creds, (c) => ({ method: 'DELETE', path: '/api/v4/personal_access_tokens/self', headers: { 'private-token': c.secret } })),
  accepted: ok2xx,
};

export const npmRevoker: Revoker = {
  id: 'npm',
  name: 'npm',
  // What `npm logout` sends. The token is in the path: http.ts never reports URLs.
  plan: (creds) => each(creds, (c) => ({ method: 'DELETE', path: `/-/user/token/${encodeURIComponent(c.secret)}`, headers: bearer(c.secret) })),
  accepted: ok2xx,
};

export const slackRevoker: Revoker = {
  id: 'slack',
  name: 'Slack',
  plan: (creds) => each(creds, (c) => ({ method: 'POST', path: '/api/auth.revoke', headers: { ...bearer(c.secret), 'content-type': 'application/x-www-form-urlencoded' }, body: '' })),
  // HTTP 200 either way: `ok` and `revoked` say whether it worked.
  accepted: (res) => res.status === 200 && obj(res.json).ok === true,
};

export const vaultRevoker: Revoker = {
  id: 'vault',
  name: 'HashiCorp Vault',
  plan: (creds) => each(creds, (c) => ({ method: 'POST', path: '/v1/auth/token/revoke-self', headers: { 'x-vault-token': c.secret } })),
  accepted: ok2xx,
};

export const buildkiteRevoker: Revoker = {
  id: 'buildkite',
  name: 'Buildkite',
  plan: (creds) => each(creds, (c) => ({ method: 'DELETE', path: '/v2/access-token', headers: bearer(c.secret) })),
  accepted: ok2xx,
};

export const dopplerRevoker: Revoker = {
  id: 'doppler',
  name: 'Doppler',
  plan: (creds) => each(creds, (c) => ({
    method: 'POST', path: '/v3/auth/revoke', headers: { ...bearer(c.secret), 'content-type': 'application/json' }, body: JSON.stringify({ token: c.secret }),
  })),
  accepted: ok2xx,
};

export const digitaloceanRevoker: Revoker = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  plan: (creds) => each(creds, (c) => ({
    method: 'POST', base: 'oauth', path: '/v1/oauth/revoke',
    headers: { ...bearer(c.secret), 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(c.secret)}`,
  })),
  accepted: ok2xx,
};

export const REVOKERS: ReadonlyMap<string, Revoker> = new Map(
  [githubRevoker, gitlabRevoker, npmRevoker, slackRevoker, vaultRevoker, buildkiteRevoker, dopplerRevoker, digitaloceanRevoker].map((r) => [r.id, r]),
);
