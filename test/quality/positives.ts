/**
 * Positive cases: a fresh token per case, generated from the formats in PROVIDERS.md (not from the
 * rules' own examples), embedded in a realistic file.
 */
import type { Case, Expect } from './cases.js';
import { type Assign, CONTEXTS, type ContextId, type CurlLine, HOLDOUT_CONTEXTS, render, type Rendered, type Words } from './contexts.js';
import { KEY_KINDS, keyContextsFor, makeKey, pkcs8RsaPem, renderKey } from './keys.js';
import { b64, b64NoPad, b64url, checksummed, Rng, SET } from './rng.js';

interface Spec {
  provider: string;
  kind: string;
  gen: (r: Rng) => string;
  names: readonly Words[];
  /** How a found secret is matched; default exact. */
  expect?: (value: string) => Expect;
  curl?: CurlLine;
  terraform?: (value: string) => string;
  /** Extra bespoke places (`.npmrc`, `.pypirc`, …), one case each. */
  extra?: Array<(value: string, r: Rng) => Rendered>;
  count?: number;
  /** Restrict to these contexts (for values that only make sense in some). */
  contexts?: readonly ContextId[];
}

const n = (...w: string[]): Words => w;
const bearer = (host: string): CurlLine => (v) => `curl -sS -H "Authorization: Bearer ${v}" ${host}`;
const header = (h: string, host: string): CurlLine => (v) => `curl -sS -H "${h}: ${v}" ${host}`;
const tfProvider = (p: string, attr: string, extra = ''): ((v: string) => string) => (v) =>
  [`provider "${p}" {`, ...(extra ? [`  ${extra}`] : []), `  ${attr} = "${v}"`, '}'].join('\n');

/** AWS key id: prefix + base32 of (1 | 40-bit account << 7 | 7 random bits) ++ 32 random bits (TH aws/utils.go). */
function awsKeyId(r: Rng, prefix: string): string {
  const account = BigInt(r.int(100000000, 999999999)) * 1000n + BigInt(r.int(0, 999));
  let bits = (((1n << 47n) | (account << 7n) | BigInt(r.int(0, 127))) << 32n) | BigInt(r.int(0, 0xffffffff));
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = SET.base32[Number(bits & 31n)]! + out;
    bits >>= 5n;
  }
  return prefix + out;
}

/** PyPI: base64url of a v2 macaroon: location pypi.org, a uuid identifier, a caveat, a 32-byte signature. */
function pypiToken(r: Rng): string {
  const caveat = r.chance(0.5) ? '{"version": 1, "permissions": "user"}' : `{"version": 1, "permissions": {"projects": ["acme-${r.str(SET.lower, 6)}"]}}`;
  const macaroon = Buffer.concat([
    Buffer.from([0x02, 0x01, 0x08]),
    Buffer.from('pypi.org'),
    Buffer.from([0x02, 0x24]),
    Buffer.from(r.uuid()),
    Buffer.from([0x00, 0x02, caveat.length]),
    Buffer.from(caveat),
    Buffer.from([0x00, 0x00, 0x06, 0x20]),
    r.bytes(32),
  ]);
  return `pypi-${b64url(macaroon)}`;
}

function jwt(r: Rng, alg: 'HS256' | 'RS256'): string {
  const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.str(SET.hex, 16) };
  const now = 1_750_000_000 + r.int(0, 5_000_000);
  const payload: Record<string, unknown> = r.chance(0.5)
    ? { sub: r.uuid(), iss: 'https://auth.acme.io/', aud: 'billing-api', iat: now, exp: now + 3600 * 24 * 365 * 5, scope: 'read write' }
    : { role: 'service_role', iss: 'supabase', ref: r.str(SET.lower, 20), iat: now, exp: now + 3600 * 24 * 365 * 10 };
  const sig = r.str(SET.base64url, alg === 'HS256' ? 43 : 342);
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${sig}`;
}

const covers = (secret: string): Expect => ({ secret, mode: 'covers' });
/** The password of a URL `scheme://user:password@host…`. */
const urlPassword = (url: string): Expect => covers(/^[a-z0-9+.:-]+:\/\/[^:/@]*:([^@]+)@/i.exec(url)?.[1] ?? url);

const SPECS: Spec[] = [
  // --- GitHub -------------------------------------------------------------------------------------
  {
    provider: 'github',
    kind: 'ghp',
    gen: (r) => checksummed(r, 'ghp'),
    names: [n('github', 'token'), n('gh', 'token'), n('github', 'pat')],
    curl: (v) => `curl -H "Authorization: token ${v}" https://api.github.com/user`,
    terraform: tfProvider('github', 'token', 'owner = "acme"'),
    extra: [(v) => ({ path: '.gitmodules', text: `[submodule "vendor/lib"]\n\tpath = vendor/lib\n\turl = https://x-access-token:${v}@github.com/acme/lib.git\n` })],
    count: 6,
  },
  { provider: 'github', kind: 'gho', gen: (r) => checksummed(r, 'gho'), names: [n('github', 'oauth', 'token'), n('access', 'token')], curl: bearer('https://api.github.com/user'), count: 5 },
  { provider: 'github', kind: 'ghu', gen: (r) => checksummed(r, 'ghu'), names: [n('github', 'user', 'token'), n('gh', 'app', 'token')], curl: bearer('https://api.github.com/user'), count: 5 },
  { provider: 'github', kind: 'ghs', gen: (r) => checksummed(r, 'ghs'), names: [n('github', 'token'), n('installation', 'token')], curl: bearer('https://api.github.com/installation/repositories'), count: 5 },
  { provider: 'github', kind: 'ghr', gen: (r) => checksummed(r, 'ghr'), names: [n('github', 'refresh', 'token'), n('refresh', 'token')], count: 5 },
  {
    provider: 'github',
    kind: 'github_pat',
    gen: (r) => `github_pat_${r.str(SET.alnum, 22)}_${r.str(SET.alnum, 59)}`,
    names: [n('gh', 'token'), n('github', 'token')],
    curl: bearer('https://api.github.com/user'),
    count: 6,
  },
  // --- GitLab -------------------------------------------------------------------------------------
  {
    provider: 'gitlab',
    kind: 'glpat',
    gen: (r) => `glpat-${r.str(SET.base64url, 20)}`,
    names: [n('gitlab', 'token'), n('gl', 'token'), n('gitlab', 'private', 'token')],
    curl: header('PRIVATE-TOKEN', 'https://gitlab.com/api/v4/user'),
    terraform: tfProvider('gitlab', 'token'),
    count: 6,
  },
  {
    provider: 'gitlab',
    kind: 'glpat-routable',
    gen: (r) => `glpat-${b64url(r.bytes(r.int(27, 40)))}.01${r.str(SET.lowerDigits, 7)}`,
    names: [n('gitlab', 'token')],
    curl: header('PRIVATE-TOKEN', 'https://gitlab.com/api/v4/user'),
    count: 5,
  },
  { provider: 'gitlab', kind: 'glptt', gen: (r) => `glptt-${r.str(SET.hex, 40)}`, names: [n('trigger', 'token'), n('gitlab', 'trigger', 'token')], curl: (v) => `curl -X POST -F token=${v} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline`, count: 4 },
  // --- registries ---------------------------------------------------------------------------------
  {
    provider: 'npm',
    kind: 'npm_',
    gen: (r) => checksummed(r, 'npm'),
    names: [n('npm', 'token'), n('node', 'auth', 'token')],
    curl: bearer('https://registry.npmjs.org/-/whoami'),
    extra: [(v) => ({ path: '.npmrc', text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${v}\n` })],
    count: 8,
  },
  {
    provider: 'pypi',
    kind: 'pypi',
    gen: pypiToken,
    names: [n('pypi', 'token'), n('twine', 'password'), n('pypi', 'api', 'token')],
    curl: (v) => `twine upload -u __token__ -p ${v} dist/*`,
    extra: [(v) => ({ path: '.pypirc', text: `[distutils]\nindex-servers = pypi\n\n[pypi]\n  username = __token__\n  password = ${v}\n` })],
    count: 8,
  },
  // --- Slack --------------------------------------------------------------------------------------
  { provider: 'slack', kind: 'xoxb', gen: (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.str(SET.alnum, 24)}`, names: [n('slack', 'bot', 'token'), n('slack', 'token')], curl: bearer('https://slack.com/api/auth.test'), count: 6 },
  { provider: 'slack', kind: 'xoxp', gen: (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.str(SET.hex, 32)}`, names: [n('slack', 'user', 'token')], curl: bearer('https://slack.com/api/auth.test'), count: 5 },
  { provider: 'slack', kind: 'xapp', gen: (r) => `xapp-1-A${r.str(SET.upperDigits, 10)}-${r.digits(13)}-${r.str(SET.hex, 64)}`, names: [n('slack', 'app', 'token')], count: 5 },
  {
    provider: 'slack',
    kind: 'webhook',
    gen: (r) => `https://hooks.slack.com/services/T${r.str(SET.upperDigits, 8)}/B${r.str(SET.upperDigits, 10)}/${r.str(SET.alnum, 24)}`,
    names: [n('slack', 'webhook', 'url'), n('webhook', 'url')],
    expect: (v) => covers(v.slice(-24)),
    curl: (v) => `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ${v}`,
    count: 6,
  },
  // --- Stripe -------------------------------------------------------------------------------------
  {
    provider: 'stripe',
    kind: 'sk_live',
    gen: (r) => (r.chance(0.5) ? `sk_live_51${r.str(SET.alnum, 97)}` : `sk_live_${r.str(SET.alnum, 24)}`),
    names: [n('stripe', 'secret', 'key'), n('stripe', 'api', 'key')],
    curl: (v) => `curl https://api.stripe.com/v1/charges -u ${v}:`,
    count: 6,
  },
  { provider: 'stripe', kind: 'rk_live', gen: (r) => `rk_live_51${r.str(SET.alnum, 97)}`, names: [n('stripe', 'restricted', 'key')], curl: (v) => `curl https://api.stripe.com/v1/charges -u ${v}:`, count: 5 },
  // --- AWS (the key id alone; pairs are built below) ----------------------------------------------
  { provider: 'aws', kind: 'key-id', gen: (r) => awsKeyId(r, r.pick(['AKIA', 'AKIA', 'ASIA'])), names: [n('aws', 'access', 'key', 'id')], count: 6, curl: (v) => `AWS_ACCESS_KEY_ID=${v} aws sts get-caller-identity` },
  // --- AI -----------------------------------------------------------------------------------------
  {
    provider: 'openai',
    kind: 'sk-proj',
    gen: (r) => `sk-proj-${r.str(SET.base64url, 74)}T3BlbkFJ${r.str(SET.base64url, 74)}`,
    names: [n('openai', 'api', 'key')],
    curl: bearer('https://api.openai.com/v1/models'),
    count: 6,
  },
  { provider: 'openai', kind: 'sk-svcacct', gen: (r) => {
      // PROVIDERS.md says 58–74 per half; the lengths seen in practice (and in gitleaks) are 58 or 74.
      const len = r.pick([58, 74]);
      return `sk-svcacct-${r.str(SET.base64url, len)}T3BlbkFJ${r.str(SET.base64url, len)}`;
    }, names: [n('openai', 'api', 'key')], count: 4 },
  { provider: 'openai', kind: 'sk-admin', gen: (r) => `sk-admin-${r.str(SET.base64url, 58)}T3BlbkFJ${r.str(SET.base64url, 58)}`, names: [n('openai', 'admin', 'key')], count: 4 },
  { provider: 'openai', kind: 'sk-legacy', gen: (r) => `sk-${r.str(SET.alnum, 20)}T3BlbkFJ${r.str(SET.alnum, 20)}`, names: [n('openai', 'api', 'key')], curl: bearer('https://api.openai.com/v1/models'), count: 4 },
  {
    provider: 'anthropic',
    kind: 'api03',
    gen: (r) => `sk-ant-api03-${r.str(SET.base64url, 93)}AA`,
    names: [n('anthropic', 'api', 'key'), n('claude', 'api', 'key')],
    curl: (v) => `curl https://api.anthropic.com/v1/models -H "x-api-key: ${v}" -H "anthropic-version: 2023-06-01"`,
    count: 6,
  },
  { provider: 'anthropic', kind: 'admin01', gen: (r) => `sk-ant-admin01-${r.str(SET.base64url, 93)}AA`, names: [n('anthropic', 'admin', 'key')], count: 4 },
  {
    provider: 'google',
    kind: 'AIza',
    gen: (r) => `AIza${r.str(SET.base64url, 35)}`,
    names: [n('google', 'api', 'key'), n('gemini', 'api', 'key'), n('maps', 'api', 'key')],
    curl: (v) => `curl "https://generativelanguage.googleapis.com/v1/models?key=${v}"`,
    count: 8,
  },
  { provider: 'huggingface', kind: 'hf_', gen: (r) => `hf_${r.str(SET.alpha, 34)}`, names: [n('hf', 'token'), n('huggingface', 'hub', 'token')], curl: bearer('https://huggingface.co/api/whoami-v2'), count: 6 },
  { provider: 'huggingface', kind: 'api_org_', gen: (r) => `api_org_${r.str(SET.alpha, 34)}`, names: [n('hf', 'org', 'token')], count: 3 },
  // --- cloud / platforms --------------------------------------------------------------------------
  { provider: 'digitalocean', kind: 'dop_v1', gen: (r) => `dop_v1_${r.str(SET.hex, 64)}`, names: [n('digitalocean', 'token'), n('do', 'api', 'token')], terraform: tfProvider('digitalocean', 'token'), curl: bearer('https://api.digitalocean.com/v2/account'), count: 6 },
  { provider: 'digitalocean', kind: 'doo_v1', gen: (r) => `doo_v1_${r.str(SET.hex, 64)}`, names: [n('digitalocean', 'access', 'token')], count: 3 },
  { provider: 'doppler', kind: 'dp.pt', gen: (r) => `dp.pt.${r.str(SET.alnum, 43)}`, names: [n('doppler', 'token')], curl: bearer('https://api.doppler.com/v3/me'), count: 5 },
  { provider: 'doppler', kind: 'dp.st', gen: (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.str(SET.alnum, 40)}`, names: [n('doppler', 'token'), n('doppler', 'service', 'token')], count: 4 },
  { provider: 'doppler', kind: 'dp.ct', gen: (r) => `dp.ct.${r.str(SET.alnum, 43)}`, names: [n('doppler', 'token')], count: 3 },
  { provider: 'sentry', kind: 'sntryu', gen: (r) => `sntryu_${r.str(SET.hex, 64)}`, names: [n('sentry', 'auth', 'token')], curl: bearer('https://sentry.io/api/0/auth/validate/'), count: 5 },
  {
    provider: 'sentry',
    kind: 'sntrys',
    gen: (r) =>
      `sntrys_${b64(JSON.stringify({ iat: 1_700_000_000 + r.int(0, 9e7) + r.int(0, 999) / 1000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: `acme-${r.str(SET.lower, 5)}` }))}_${r.str(SET.base64, 43)}`,
    names: [n('sentry', 'auth', 'token')],
    count: 5,
  },
  { provider: 'heroku', kind: 'HRKU', gen: (r) => `HRKU-AA${r.str(SET.base64url, 58)}`, names: [n('heroku', 'api', 'key')], terraform: tfProvider('heroku', 'api_key', 'email   = "ops@acme.io"'), curl: bearer('https://api.heroku.com/account'), count: 6 },
  { provider: 'heroku', kind: 'legacy-uuid', gen: (r) => r.uuid(), names: [n('heroku', 'api', 'key')], contexts: ['env', 'yaml', 'shell', 'gh-actions', 'json', 'python'], count: 4 },
  // --- messaging / email --------------------------------------------------------------------------
  { provider: 'sendgrid', kind: 'SG', gen: (r) => `SG.${r.str(SET.base64url, 22)}.${r.str(SET.base64url, 43)}`, names: [n('sendgrid', 'api', 'key'), n('smtp', 'password')], curl: bearer('https://api.sendgrid.com/v3/scopes'), count: 8 },
  { provider: 'mailgun', kind: 'key-', gen: (r) => `key-${r.str(SET.hex, 32)}`, names: [n('mailgun', 'api', 'key')], curl: (v) => `curl -s --user 'api:${v}' https://api.mailgun.net/v3/domains`, count: 5 },
  { provider: 'mailgun', kind: 'new', gen: (r) => `${r.str(SET.hex, 32)}-${r.str(SET.hex, 8)}-${r.str(SET.hex, 8)}`, names: [n('mailgun', 'api', 'key')], curl: (v) => `curl -s --user 'api:${v}' https://api.mailgun.net/v3/domains`, count: 4 },
  { provider: 'discord', kind: 'bot', gen: (r) => `${b64NoPad(r.digits(r.int(18, 19)))}.${r.str(SET.base64url, 6)}.${r.str(SET.base64url, r.pick([27, 38]))}`, names: [n('discord', 'bot', 'token'), n('discord', 'token')], curl: (v) => `curl -H "Authorization: Bot ${v}" https://discord.com/api/v10/users/@me`, count: 8 },
  { provider: 'telegram', kind: 'bot', gen: (r) => `${r.digits(r.int(8, 10))}:AA${r.str(SET.base64url, 33)}`, names: [n('telegram', 'bot', 'token'), n('tg', 'bot', 'token')], curl: (v) => `curl "https://api.telegram.org/bot${v}/getMe"`, count: 8 },
  // --- commerce / payments ------------------------------------------------------------------------
  { provider: 'shopify', kind: 'shpat', gen: (r) => `shpat_${r.str(SET.hex, 32)}`, names: [n('shopify', 'access', 'token'), n('shopify', 'admin', 'token')], curl: header('X-Shopify-Access-Token', 'https://acme.myshopify.com/admin/api/2024-01/shop.json'), count: 5 },
  { provider: 'shopify', kind: 'shpss', gen: (r) => `shpss_${r.str(SET.hex, 32)}`, names: [n('shopify', 'api', 'secret')], count: 3 },
  { provider: 'shopify', kind: 'shpca', gen: (r) => `shpca_${r.str(SET.hex, 32)}`, names: [n('shopify', 'token')], count: 3 },
  { provider: 'square', kind: 'EAAA', gen: (r) => `EAAA${r.str(SET.base64url, 60)}`, names: [n('square', 'access', 'token')], curl: bearer('https://connect.squareup.com/v2/merchants'), count: 5 },
  { provider: 'square', kind: 'sq0atp', gen: (r) => `sq0atp-${r.str(SET.base64url, 22)}`, names: [n('square', 'access', 'token')], count: 3 },
  { provider: 'square', kind: 'sq0csp', gen: (r) => `sq0csp-${r.str(SET.base64url, 43)}`, names: [n('square', 'oauth', 'secret')], count: 3 },
  // --- developer tools ----------------------------------------------------------------------------
  { provider: 'postman', kind: 'PMAK', gen: (r) => `PMAK-${r.str(SET.hex, 24)}-${r.str(SET.hex, 34)}`, names: [n('postman', 'api', 'key')], curl: header('X-Api-Key', 'https://api.getpostman.com/me'), count: 8 },
  {
    provider: 'databricks',
    kind: 'dapi',
    gen: (r) => `dapi${r.str(SET.hex, 32)}${r.chance(0.3) ? '-2' : ''}`,
    names: [n('databricks', 'token')],
    terraform: tfProvider('databricks', 'token', 'host  = "https://adb-4081727301.12.azuredatabricks.net"'),
    curl: bearer('https://adb-4081727301.12.azuredatabricks.net/api/2.0/clusters/list'),
    count: 8,
  },
  { provider: 'vault', kind: 'hvs', gen: (r) => `hvs.CAESI${r.str(SET.base64url, r.int(86, 90))}`, names: [n('vault', 'token')], curl: header('X-Vault-Token', 'https://vault.acme.io:8200/v1/auth/token/lookup-self'), count: 6 },
  { provider: 'vault', kind: 'hvb', gen: (r) => `hvb.AAAAAQ${r.str(SET.base64url, r.int(140, 160))}`, names: [n('vault', 'token')], count: 3 },
  {
    provider: 'terraform-cloud',
    kind: 'atlasv1',
    gen: (r) => `${r.str(SET.alnum, 14)}.atlasv1.${r.str(SET.base64url, 67)}`,
    names: [n('tfe', 'token'), n('tf', 'api', 'token')],
    curl: bearer('https://app.terraform.io/api/v2/account/details'),
    extra: [(v) => ({ path: '.terraformrc', text: `credentials "app.terraform.io" {\n  token = "${v}"\n}\n` })],
    count: 8,
  },
  { provider: 'pulumi', kind: 'pul-', gen: (r) => `pul-${r.str(SET.hex, 40)}`, names: [n('pulumi', 'access', 'token')], curl: (v) => `curl -H "Authorization: token ${v}" https://api.pulumi.com/api/user/stacks`, count: 8 },
  { provider: 'grafana', kind: 'glsa', gen: (r) => `glsa_${r.str(SET.alnum, 32)}_${r.str(SET.hex, 8)}`, names: [n('grafana', 'service', 'account', 'token'), n('grafana', 'token')], curl: bearer('https://acme.grafana.net/api/search'), count: 5 },
  {
    provider: 'grafana',
    kind: 'glc',
    gen: (r) => `glc_${b64(JSON.stringify({ o: r.digits(6), n: `stack-${r.digits(6)}-hm-write-${r.str(SET.lower, 6)}`, k: r.str(SET.alnum, 24), m: { r: r.pick(['prod-us-east-0', 'prod-eu-west-2']) } }))}`,
    names: [n('grafana', 'cloud', 'token')],
    count: 5,
  },
  { provider: 'grafana', kind: 'eyJrIjoi', gen: (r) => b64(JSON.stringify({ k: r.str(SET.alnum, 32), n: `ci-${r.str(SET.lower, 5)}`, id: r.int(1, 99) })), names: [n('grafana', 'api', 'key')], count: 3 },
  { provider: 'newrelic', kind: 'NRAK', gen: (r) => `NRAK-${r.str(SET.upperDigits, 27)}`, names: [n('new', 'relic', 'api', 'key'), n('newrelic', 'user', 'key')], curl: header('X-Api-Key', 'https://api.newrelic.com/v2/users.json'), count: 5 },
  { provider: 'newrelic', kind: 'license-NRAL', gen: (r) => `${r.str(SET.hex, 36)}NRAL`, names: [n('new', 'relic', 'license', 'key')], count: 3 },
  {
    provider: 'mapbox',
    kind: 'sk.eyJ',
    gen: (r) => `sk.${b64url(JSON.stringify({ u: `acme-${r.str(SET.lower, 5)}`, a: `cl${r.str(SET.lowerDigits, 23)}` }))}.${r.str(SET.base64url, 22)}`,
    names: [n('mapbox', 'secret', 'token'), n('mapbox', 'downloads', 'token')],
    curl: (v) => `curl "https://api.mapbox.com/tokens/v2?access_token=${v}"`,
    count: 8,
  },
  { provider: 'figma', kind: 'figd', gen: (r) => `figd_${r.str(SET.base64url, 40)}`, names: [n('figma', 'token'), n('figma', 'access', 'token')], curl: header('X-Figma-Token', 'https://api.figma.com/v1/me'), count: 8 },
  { provider: 'notion', kind: 'ntn', gen: (r) => `ntn_${r.digits(11)}${r.str(SET.alnum, 35)}`, names: [n('notion', 'api', 'key'), n('notion', 'token')], curl: (v) => `curl https://api.notion.com/v1/users/me -H "Authorization: Bearer ${v}" -H "Notion-Version: 2022-06-28"`, count: 5 },
  { provider: 'notion', kind: 'secret_', gen: (r) => `secret_${r.str(SET.alnum, 43)}`, names: [n('notion', 'token')], count: 3 },
  { provider: 'cloudflare', kind: 'cfut', gen: (r) => `cfut_${r.str(SET.alnum, 40)}${r.str(SET.hex, 8)}`, names: [n('cloudflare', 'api', 'token')], terraform: tfProvider('cloudflare', 'api_token'), curl: bearer('https://api.cloudflare.com/client/v4/user/tokens/verify'), count: 5 },
  { provider: 'cloudflare', kind: 'legacy-token', gen: (r) => r.str(SET.base64url, 40), names: [n('cloudflare', 'api', 'token'), n('cf', 'api', 'token')], terraform: tfProvider('cloudflare', 'api_token'), curl: bearer('https://api.cloudflare.com/client/v4/user/tokens/verify'), count: 4 },
  { provider: 'cloudflare', kind: 'global-key', gen: (r) => r.str(SET.hex, 37), names: [n('cloudflare', 'api', 'key')], terraform: tfProvider('cloudflare', 'api_key', 'email   = "ops@acme.io"'), count: 4 },
  { provider: 'cloudflare', kind: 'origin-ca', gen: (r) => `v1.0-${r.str(SET.hex, 24)}-${r.str(SET.hex, 146)}`, names: [n('cloudflare', 'origin', 'ca', 'key')], count: 3 },
  {
    provider: 'datadog',
    kind: 'api-key',
    gen: (r) => r.str(SET.hex, 32),
    names: [n('dd', 'api', 'key'), n('datadog', 'api', 'key')],
    curl: header('DD-API-KEY', 'https://api.datadoghq.com/api/v1/validate'),
    terraform: tfProvider('datadog', 'api_key'),
    count: 6,
  },
  { provider: 'datadog', kind: 'app-key', gen: (r) => r.str(SET.hex, 40), names: [n('dd', 'app', 'key'), n('datadog', 'app', 'key')], curl: (v) => `curl -H "DD-API-KEY: \${DD_API_KEY}" -H "DD-APPLICATION-KEY: ${v}" https://api.datadoghq.com/api/v1/dashboard`, count: 5 },
  { provider: 'linear', kind: 'lin_api', gen: (r) => `lin_api_${r.str(SET.alnum, 40)}`, names: [n('linear', 'api', 'key')], curl: (v) => `curl -X POST -H "Authorization: ${v}" -H "Content-Type: application/json" --data '{"query":"{ viewer { id } }"}' https://api.linear.app/graphql`, count: 8 },
  {
    provider: 'atlassian',
    kind: 'ATATT',
    gen: (r) => `ATATT3xFfGF0${r.str(SET.base64url, r.int(170, 190))}=${r.str(SET.HEX, 8)}`,
    names: [n('jira', 'api', 'token'), n('atlassian', 'api', 'token'), n('confluence', 'token')],
    curl: (v) => `curl -u ops@acme.io:${v} https://acme.atlassian.net/rest/api/3/myself`,
    count: 8,
  },
  { provider: 'azure', kind: 'entra-secret', gen: (r) => `${r.str(`${SET.alnum}_~.`, 3)}${r.int(0, 9)}Q~${r.str(`${SET.alnum}_~.-`, 34)}`, names: [n('azure', 'client', 'secret')], count: 6 },
  {
    provider: 'azure',
    kind: 'storage-key',
    gen: (r) => `DefaultEndpointsProtocol=https;AccountName=acme${r.str(SET.lowerDigits, 6)};AccountKey=${b64(r.bytes(64))};EndpointSuffix=core.windows.net`,
    names: [n('azure', 'storage', 'connection', 'string')],
    expect: (v) => covers(/AccountKey=([^;]+)/.exec(v)![1]!),
    count: 5,
  },
  { provider: 'azure', kind: 'devops-pat', gen: (r) => `${r.str(SET.alnum, 76)}AZDO${r.str(SET.alnum, 4)}`, names: [n('azure', 'devops', 'pat'), n('azure', 'devops', 'ext', 'pat')], count: 4 },
  { provider: 'buildkite', kind: 'bkua', gen: (r) => `bkua_${r.str(SET.alnum, 40)}`, names: [n('buildkite', 'api', 'token')], curl: bearer('https://api.buildkite.com/v2/access-token'), count: 8 },
  // --- generic shapes -----------------------------------------------------------------------------
  {
    provider: 'jwt',
    kind: 'HS256',
    gen: (r) => jwt(r, 'HS256'),
    names: [n('auth', 'token'), n('access', 'token'), n('supabase', 'service', 'role', 'key'), n('id', 'token')],
    curl: bearer('https://api.acme.io/v1/me'),
    count: 6,
  },
  { provider: 'jwt', kind: 'RS256', gen: (r) => jwt(r, 'RS256'), names: [n('access', 'token'), n('jwt')], curl: bearer('https://api.acme.io/v1/me'), count: 5 },
];

const host = (r: Rng): string => r.pick(['db.internal', 'prod-db.c9xk2.eu-west-1.rds.amazonaws.com', '10.0.3.17', 'postgres.acme.io']);
const dbUser = (r: Rng): string => r.pick(['app', 'billing', 'admin', 'svc_reports', 'root']);
const dbPassword = (r: Rng): string => r.str(r.chance(0.5) ? SET.alnum : SET.urlSafe, r.int(14, 32));

const URL_SPECS: Spec[] = [
  { provider: 'database-url', kind: 'postgres', gen: (r) => `${r.pick(['postgres', 'postgresql'])}://${dbUser(r)}:${dbPassword(r)}@${host(r)}:5432/${r.pick(['app', 'billing'])}`, names: [n('database', 'url'), n('sqlalchemy', 'database', 'uri')], expect: urlPassword, curl: (v) => `psql "${v}" -c 'select 1'`, count: 8 },
  { provider: 'database-url', kind: 'mysql', gen: (r) => `mysql://${dbUser(r)}:${dbPassword(r)}@${host(r)}:3306/app`, names: [n('database', 'url'), n('mysql', 'url')], expect: urlPassword, count: 5 },
  { provider: 'database-url', kind: 'mongodb+srv', gen: (r) => `mongodb+srv://${dbUser(r)}:${dbPassword(r)}@cluster0.${r.str(SET.lowerDigits, 5)}.mongodb.net/app?retryWrites=true&w=majority`, names: [n('mongodb', 'uri'), n('mongo', 'url')], expect: urlPassword, count: 6 },
  { provider: 'database-url', kind: 'redis', gen: (r) => `${r.pick(['redis', 'rediss'])}://${r.pick(['', 'default'])}:${dbPassword(r)}@${host(r)}:6379/0`, names: [n('redis', 'url')], expect: urlPassword, count: 5 },
  { provider: 'database-url', kind: 'amqp', gen: (r) => `${r.pick(['amqp', 'amqps'])}://${dbUser(r)}:${dbPassword(r)}@rabbit.acme.io:5672/prod`, names: [n('amqp', 'url'), n('broker', 'url')], expect: urlPassword, count: 4 },
  {
    provider: 'database-url',
    kind: 'jdbc',
    gen: (r) => `jdbc:postgresql://${host(r)}:5432/app?user=${dbUser(r)}&password=${r.str(SET.alnum, r.int(14, 28))}`,
    names: [n('spring', 'datasource', 'url'), n('jdbc', 'url')],
    expect: (v) => covers(/password=([^&]+)/.exec(v)![1]!),
    count: 4,
  },
  {
    provider: 'database-url',
    kind: 'ado-net',
    gen: (r) => `Server=tcp:acme-${r.str(SET.lower, 5)}.database.windows.net,1433;Initial Catalog=app;User ID=${dbUser(r)};Password=${r.str(SET.alnum, r.int(14, 28))};Encrypt=True;`,
    names: [n('connection', 'string'), n('sql', 'connection', 'string')],
    expect: (v) => covers(/Password=([^;]+)/.exec(v)![1]!),
    count: 4,
  },
  {
    provider: 'basic-auth-url',
    kind: 'https',
    gen: (r) => `https://${r.pick(['deploy', 'ci-bot', 'jenkins', 'admin'])}:${dbPassword(r)}@${r.pick(['nexus.acme.io/repository/npm-private/', 'pypi.acme.io/simple', 'git.acme.io/team/app.git', 'artifacts.acme.io/libs-release'])}`,
    names: [n('registry', 'url'), n('pip', 'index', 'url'), n('artifactory', 'url')],
    expect: urlPassword,
    curl: (v) => `curl -fsSL ${v} -o artifact.tgz`,
    extra: [
      (v) => ({ path: '.gitmodules', text: `[submodule "shared"]\n\tpath = shared\n\turl = ${v}\n` }),
      (v) => ({ path: 'pip.conf', text: `[global]\nindex-url = ${v}\ntimeout = 60\n` }),
    ],
    count: 8,
  },
];

const GENERIC_SPECS: Spec[] = [
  {
    provider: 'generic',
    kind: 'password',
    gen: (r) => r.str(SET.passwordish, r.int(16, 28)),
    names: [n('db', 'password'), n('password'), n('smtp', 'password'), n('admin', 'password')],
    curl: (v) => `curl -u "admin:${v}" https://jenkins.acme.io/api/json`,
    extra: [(v) => ({ path: '.netrc', text: `machine git.acme.io\n  login ci-bot\n  password ${v}\n` })],
    count: 10,
  },
  { provider: 'generic', kind: 'api-key', gen: (r) => r.str(SET.alnum, r.int(24, 40)), names: [n('api', 'key'), n('service', 'api', 'key'), n('apikey')], curl: header('X-API-Key', 'https://api.acme.io/v1/reports'), count: 10 },
  { provider: 'generic', kind: 'secret-hex', gen: (r) => r.str(SET.hex, r.pick([32, 64])), names: [n('secret', 'key'), n('app', 'secret'), n('encryption', 'key')], count: 8 },
  { provider: 'generic', kind: 'client-secret', gen: (r) => r.str(SET.base64url, r.int(30, 48)), names: [n('client', 'secret'), n('oauth', 'client', 'secret')], count: 8 },
  { provider: 'generic', kind: 'auth-token', gen: (r) => r.str(SET.alnum, r.int(32, 48)), names: [n('auth', 'token'), n('access', 'token'), n('bearer', 'token')], curl: bearer('https://api.acme.io/v1/me'), count: 8 },
];

/** Builds one case per (spec, context) rotation step, plus each spec's bespoke extras. */
function specCases(specs: Spec[], r: Rng, offset: number, set: CorpusSet = 'main'): Case[] {
  const out: Case[] = [];
  specs.forEach((spec, si) => {
    const contexts = set === 'holdout' ? HOLDOUT_CONTEXTS : (spec.contexts ?? CONTEXTS);
    const count = spec.count ?? 5;
    for (let i = 0; i < count; i++) {
      const ctx = contexts[(offset + si * 5 + i) % contexts.length]!;
      const value = spec.gen(r);
      const assign: Assign = { name: r.pick(spec.names), value };
      const { path, text } = render(ctx, [assign], r, { ...(spec.curl ? { curl: spec.curl } : {}), ...(spec.terraform ? { terraform: spec.terraform } : {}) });
      out.push({ id: `${spec.provider}/${spec.kind}#${i}`, group: spec.provider, kind: `${spec.provider}:${spec.kind}`, context: ctx, path, text, expect: [(spec.expect ?? exact)(value)] });
    }
    if (set === 'holdout') return;
    (spec.extra ?? []).forEach((extra, ei) => {
      const value = spec.gen(r);
      const { path, text } = extra(value, r);
      out.push({ id: `${spec.provider}/${spec.kind}#x${ei}`, group: spec.provider, kind: `${spec.provider}:${spec.kind}`, context: `file:${path}`, path, text, expect: [(spec.expect ?? exact)(value)] });
    });
  });
  return out;
}

const exact = (secret: string): Expect => ({ secret, mode: 'exact' });

/** AWS key id + secret access key together, the way they are always leaked. */
function awsPairs(r: Rng, offset: number, set: CorpusSet = 'main'): Case[] {
  const out: Case[] = [];
  const ctxs = set === 'holdout' ? HOLDOUT_CONTEXTS : ([...CONTEXTS, 'aws-credentials', 'terraform-provider'] as const);
  for (let i = 0; i < 12; i++) {
    const ctx = ctxs[(offset + i) % ctxs.length]!;
    const id = awsKeyId(r, 'AKIA');
    const secret = r.str(SET.base64, 40);
    let rendered: Rendered;
    if (ctx === 'aws-credentials') {
      rendered = { path: '.aws/credentials', text: `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\nregion = us-east-1\n` };
    } else if (ctx === 'terraform-provider') {
      rendered = { path: 'infra/provider.tf', text: `provider "aws" {\n  region     = "us-east-1"\n  access_key = "${id}"\n  secret_key = "${secret}"\n}\n` };
    } else {
      rendered = render(
        ctx,
        [
          { name: n('aws', 'access', 'key', 'id'), value: id },
          { name: n('aws', 'secret', 'access', 'key'), value: secret },
        ],
        r,
        { curl: () => `AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${secret} aws s3 ls s3://acme-backups` },
      );
    }
    out.push({ id: `aws/pair#${i}`, group: 'aws', kind: 'aws:key-id+secret', context: ctx, ...rendered, expect: [exact(id), exact(secret)] });
  }
  return out;
}

/** Twilio: account SID + auth token (the token is the secret), and API key SID + secret (the SK id is reported). */
function twilio(r: Rng, offset: number, set: CorpusSet = 'main'): Case[] {
  const out: Case[] = [];
  const ctxs = set === 'holdout' ? HOLDOUT_CONTEXTS : CONTEXTS;
  for (let i = 0; i < 10; i++) {
    const ctx = ctxs[(offset + 3 + i) % ctxs.length]!;
    const apiKey = i % 2 === 1;
    const sid = apiKey ? `SK${r.str(SET.hex, 32)}` : `AC${r.str(SET.hex, 32)}`;
    const secret = apiKey ? r.str(SET.alnum, 32) : r.str(SET.hex, 32);
    const assigns: Assign[] = apiKey
      ? [
          { name: n('twilio', 'api', 'key'), value: sid },
          { name: n('twilio', 'api', 'secret'), value: secret },
        ]
      : [
          { name: n('twilio', 'account', 'sid'), value: sid },
          { name: n('twilio', 'auth', 'token'), value: secret },
        ];
    const rendered = render(ctx, assigns, r, { curl: () => `curl -X GET https://api.twilio.com/2010-04-01/Accounts.json -u ${sid}:${secret}` });
    out.push({ id: `twilio/${apiKey ? 'api-key' : 'auth-token'}#${i}`, group: 'twilio', kind: apiKey ? 'twilio:SK' : 'twilio:auth-token', context: ctx, ...rendered, expect: [exact(apiKey ? sid : secret)] });
  }
  return out;
}

function privateKeys(r: Rng, offset: number): Case[] {
  const out: Case[] = [];
  KEY_KINDS.forEach((kind, ki) => {
    const ctxs = keyContextsFor(kind);
    for (let i = 0; i < 5; i++) {
      const ctx = ctxs[(offset + ki * 3 + i) % ctxs.length]!;
      const key = makeKey(kind, r);
      const rendered = renderKey(ctx, key, r);
      out.push({ id: `private-key/${kind}#${i}`, group: 'private-key', kind: `private-key:${kind}`, context: ctx, ...rendered, expect: [covers(key.core)] });
    }
  });
  return out;
}

/** GCP service-account JSON: the private key inside, with `\n` escapes. */
function gcpServiceAccounts(r: Rng, offset: number): Case[] {
  const out: Case[] = [];
  const ctxs = ['json-file', 'k8s-base64', 'env-inline', 'terraform-heredoc', 'python-dict'] as const;
  for (let i = 0; i < 6; i++) {
    const ctx = ctxs[(offset + i) % ctxs.length]!;
    const key = pkcs8RsaPem(r);
    const project = `acme-${r.str(SET.lower, 6)}-${r.digits(6)}`;
    const sa = {
      type: 'service_account',
      project_id: project,
      private_key_id: r.str(SET.hex, 40),
      private_key: `${key.text}\n`,
      client_email: `deployer@${project}.iam.gserviceaccount.com`,
      client_id: r.digits(21),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/deployer%40${project}.iam.gserviceaccount.com`,
      universe_domain: 'googleapis.com',
    };
    const pretty = JSON.stringify(sa, null, 2);
    let rendered: Rendered;
    switch (ctx) {
      case 'json-file':
        rendered = { path: r.pick(['gcp-key.json', 'credentials/service-account.json']), text: `${pretty}\n` };
        break;
      case 'k8s-base64':
        rendered = { path: 'k8s/gcp-credentials.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gcp-credentials\ntype: Opaque\ndata:\n  key.json: ${b64(pretty)}\n` };
        break;
      case 'env-inline':
        rendered = { path: '.env', text: `GOOGLE_CLOUD_PROJECT=${project}\nGOOGLE_CREDENTIALS='${JSON.stringify(sa)}'\n` };
        break;
      case 'terraform-heredoc':
        rendered = { path: 'infra/google.tf', text: `provider "google" {\n  project     = "${project}"\n  credentials = <<EOF\n${pretty}\nEOF\n}\n` };
        break;
      case 'python-dict':
        rendered = { path: 'scripts/upload.py', text: `from google.oauth2 import service_account\n\nINFO = ${pretty.replace(/\n/g, '\n')}\ncreds = service_account.Credentials.from_service_account_info(INFO)\n` };
        break;
    }
    out.push({ id: `gcp/service-account#${i}`, group: 'gcp', kind: 'gcp:service-account-json', context: ctx, ...rendered, expect: [covers(key.core)] });
  }
  return out;
}

/** `user:password` in base64: docker config, Basic headers, npm `_auth`, a dockerconfigjson Secret. */
function basicAuthEncoded(r: Rng, offset: number): Case[] {
  const out: Case[] = [];
  const ctxs = ['docker-config', 'curl-basic', 'npmrc-auth', 'k8s-dockerconfigjson', 'python-basic'] as const; // leakward:allow (context names)
  for (let i = 0; i < 10; i++) {
    const ctx = ctxs[(offset + i) % ctxs.length]!;
    const user = r.pick(['deploy', 'ci-bot', 'robot$acme+ci', 'svc-build']);
    const password = r.str(SET.alnum, r.int(16, 32));
    const blob = b64(`${user}:${password}`);
    const docker = `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${blob}"\n    }\n  }\n}`;
    let rendered: Rendered;
    switch (ctx) {
      case 'docker-config':
        rendered = { path: r.pick(['.docker/config.json', 'ci/docker-config.json']), text: `${docker}\n` };
        break;
      case 'curl-basic':
        rendered = { path: 'scripts/publish.sh', text: `curl -fsS -H "Authorization: Basic ${blob}" -T build/app.tgz https://artifacts.acme.io/repo/app.tgz\n` };
        break;
      case 'npmrc-auth':
        rendered = { path: '.npmrc', text: `registry=https://npm.acme.io/\n_auth=${blob}\nalways-auth=true\n` };
        break;
      case 'k8s-dockerconfigjson':
        rendered = { path: 'k8s/regcred.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64(docker)}\n` };
        break;
      case 'python-basic':
        rendered = { path: 'scripts/sync.py', text: `import requests\n\nHEADERS = {"Authorization": "Basic ${blob}"}\nrequests.get("https://jira.acme.io/rest/api/2/myself", headers=HEADERS)\n` };
        break;
    }
    out.push({ id: `basic-auth-encoded/${ctx}#${i}`, group: 'basic-auth-encoded', kind: 'basic-auth-encoded:user:password', context: ctx, ...rendered, expect: [{ secret: password, mode: 'covers', alternatives: [blob] }] });
  }
  return out;
}

/** `main` is the asserted corpus; `holdout` renders the same kinds in contexts the main corpus never uses. */
export type CorpusSet = 'main' | 'holdout';

export function positiveCases(seed: number, set: CorpusSet = 'main'): Case[] {
  const r = new Rng(seed);
  const offset = seed % 17;
  if (set === 'holdout') {
    return [
      ...specCases(SPECS, r, offset, set),
      ...awsPairs(r, offset, set),
      ...twilio(r, offset, set),
      ...specCases(URL_SPECS, r, offset + 7, set),
      ...specCases(GENERIC_SPECS, r, offset + 11, set),
    ];
  }
  return [
    ...specCases(SPECS, r, offset),
    ...awsPairs(r, offset),
    ...twilio(r, offset),
    ...privateKeys(r, offset),
    ...gcpServiceAccounts(r, offset),
    ...basicAuthEncoded(r, offset),
    ...specCases(URL_SPECS, r, offset + 7),
    ...specCases(GENERIC_SPECS, r, offset + 11),
  ];
}
