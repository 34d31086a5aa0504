/** GitLab personal/project/group access tokens (self-hosted via --provider-url gitlab=URL). */
import { byStatus, live, obj, str, type Verifier } from '../types.js';

export const gitlab: Verifier = {
  id: 'gitlab',
  name: 'GitLab',
  bases: { api: 'https://gitlab.com' },
  // A token can always read itself: name, scopes, owner, and whether it is still active.
  request: (c) => ({ method: 'GET', path: '/api/v4/personal_access_tokens/self', headers: { 'private-token': c.secret } }),
  interpret: (res) => {
    const body = obj(res.json);
    if (res.status === 200 && (body.active === false || body.revoked === true)) return { status: 'invalid', reason: 'GitLab says the token is revoked or inactive' };
    return byStatus(res, () => {
      const scopes = Array.isArray(body.scopes) ? body.scopes.filter((s): s is string => typeof s === 'string') : [];
      return live(`token "${str(body.name) ?? '?'}" of user #${str(body.user_id) ?? '?'}${str(body.expires_at) ? `, expires ${str(body.expires_at)}` : ''}`, scopes);
    }, { 403: live(undefined, undefined, 'GitLab accepted it but it may not read its own details (HTTP 403)') });
  },
};
