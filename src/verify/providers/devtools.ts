/** Developer tools: Postman, Sentry, Linear, Notion, Figma, Buildkite, Doppler, Heroku. */
import { bearer, byStatus, invalid, live, obj, str, unknown, type Verifier } from '../types.js';

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export const postman: Verifier = {
  id: 'postman',
  name: 'Postman',
  bases: { api: 'https://api.getpostman.com' },
  request: (c) => ({ method: 'GET', path: '/me', headers: { 'x-api-key': c.secret } }),
  interpret: (res) => byStatus(res, () => {
    const u = obj(obj(res.json).user);
    return live(str(u.username) ?? str(u.email));
  }),
};

export const sentry: Verifier = {
  id: 'sentry',
  name: 'Sentry',
  bases: { api: 'https://sentry.io' },
  // The API root answers with who is asking and the token's scopes; it answers anonymous callers too.
  request: (c) => ({ method: 'GET', path: '/api/0/', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const auth = obj(b.auth);
    if (!b.auth) return invalid('Sentry answered as for an anonymous caller');
    const user = obj(b.user);
    return live(str(user.username) ?? str(user.email), stringList(auth.scopes));
  }),
};

export const linear: Verifier = {
  id: 'linear',
  name: 'Linear',
  bases: { api: 'https://api.linear.app' },
  // A GraphQL query (read-only): personal API keys go in Authorization without "Bearer".
  request: (c) => ({ method: 'POST', path: '/graphql', headers: { authorization: c.secret, 'content-type': 'application/json' }, body: '{"query":"{ viewer { id name email } }"}' }),
  interpret: (res) => {
    const b = obj(res.json);
    const viewer = obj(obj(b.data).viewer);
    if (res.status === 200 && str(viewer.id)) return live(`${str(viewer.name) ?? '?'}${str(viewer.email) ? ` <${str(viewer.email)}>` : ''}`);
    if ((res.status === 400 || res.status === 401) && res.text.includes('AUTHENTICATION_ERROR')) return invalid('Linear says AUTHENTICATION_ERROR');
    return byStatus(res, () => unknown('no viewer in the answer'));
  },
};

export const notion: Verifier = {
  id: 'notion',
  name: 'Notion',
  bases: { api: 'https://api.notion.com' },
  request: (c) => ({ method: 'GET', path: '/v1/users/me', headers: { ...bearer(c.secret), 'notion-version': '2022-06-28' } }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const ws = str(obj(b.bot).workspace_name);
    return live(`${str(b.name) ?? 'integration'}${ws ? ` in workspace ${ws}` : ''}`);
  }, { 403: live(undefined, undefined, 'the integration is valid but lacks the user-information capability (HTTP 403)') }),
};

export const figma: Verifier = {
  id: 'figma',
  name: 'Figma',
  bases: { api: 'https://api.figma.com' },
  request: (c) => ({ method: 'GET', path: '/v1/me', headers: { 'x-figma-token': c.secret } }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    return live(`${str(b.handle) ?? '?'}${str(b.email) ? ` <${str(b.email)}>` : ''}`);
  }, { 403: invalid('Figma says "Invalid token" (HTTP 403)') }),
};

export const buildkite: Verifier = {
  id: 'buildkite',
  name: 'Buildkite',
  bases: { api: 'https://api.buildkite.com' },
  request: (c) => ({ method: 'GET', path: '/v2/access-token', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const user = obj(b.user);
    return live(str(user.name) ? `${str(user.name)}${str(user.email) ? ` <${str(user.email)}>` : ''}` : `token ${str(b.uuid) ?? '?'}`, stringList(b.scopes));
  }),
};

export const doppler: Verifier = {
  id: 'doppler',
  name: 'Doppler',
  bases: { api: 'https://api.doppler.com' },
  request: (c) => ({ method: 'GET', path: '/v3/me', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const workplace = str(obj(b.workplace).name);
    return live(`${str(b.type) ?? 'token'} "${str(b.name) ?? '?'}"${workplace ? ` in ${workplace}` : ''}`);
  }),
};

export const heroku: Verifier = {
  id: 'heroku',
  name: 'Heroku',
  bases: { api: 'https://api.heroku.com' },
  request: (c) => ({ method: 'GET', path: '/account', headers: { ...bearer(c.secret), accept: 'application/vnd.heroku+json; version=3' } }),
  interpret: (res) => byStatus(res, () => live(str(obj(res.json).email))),
};
