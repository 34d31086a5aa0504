/** GitHub (and GitHub Enterprise Server via --provider-url github=https://HOST/api/v3): every token kind. */
import { byStatus, live, obj, splitScopes, str, type Verifier } from '../types.js';

export const github: Verifier = {
  id: 'github',
  name: 'GitHub',
  bases: { api: 'https://api.github.com' },
  request: (c) => ({
    method: 'GET',
    // Installation tokens (ghs_) cannot read /user; they can list what they reach.
    path: c.secret.startsWith('ghs_') ? '/installation/repositories?per_page=1' : '/user',
    headers: { authorization: `token ${c.secret}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
  }),
  interpret: (res, c) =>
    byStatus(res, () => {
      const body = obj(res.json);
      const scopes = splitScopes(res.headers.get('x-oauth-scopes'));
      if (c.secret.startsWith('ghs_')) return live(`GitHub App installation (${str(body.total_count) ?? '?'} repositories)`, scopes);
      return live(str(body.login) ? `${str(body.login)}${str(body.type) ? ` (${str(body.type)})` : ''}` : undefined, scopes);
    }),
};
