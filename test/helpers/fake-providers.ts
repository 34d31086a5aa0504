/**
 * A loopback HTTP server that speaks each provider's documented endpoints, for verification and
 * revocation tests. Provider `p` lives under `/p/`: point leakward at it with
 * `--provider-url p=<fake.base(p)>`. Tokens are live only once `live()` registers them; revocation
 * endpoints kill them, so a later check sees them dead. `script()` queues canned answers (429, 500)
 * and `delay()` makes a provider slow.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signV4 } from '../../src/verify/sigv4.js';

export interface Canned {
  /** Only for this path (below the provider prefix); default: the provider's next request. */
  path?: string;
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface SeenRequest {
  provider: string;
  method: string;
  /** Path below the provider prefix, with any token in it masked. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface FakeProviders {
  base(provider: string): string;
  /** `provider=url` for every provider, as --provider-url takes them. */
  urlSpecs(providers?: string[]): string[];
  /** Registers a live token. `facts`: identity for the answer, and for two-part credentials the other part. */
  live(provider: string, token: string, facts?: Record<string, string>): void;
  isLive(provider: string, token: string): boolean;
  script(provider: string, answers: Canned[]): void;
  delay(provider: string, ms: number): void;
  requests: SeenRequest[];
  close(): Promise<void>;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Tokens = Map<string, Record<string, string>>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({ status, body, headers });

function bearer(req: IncomingMessage, scheme = 'Bearer'): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith(`${scheme} `) ? h.slice(scheme.length + 1) : undefined;
}

function basicAuth(req: IncomingMessage): [string, string] | undefined {
  const h = bearer(req, 'Basic');
  if (!h) return undefined;
  const text = Buffer.from(h, 'base64').toString('utf8');
  const i = text.indexOf(':');
  return i < 0 ? undefined : [text.slice(0, i), text.slice(i + 1)];
}

const PROVIDERS = [
  'github', 'gitlab', 'npm', 'slack', 'stripe', 'openai', 'anthropic', 'google', 'huggingface', 'digitalocean', 'sendgrid',
  'twilio', 'mailgun', 'shopify', 'discord', 'telegram', 'postman', 'doppler', 'sentry', 'heroku', 'linear', 'notion',
  'figma', 'cloudflare', 'datadog', 'aws', 'vault', 'buildkite',
];

/** Each provider's endpoints, answering as its documentation says. */
function answer(p: string, req: IncomingMessage, path: string, body: string, tokens: Tokens, dead: Set<string>): Reply {
  const m = req.method!;
  const route = `${m} ${path.split('?')[0]}`;
  const has = (t: string | undefined) => t !== undefined && tokens.has(t);
  const facts = (t: string | undefined) => tokens.get(t!) ?? {};
  const kill = (t: string) => {
    tokens.delete(t);
    dead.add(t);
  };
  const notFound = json(404, { message: 'Not Found' });
  switch (p) {
    case 'github': {
      const t = bearer(req, 'token') ?? bearer(req);
      if (route === 'POST /credentials/revoke') {
        const list = (JSON.parse(body) as { credentials: string[] }).credentials;
        if (!Array.isArray(list) || list.length > 1000) return json(422, { message: 'Validation Failed' });
        for (const c of list) if (tokens.has(c)) kill(c);
        return json(202, {});
      }
      if (!has(t)) return json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      if (route === 'GET /user') return json(200, { login: facts(t).login ?? 'octocat', type: 'User' }, { 'x-oauth-scopes': 'repo, gist' });
      if (route === 'GET /installation/repositories') return json(200, { total_count: 3, repositories: [] });
      if (route === 'DELETE /installation/token') return (kill(t!), { status: 204 });
      return notFound;
    }
    case 'gitlab': {
      const t = req.headers['private-token'] as string | undefined;
      if (!has(t)) return json(401, { message: '401 Unauthorized' });
      if (route === 'GET /api/v4/personal_access_tokens/self') return json(200, { id: 42, name: facts(t).name ?? 'deploy', scopes: ['api', 'read_user'], user_id: 7, active: true, revoked: false });
      if (route === 'DELETE /api/v4/personal_access_tokens/self') return (kill(t!), { status: 204 });
      return notFound;
    }
    case 'npm': {
      const t = bearer(req);
      if (!has(t)) return json(401, { error: 'You must be logged in' });
      if (route === 'GET /-/whoami') return json(200, { username: facts(t).username ?? 'npm-user' });
      if (m === 'DELETE' && path === `/-/user/token/${encodeURIComponent(t!)}`) return (kill(t!), json(200, {}));
      return notFound;
    }
    case 'slack': {
      const t = bearer(req);
      // Slack answers HTTP 200 whatever happens; `ok` says whether it worked.
      if (!has(t)) return json(200, { ok: false, error: dead.has(t!) ? 'token_revoked' : 'invalid_auth' });
      if (route === 'POST /api/auth.test') return json(200, { ok: true, url: 'https://acme.slack.com/', team: facts(t).team ?? 'Acme', user: facts(t).user ?? 'deploy-bot', team_id: 'T1', user_id: 'U1' }, { 'x-oauth-scopes': 'chat:write,channels:read' });
      if (route === 'POST /api/auth.revoke') return (kill(t!), json(200, { ok: true, revoked: true }));
      return json(200, { ok: false, error: 'unknown_method' });
    }
    case 'stripe': {
      const t = bearer(req);
      if (!has(t)) return json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
      return route === 'GET /v1/account' ? json(200, { id: 'acct_1Fake', email: 'billing@example.test', business_profile: { name: facts(t).name ?? 'Acme Inc' } }) : notFound;
    }
    case 'openai': {
      const t = bearer(req);
      if (!has(t)) return json(401, { error: { code: 'invalid_api_key' } });
      return route === 'GET /v1/models' ? json(200, { object: 'list', data: [{ id: 'gpt-x' }] }, { 'openai-organization': facts(t).org ?? 'org-acme' }) : notFound;
    }
    case 'anthropic': {
      const t = req.headers['x-api-key'] as string | undefined;
      if (!req.headers['anthropic-version']) return json(400, { type: 'error', error: { type: 'invalid_request_error', message: 'anthropic-version header is required' } });
      if (!has(t)) return json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });
      return route === 'GET /v1/models' ? json(200, { data: [{ id: 'claude-x' }, { id: 'claude-y' }], has_more: false }) : notFound;
    }
    case 'google': {
      const t = req.headers['x-goog-api-key'] as string | undefined;
      if (!has(t)) return json(400, { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }] } });
      return route === 'GET /v1/models' ? json(200, { models: [{ name: 'models/gemini-x' }] }) : notFound;
    }
    case 'huggingface': {
      const t = bearer(req);
      if (!has(t)) return json(401, { error: 'Invalid credentials in Authorization header' });
      return route === 'GET /api/whoami-v2' ? json(200, { type: 'user', name: facts(t).name ?? 'hf-user', auth: { type: 'access_token', accessToken: { displayName: 'ci', role: 'write' } } }) : notFound;
    }
    case 'digitalocean': {
      const t = bearer(req);
      if (!has(t)) return json(401, { id: 'unauthorized', message: 'Unable to authenticate you' });
      if (route === 'GET /v2/account') return json(200, { account: { email: facts(t).email ?? 'ops@example.test', uuid: 'u-1', status: 'active' } });
      if (route === 'POST /v1/oauth/revoke' && new URLSearchParams(body).get('token') === t) return (kill(t!), json(200, {}));
      return notFound;
    }
    case 'sendgrid': {
      const t = bearer(req);
      if (!has(t)) return json(401, { errors: [{ field: null, message: 'authorization required' }] });
      return route === 'GET /v3/scopes' ? json(200, { scopes: ['mail.send', 'user.profile.read'] }) : notFound;
    }
    case 'twilio': {
      const auth = basicAuth(req);
      // Live tokens are registered with the account SID (or API key SID) they belong to.
      const ok = auth !== undefined && has(auth[1]) && facts(auth[1]).user === auth[0];
      if (!ok) return json(401, { code: 20003, message: 'Authenticate', status: 401 });
      const sid = facts(auth[1]).sid ?? auth[0];
      const account = { sid, friendly_name: facts(auth[1]).name ?? 'Acme prod', status: 'active' };
      if (route === `GET /2010-04-01/Accounts/${auth[0]}.json`) return json(200, account);
      if (route === 'GET /2010-04-01/Accounts.json') return json(200, { accounts: [account] });
      return notFound;
    }
    case 'mailgun': {
      const auth = basicAuth(req);
      if (!auth || auth[0] !== 'api' || !has(auth[1])) return { status: 401, body: 'Forbidden' };
      return route === 'GET /v3/domains' ? json(200, { total_count: 1, items: [{ name: facts(auth[1]).domain ?? 'mg.example.test' }] }) : notFound;
    }
    case 'shopify': {
      const t = req.headers['x-shopify-access-token'] as string | undefined;
      if (!has(t)) return json(401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
      return route === 'GET /admin/oauth/access_scopes.json' ? json(200, { access_scopes: [{ handle: 'read_products' }, { handle: 'write_orders' }] }) : notFound;
    }
    case 'discord': {
      const t = bearer(req, 'Bot');
      if (!has(t)) return json(401, { message: '401: Unauthorized', code: 0 });
      return route === 'GET /api/v10/users/@me' ? json(200, { id: '80351110224678912', username: facts(t).username ?? 'deploy-bot', bot: true }) : notFound;
    }
    case 'telegram': {
      const mt = /^\/bot([^/]+)\/getMe$/.exec(path);
      const t = mt ? decodeURIComponent(mt[1]!) : undefined;
      if (!mt) return json(404, { ok: false, error_code: 404, description: 'Not Found' });
      if (!has(t)) return json(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return json(200, { ok: true, result: { id: 123456, is_bot: true, first_name: 'Deploy', username: facts(t).username ?? 'deploy_bot' } });
    }
    case 'postman': {
      const t = req.headers['x-api-key'] as string | undefined;
      if (!has(t)) return json(401, { error: { name: 'AuthenticationError', message: 'Invalid API Key. Every request requires a valid API Key to be sent.' } });
      return route === 'GET /me' ? json(200, { user: { id: 1, username: facts(t).username ?? 'pm-user' } }) : notFound;
    }
    case 'doppler': {
      const t = bearer(req);
      if (!has(t)) return json(401, { messages: ['Invalid Auth token'], success: false });
      if (route === 'GET /v3/me') return json(200, { name: facts(t).name ?? 'ci', type: 'personal', workplace: { name: 'Acme' } });
      if (route === 'POST /v3/auth/revoke' && (JSON.parse(body) as { token?: string }).token === t) return (kill(t!), json(200, { success: true }));
      return notFound;
    }
    case 'sentry': {
      const t = bearer(req);
      if (!has(t)) return json(401, { detail: 'Invalid token' });
      return route === 'GET /api/0/' ? json(200, { version: '0', auth: { scopes: ['project:read', 'org:read'] }, user: { username: facts(t).username ?? 'sentry-user' } }) : notFound;
    }
    case 'heroku': {
      const t = bearer(req);
      if (!has(t)) return json(401, { id: 'unauthorized', message: 'Invalid credentials provided.' });
      return route === 'GET /account' ? json(200, { email: facts(t).email ?? 'dev@example.test', id: 'h-1' }) : notFound;
    }
    case 'linear': {
      const t = req.headers.authorization;
      if (!has(t)) return json(400, { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] });
      return route === 'POST /graphql' && body.includes('viewer') ? json(200, { data: { viewer: { id: 'v-1', name: facts(t).name ?? 'Lin User', email: 'lin@example.test' } } }) : notFound;
    }
    case 'notion': {
      const t = bearer(req);
      if (!req.headers['notion-version']) return json(400, { object: 'error', code: 'missing_version' });
      if (!has(t)) return json(401, { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' });
      return route === 'GET /v1/users/me' ? json(200, { object: 'user', id: 'n-1', name: facts(t).name ?? 'Docs bot', type: 'bot', bot: { workspace_name: 'Acme' } }) : notFound;
    }
    case 'figma': {
      const t = req.headers['x-figma-token'] as string | undefined;
      if (!has(t)) return json(403, { status: 403, err: 'Invalid token' });
      return route === 'GET /v1/me' ? json(200, { id: 'f-1', handle: facts(t).handle ?? 'designer', email: 'design@example.test' }) : notFound;
    }
    case 'cloudflare': {
      const t = bearer(req);
      if (!has(t)) return json(401, { success: false, errors: [{ code: 1000, message: 'Invalid API Token' }], messages: [], result: null });
      return route === 'GET /client/v4/user/tokens/verify' ? json(200, { success: true, errors: [], messages: [], result: { id: facts(t).id ?? 'tok-1', status: 'active' } }) : notFound;
    }
    case 'datadog': {
      const t = req.headers['dd-api-key'] as string | undefined;
      if (!has(t)) return json(403, { errors: ['Forbidden'] });
      return route === 'GET /api/v1/validate' ? json(200, { valid: true }) : notFound;
    }
    case 'aws': {
      // STS checks the SigV4 signature with the secret key it holds for the key id.
      const cred = /Credential=([A-Z0-9]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})/.exec(req.headers.authorization ?? '');
      const error = (code: string) => ({ status: 403, body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>…</Message></Error></ErrorResponse>`, headers: { 'content-type': 'text/xml' } });
      if (!cred || route !== 'POST /' || !body.includes('Action=GetCallerIdentity')) return error('InvalidAction');
      const key = tokens.get(cred[1]!);
      if (!key) return error('InvalidClientTokenId');
      const date = req.headers['x-amz-date'] as string;
      const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`;
      const expected = signV4({
        method: 'POST', url: new URL(`http://${req.headers.host}${req.url}`), headers: { 'content-type': req.headers['content-type'] as string }, body,
        accessKeyId: cred[1]!, secretAccessKey: key.secret!, region: cred[3]!, service: cred[4]!, date: new Date(iso),
      });
      if (expected.authorization !== req.headers.authorization) return error('SignatureDoesNotMatch');
      return { status: 200, headers: { 'content-type': 'text/xml' }, body: `<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>${key.arn ?? 'arn:aws:iam::123456789012:user/deploy'}</Arn><UserId>AIDAFAKE</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>` };
    }
    case 'vault': {
      const t = req.headers['x-vault-token'] as string | undefined;
      if (!has(t)) return json(403, { errors: ['permission denied'] });
      if (route === 'GET /v1/auth/token/lookup-self') return json(200, { data: { display_name: facts(t).name ?? 'token-ci', policies: ['default', 'deploy'], expire_time: null } });
      if (route === 'POST /v1/auth/token/revoke-self') return (kill(t!), { status: 204 });
      return notFound;
    }
    case 'buildkite': {
      const t = bearer(req);
      if (!has(t)) return json(401, { message: 'Authentication required. Please supply a valid API Access Token' });
      if (route === 'GET /v2/access-token') return json(200, { uuid: 'b-1', scopes: ['read_builds', 'write_builds'], user: { name: facts(t).name ?? 'CI', email: 'ci@example.test' } });
      if (route === 'DELETE /v2/access-token') return (kill(t!), { status: 204 });
      return notFound;
    }
  }
  return notFound;
}

export async function startFakeProviders(): Promise<FakeProviders> {
  const tokens = new Map<string, Tokens>(PROVIDERS.map((p) => [p, new Map()]));
  const dead = new Map<string, Set<string>>(PROVIDERS.map((p) => [p, new Set()]));
  const scripts = new Map<string, Canned[]>();
  const delays = new Map<string, number>();
  const requests: SeenRequest[] = [];
  const open = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const m = /^\/([a-z]+)(\/.*)$/.exec(req.url ?? '');
      const provider = m?.[1] ?? '';
      const path = m?.[2] ?? '/';
      requests.push({ provider, method: req.method!, path: path.replace(/\/bot[^/]+\//, '/bot<token>/').replace(/^\/-\/user\/token\/[^/]+$/, '/-/user/token/<token>'), headers: req.headers, body });
      const reply = (r: Reply) => {
        const text = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
        res.writeHead(r.status, { ...(typeof r.body === 'object' ? { 'content-type': 'application/json' } : {}), ...r.headers });
        res.end(text);
      };
      const queue = scripts.get(provider) ?? [];
      const at = queue.findIndex((c) => c.path === undefined || c.path === path);
      const canned = at < 0 ? undefined : queue.splice(at, 1)[0];
      const go = () => {
        if (res.destroyed) return;
        open.delete(res);
        if (canned) reply({ status: canned.status, body: canned.body ?? '', ...(canned.headers ? { headers: canned.headers } : {}) });
        else if (!tokens.has(provider)) reply(json(404, { message: 'no such provider' }));
        else reply(answer(provider, req, path, body, tokens.get(provider)!, dead.get(provider)!));
      };
      const ms = delays.get(provider);
      if (ms) {
        open.add(res);
        setTimeout(go, ms).unref();
      } else go();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const base = (p: string) => `http://127.0.0.1:${port}/${p}`;
  return {
    base,
    urlSpecs: (ps = PROVIDERS) => ps.map((p) => `${p}=${base(p)}`),
    live: (p, token, facts = {}) => void tokens.get(p)!.set(token, facts),
    isLive: (p, token) => tokens.get(p)!.has(token),
    script: (p, answers) => void scripts.set(p, [...(scripts.get(p) ?? []), ...answers]),
    delay: (p, ms) => void delays.set(p, ms),
    requests,
    close: () => new Promise<void>((r) => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

export const FAKE_PROVIDERS = PROVIDERS;
