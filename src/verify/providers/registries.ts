/** Package registries: npm. */
import { bearer, byStatus, live, obj, str, type Verifier } from '../types.js';

export const npm: Verifier = {
  id: 'npm',
  name: 'npm',
  bases: { api: 'https://registry.npmjs.org' },
  request: (c) => ({ method: 'GET', path: '/-/whoami', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => live(str(obj(res.json).username)), { 403: { status: 'invalid', reason: 'npm rejected it (HTTP 403)' } }),
};
