/** AI platforms. Only model listings and whoami calls: never a billed completion. */
import { bearer, byStatus, invalid, live, obj, str, unknown, type Verifier } from '../types.js';

const modelCount = (json: unknown): string | undefined => {
  const data = obj(json).data ?? obj(json).models;
  return Array.isArray(data) ? `${data.length} models visible` : undefined;
};

export const openai: Verifier = {
  id: 'openai',
  name: 'OpenAI',
  bases: { api: 'https://api.openai.com' },
  request: (c) => ({ method: 'GET', path: '/v1/models', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const org = res.headers.get('openai-organization');
    return live(org ? `organization ${org}` : undefined, undefined, `the provider accepted it${modelCount(res.json) ? ` (${modelCount(res.json)})` : ''}`);
  }),
};

export const anthropic: Verifier = {
  id: 'anthropic',
  name: 'Anthropic',
  bases: { api: 'https://api.anthropic.com' },
  request: (c) => ({ method: 'GET', path: '/v1/models', headers: { 'x-api-key': c.secret, 'anthropic-version': '2023-06-01' } }),
  interpret: (res) => byStatus(res, () => live(undefined, undefined, `the provider accepted it${modelCount(res.json) ? ` (${modelCount(res.json)})` : ''}`), {
    403: live(undefined, undefined, 'the key is valid but may not list models (HTTP 403 permission_error)'),
  }),
};

export const google: Verifier = {
  id: 'google',
  name: 'Google API key',
  bases: { api: 'https://generativelanguage.googleapis.com' },
  request: (c) => ({ method: 'GET', path: '/v1/models?pageSize=1', headers: { 'x-goog-api-key': c.secret } }),
  interpret: (res) => {
    if (res.status === 400) {
      return res.text.includes('API_KEY_INVALID') ? invalid('Google says API_KEY_INVALID') : unknown('unexpected answer (HTTP 400)');
    }
    return byStatus(res, () => live(undefined, ['generativelanguage.googleapis.com']), {
      403: live(undefined, undefined, 'the key exists but the Generative Language API is not enabled for it or it is restricted (HTTP 403)'),
    });
  },
};

export const huggingface: Verifier = {
  id: 'huggingface',
  name: 'Hugging Face',
  bases: { api: 'https://huggingface.co' },
  request: (c) => ({ method: 'GET', path: '/api/whoami-v2', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const body = obj(res.json);
    const token = obj(obj(body.auth).accessToken);
    return live(str(body.name) && `${str(body.name)}${str(body.type) ? ` (${str(body.type)})` : ''}`, str(token.role) ? [str(token.role)!] : undefined);
  }),
};
