/** Slack: HTTP 200 either way — the `ok` field is the answer. */
import { bearer, invalid, live, obj, splitScopes, str, unknown, type Verifier } from '../types.js';

/** Errors that mean the token is dead, per the auth.test method docs. */
const DEAD = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'org_login_required']);

export const slack: Verifier = {
  id: 'slack',
  name: 'Slack',
  bases: { api: 'https://slack.com' },
  request: (c) => ({ method: 'POST', path: '/api/auth.test', headers: { ...bearer(c.secret), 'content-type': 'application/x-www-form-urlencoded' }, body: '' }),
  interpret: (res) => {
    const body = obj(res.json);
    if (res.status !== 200 || typeof body.ok !== 'boolean') return unknown(`unexpected answer (HTTP ${res.status})`);
    if (body.ok) {
      const who = [str(body.user) && `${str(body.user)}`, str(body.team) && `team ${str(body.team)}`, str(body.url)].filter(Boolean).join(', ');
      return live(who || undefined, splitScopes(res.headers.get('x-oauth-scopes')));
    }
    const error = str(body.error) ?? 'unknown error';
    return DEAD.has(error) ? invalid(`Slack says "${error}"`) : unknown(`Slack says "${error}"`);
  },
};
