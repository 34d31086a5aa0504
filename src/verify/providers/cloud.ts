/** Cloud and infrastructure: DigitalOcean, Cloudflare, Datadog, HashiCorp Vault. */
import { bearer, byStatus, invalid, live, obj, str, unknown, type Verifier } from '../types.js';

export const digitalocean: Verifier = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  bases: { api: 'https://api.digitalocean.com', oauth: 'https://cloud.digitalocean.com' },
  request: (c) => (c.secret.startsWith('dor_')
    // The only check for a refresh token is redeeming it, which rotates it: never.
    ? unknown('refresh tokens are not checked: redeeming one would rotate it')
    : { method: 'GET', path: '/v2/account', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const a = obj(obj(res.json).account);
    return live(`${str(a.email) ?? '?'}${str(a.status) ? ` (${str(a.status)})` : ''}`);
  }),
};

export const cloudflare: Verifier = {
  id: 'cloudflare',
  name: 'Cloudflare',
  bases: { api: 'https://api.cloudflare.com' },
  request: (c) => ({ method: 'GET', path: '/client/v4/user/tokens/verify', headers: bearer(c.secret) }),
  interpret: (res) => {
    const b = obj(res.json);
    const r = obj(b.result);
    if (res.status === 200 && b.success === true) {
      return str(r.status) === 'active' ? live(`token ${str(r.id) ?? '?'}${str(r.expires_on) ? `, expires ${str(r.expires_on)}` : ''}`)
        : invalid(`Cloudflare says the token is ${str(r.status) ?? 'not active'}`);
    }
    if (res.status === 400 || res.status === 401 || res.status === 403) return invalid(`Cloudflare rejected it (HTTP ${res.status})`);
    return unknown(`unexpected answer (HTTP ${res.status})`);
  },
};

export const datadog: Verifier = {
  id: 'datadog',
  name: 'Datadog',
  // US1; keys of other sites (EU, US3, …) answer 403 here: pass --provider-url datadog=https://api.datadoghq.eu
  bases: { api: 'https://api.datadoghq.com' },
  request: (c) => ({ method: 'GET', path: '/api/v1/validate', headers: { 'dd-api-key': c.secret } }),
  interpret: (res) => {
    if (res.status === 200 && obj(res.json).valid === true) return live(undefined, undefined, 'Datadog says valid');
    if (res.status === 403 || res.status === 401) return invalid(`Datadog rejected it (HTTP ${res.status}) on this site`);
    return unknown(`unexpected answer (HTTP ${res.status})`);
  },
};

export const vault: Verifier = {
  id: 'vault',
  name: 'HashiCorp Vault',
  // Vault is always self-hosted: no built-in address. The user names theirs on the command line.
  bases: {},
  request: (c) => ({ method: 'GET', path: '/v1/auth/token/lookup-self', headers: { 'x-vault-token': c.secret } }),
  interpret: (res) => byStatus(res, () => {
    const d = obj(obj(res.json).data);
    const policies = Array.isArray(d.policies) ? d.policies.filter((p): p is string => typeof p === 'string') : [];
    return live(`${str(d.display_name) ?? 'token'}${str(d.expire_time) ? `, expires ${str(d.expire_time)}` : ''}`, policies);
  }, { 403: invalid('Vault says permission denied (HTTP 403): the token is not valid') }),
};
