/**
 * Decoys: text that looks a bit like a secret but is not one. Every decoy must produce no finding.
 *
 * Policy decisions (documented here and in the report):
 * - Documented example credentials (AWS's AKIAIOSFODNN7EXAMPLE / wJalr…EXAMPLEKEY, the jwt.io sample
 *   token) are decoys: they are published on purpose and reporting them is noise.
 * - Stripe `sk_test_` keys with random bodies are *neither* positives nor decoys: they grant access to
 *   test-mode data only, and the rule set reports them at low confidence. They are measured separately
 *   ("informational") and never counted. Placeholder `sk_test_` values (`sk_test_xxx…`) are decoys.
 * - Public-by-design values (Stripe `pk_live_`, Mapbox `pk.` tokens, a Sentry DSN) are decoys.
 * - GitHub/npm tokens whose CRC32 does not match are decoys even in `GITHUB_TOKEN=` context: the
 *   checksum proves the provider never issued them.
 */
import type { Case } from './cases.js';
import { type Assign, CONTEXTS, type ContextId, HOLDOUT_CONTEXTS, lowerSnake, render, type Rendered, type Words } from './contexts.js';
import { certificatePem, publicKeyPem, sshPublicKey } from './keys.js';
import { b64, b64url, badChecksum, Rng, SET, wrap } from './rng.js';

type Made = Rendered & { sub: string; context?: string };
type Maker = (r: Rng, i: number, ctx: ContextId) => Made;

interface DecoyKind {
  kind: string;
  count: number;
  make: Maker;
}

const n = (...w: string[]): Words => w;
/**
 * A decoy value in a context. In the curl context the value goes into a query parameter, not an
 * Authorization header: a random value sent as a bearer token *is* a credential. Placeholders keep the
 * header (`Authorization: Bearer <YOUR_TOKEN>` is what docs say).
 */
const inCtx = (ctx: ContextId, r: Rng, name: Words, value: string, sub: string, asAuth = false): Rendered & { sub: string } => ({
  ...render(ctx, [{ name, value }], r, asAuth ? {} : { curl: (v) => `curl -sS "https://api.example.com/v1/lookup?${lowerSnake(name)}=${v}"` }),
  sub,
});
const inCtxMany = (ctx: ContextId, r: Rng, assigns: Assign[], sub: string): Rendered & { sub: string } => ({ ...render(ctx, assigns, r), sub });
const file = (path: string, text: string, sub: string): Made => ({ path, text, sub, context: `file:${path.split('/').pop()}` });

const hex = (r: Rng, len: number): string => r.str(SET.hex, len);

/** A PNG: real signature + IHDR, then random bytes — what an inlined image looks like. */
function pngBase64(r: Rng, size: number): string {
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  return b64(Buffer.concat([head, r.bytes(size)]));
}

/** A source map whose "mappings" field is VLQ, as bundlers emit. */
function sourceMap(r: Rng): string {
  const seg = (): string => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', r.int(4, 6));
  const groups = Array.from({ length: r.int(30, 60) }, () => Array.from({ length: r.int(1, 6) }, seg).join(','));
  return JSON.stringify({ version: 3, file: 'index.js', sources: ['../src/index.ts', '../src/util.ts'], names: ['render', 'props', 'state'], mappings: groups.join(';') });
}

const SECRETISH_NAMES: Words[] = [n('github', 'token'), n('api', 'key'), n('password'), n('db', 'password'), n('secret', 'key'), n('auth', 'token'), n('stripe', 'secret', 'key'), n('client', 'secret')];

const PLACEHOLDERS = [
  'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  '<YOUR_TOKEN>',
  'your-api-key-here',
  'changeme',
  '${SECRET}',
  '${{ secrets.GITHUB_TOKEN }}',
  '{{ .Values.token }}',
  '%(password)s',
  '****',
  '********************',
  'REPLACE_ME',
  '<redacted>',
  'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
  'sk_test_XXXXXXXXXXXXXXXXXXXXXXXX',
  'sk-proj-...',
  'AKIAXXXXXXXXXXXXXXXX',
  'xoxb-your-bot-token',
  'xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
  'glpat-xxxxxxxxxxxxxxxxxxxx',
  'npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  'sk-ant-api03-...',
  'AIzaSy...',
  'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'TODO',
  'dummy',
  '<insert-secret>',
  'YOUR_SECRET_KEY',
  '$(cat /run/secrets/api_key)',
  'vault:secret/data/billing#api_key',
  'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/billing-AbCdEf',
  '${env:API_TOKEN}',
  '#{apiKey}',
  'op://Engineering/Billing/api-key',
  'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  '0000000000000000000000000000000000000000',
  'sk_live_...',
  'ENTER_PASSWORD_HERE',
  '<password>',
  '[REDACTED]',
  'none',
];

/** Code that reads a secret from somewhere else: nothing is leaked. */
const EXPRESSIONS: Array<(r: Rng) => Rendered> = [
  () => ({ path: 'src/db.ts', text: "import { getPassword } from './vault';\n\nconst password = getPassword();\nexport const pool = new Pool({ user: 'app', password });\n" }),
  () => ({ path: 'src/github.ts', text: 'export const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });\nconst token = process.env.TOKEN ?? "";\n' }),
  () => ({ path: 'app/settings.py', text: 'import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDATABASE_PASSWORD = os.getenv("DB_PASSWORD", "")\nAPI_KEY = os.environ.get("API_KEY")\n' }),
  () => ({ path: 'app/forms.py', text: 'class LoginForm(Form):\n    password = PasswordField("Password", validators=[DataRequired()])\n    password_confirm = PasswordField("Repeat password")\n' }),
  () => ({ path: 'app/models.py', text: 'class Settings(BaseSettings):\n    api_key: SecretStr = Field(..., env="API_KEY")\n    db_password: str = Field(default="")\n' }),
  () => ({ path: 'cmd/server/main.go', text: 'func loadConfig() Config {\n\treturn Config{\n\t\tAPIKey:   os.Getenv("API_KEY"),\n\t\tPassword: mustSecret("db-password"),\n\t}\n}\n' }),
  () => ({ path: 'src/main/java/com/acme/Db.java', text: 'String password = System.getenv("DB_PASSWORD");\nString apiKey = config.getString("api.key");\nchar[] secret = console.readPassword("Secret: ");\n' }),
  () => ({ path: 'src/auth.ts', text: "if (password !== confirmPassword) throw new Error('passwords differ');\nconst token = await getAccessToken(clientId, clientSecret);\nheaders.set('Authorization', `Bearer ${token}`);\n" }),
  () => ({ path: 'templates/login.html', text: '<form method="post">\n  <input type="password" name="password" autocomplete="current-password" placeholder="Password">\n  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">\n</form>\n' }),
  () => ({ path: 'charts/app/templates/deployment.yaml', text: 'env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: app-secrets\n        key: api-token\n  - name: DB_PASSWORD\n    value: {{ .Values.db.password | quote }}\n' }),
  () => ({ path: '.github/workflows/release.yml', text: 'jobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n    steps:\n      - run: npm publish\n' }),
  () => ({ path: 'infra/db.tf', text: 'resource "aws_db_instance" "main" {\n  username = "app"\n  password = var.db_password\n  api_key  = data.aws_secretsmanager_secret_version.api.secret_string\n}\n' }),
  () => ({ path: 'scripts/login.sh', text: 'read -rsp "Password: " PASSWORD\nexport API_TOKEN="$(vault kv get -field=token secret/ci)"\ncurl -H "Authorization: Bearer ${API_TOKEN}" https://api.acme.io/v1/me\n' }),
  () => ({ path: 'docker-compose.yml', text: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n' }),
  () => ({ path: 'src/config.rb', text: "config.secret_key_base = Rails.application.credentials.secret_key_base\nconfig.api_key = ENV.fetch('API_KEY')\n" }),
  () => ({ path: 'src/Startup.cs', text: 'var password = Configuration["Db:Password"];\nvar apiKey = Environment.GetEnvironmentVariable("API_KEY");\n' }),
  () => ({ path: 'lib/db.py', text: 'cursor.execute("UPDATE users SET password = %(password)s WHERE id = %(id)s", params)\n' }),
  () => ({ path: 'src/log.ts', text: "logger.info(`login ok user=${user.id} password=${'*'.repeat(8)}`);\nconst masked = token.slice(0, 4) + '****';\n" }),
  () => ({ path: 'test/auth.test.ts', text: "it('rejects a wrong password', async () => {\n  const password = faker.internet.password();\n  await expect(login(user, password)).rejects.toThrow();\n});\n" }),
  () => ({ path: 'src/secrets.ts', text: "const client = new SecretManagerServiceClient();\nconst [version] = await client.accessSecretVersion({ name: 'projects/acme/secrets/api-key/versions/latest' });\n" }),
];

const IDENTIFIERS = [
  'tokenizerConfig',
  'secretManagerClient',
  'passwordResetTokenExpiry',
  'apiKeyHeaderName',
  'authTokenProvider',
  'MAX_PASSWORD_LENGTH',
  'refreshTokenRotationEnabled',
  'privateKeyPath',
  'secretsManagerArn',
  'PasswordHasherOptions',
  'accessTokenLifetimeSeconds',
  'useApiKeyAuthentication',
  'TokenBucketRateLimiter',
  'ClientSecretCredential',
];

const I18N = [
  ['auth.password.placeholder', 'Enter your password'],
  ['auth.password.forgot', 'Forgot your password?'],
  ['settings.apiKey.label', 'API key'],
  ['settings.apiKey.help', 'Create an API key in the developer settings and paste it here.'],
  ['errors.token_expired', 'Your session token has expired, please sign in again'],
  ['secret.reveal', 'Reveal secret'],
  ['password_reset_token_invalid', 'This password reset link is invalid or has already been used.'],
  ['auth.twoFactor.secret', 'Scan the QR code with your authenticator app'],
];

const FIXTURE_VALUES = ['test-password', 'fake-token-for-tests', 'dummy_api_key', 'not-a-real-secret', 'mock-token-123', 'password123', 'secret', 'example-secret', 'testtesttest', 'abc123', 'hunter2', 'letmein', 'P@ssw0rd', 'test_api_key_do_not_use', 'local-dev-only'];

const PROSE = [
  'Set the `API_KEY` environment variable to the key shown on your dashboard, then restart the service.',
  'Tokens expire after one hour; call the refresh endpoint with your refresh token to get a new one.',
  'Never commit your password or secret key to the repository. Use the secret manager instead.',
  'The password must contain at least twelve characters, including a digit and a symbol.',
  'To rotate the secret, create a new key, deploy it, and only then revoke the old key.',
  'Authentication uses a bearer token in the Authorization header.',
  'If the token is missing the API answers 401 Unauthorized.',
  'secret sauce: butter, garlic, and a lot of patience',
];

const KINDS: DecoyKind[] = [
  {
    kind: 'uuid',
    count: 16,
    make: (r, _i, ctx) => inCtx(ctx, r, r.pick([n('request', 'id'), n('trace', 'id'), n('correlation', 'id'), n('user', 'id'), n('order', 'id'), n('workspace', 'id')]), r.uuid(), 'uuid'),
  },
  {
    kind: 'hash-md5',
    count: 12,
    make: (r, i, ctx) =>
      i % 3 === 0
        ? file('downloads/MD5SUMS', `${hex(r, 32)}  release-1.4.2.tar.gz\n${hex(r, 32)}  release-1.4.2.zip\n`, 'md5sums')
        : inCtx(ctx, r, r.pick([n('etag'), n('checksum'), n('md5'), n('content', 'md5')]), hex(r, 32), 'md5'),
  },
  {
    kind: 'hash-sha1',
    count: 12,
    make: (r, i, ctx) => (i % 3 === 0 ? file('vendor/CHECKSUMS.sha1', `${hex(r, 40)}  vendor/lib.jar\n`, 'sha1sums') : inCtx(ctx, r, r.pick([n('sha1'), n('file', 'hash'), n('digest')]), hex(r, 40), 'sha1')),
  },
  {
    kind: 'hash-sha256',
    count: 16,
    make: (r, i, ctx) => {
      const h = hex(r, 64);
      switch (i % 4) {
        case 0:
          return file('requirements.txt', `requests==2.32.3 \\\n    --hash=sha256:${h} \\\n    --hash=sha256:${hex(r, 64)}\n`, 'pip --hash');
        case 1:
          return file('deploy/compose.yml', `services:\n  web:\n    image: nginx@sha256:${h}\n`, 'image digest');
        case 2:
          return file('Cargo.lock', `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${h}"\n`, 'Cargo.lock');
        default:
          return inCtx(ctx, r, r.pick([n('sha256'), n('checksum'), n('artifact', 'sha256')]), h, 'sha256');
      }
    },
  },
  { kind: 'hash-sha512', count: 8, make: (r, i, ctx) => (i % 2 === 0 ? file('SHA512SUMS', `${hex(r, 128)}  app-linux-amd64.tar.gz\n`, 'sha512sums') : inCtx(ctx, r, n('sha512'), hex(r, 128), 'sha512')) },
  {
    kind: 'git-sha',
    count: 16,
    make: (r, i, ctx) => {
      const sha = hex(r, 40);
      switch (i % 6) {
        case 0:
          return file('.github/workflows/ci.yml', `jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha} # v4.2.2\n      - uses: actions/setup-node@${hex(r, 40)} # v4\n`, 'pinned action');
        case 1:
          return file('.pre-commit-config.yaml', `repos:\n  - repo: https://github.com/psf/black\n    rev: ${sha}\n    hooks:\n      - id: black\n`, 'pre-commit rev');
        case 2:
          return file('CHANGELOG.md', `## 1.4.2\n\n- fix retry loop (${sha.slice(0, 7)})\n- bump deps ([${sha}](https://github.com/acme/app/commit/${sha}))\n`, 'changelog');
        case 3:
          return file('go.mod', `module github.com/acme/app\n\ngo 1.22\n\nrequire github.com/acme/lib v0.0.0-20240611093012-${sha.slice(0, 12)}\n`, 'go pseudo-version');
        case 4:
          return file('package.json', `{\n  "name": "app",\n  "gitHead": "${sha}",\n  "version": "1.4.2"\n}\n`, 'gitHead');
        default:
          return inCtx(ctx, r, r.pick([n('git', 'commit'), n('commit', 'sha'), n('build', 'sha'), n('sentry', 'release')]), sha, 'commit var');
      }
    },
  },
  {
    kind: 'npm-integrity',
    count: 12,
    make: (r, i) => {
      const sri = `sha512-${b64(r.bytes(64))}`;
      switch (i % 3) {
        case 0:
          return file('package-lock.json', `{\n  "packages": {\n    "node_modules/lodash": {\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "${sri}",\n      "license": "MIT"\n    }\n  }\n}\n`, 'package-lock');
        case 1:
          return file('yarn.lock', `lodash@^4.17.21:\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${hex(r, 40)}"\n  integrity ${sri}\n`, 'yarn.lock');
        default:
          return file('public/index.html', `<script src="https://cdn.example.com/lib.min.js" integrity="sha384-${b64(r.bytes(48))}" crossorigin="anonymous"></script>\n`, 'SRI sha384');
      }
    },
  },
  {
    kind: 'data-uri',
    count: 12,
    make: (r, i) => {
      const png = pngBase64(r, r.int(60, 400));
      switch (i % 4) {
        case 0:
          return file('src/styles/app.css', `.logo {\n  background: url(data:image/png;base64,${png}) no-repeat;\n  color: #333;\n}\n`, 'css url');
        case 1:
          return file('public/email.html', `<img alt="logo" src="data:image/png;base64,${png}" width="32">\n`, 'html img');
        case 2:
          return file('notebooks/plots.ipynb', `{\n "cells": [{\n  "cell_type": "code",\n  "outputs": [{\n   "data": {\n    "image/png": "${png}",\n    "text/plain": ["<Figure size 640x480>"]\n   },\n   "output_type": "display_data"\n  }],\n  "source": ["plt.plot(xs, ys)"]\n }]\n}\n`, 'ipynb output');
        default:
          return file('src/icons.ts', `export const SPINNER = 'data:image/png;base64,${png}';\n`, 'ts const');
      }
    },
  },
  {
    kind: 'base64-binary',
    count: 12,
    make: (r, i, ctx) => {
      switch (i % 4) {
        case 0:
          return file('go.sum', `github.com/acme/lib v1.2.3 h1:${b64(r.bytes(32))}\ngithub.com/acme/lib v1.2.3/go.mod h1:${b64(r.bytes(32))}\n`, 'go.sum');
        case 1:
          return file('k8s/sealed.yaml', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: app\nspec:\n  encryptedData:\n    DB_PASSWORD: Ag${b64(r.bytes(300))}\n`, 'sealed secret');
        case 2:
          return file('infra/lambda.tf', `resource "aws_lambda_function" "api" {\n  filename         = "build/api.zip"\n  source_code_hash = "${b64(r.bytes(32))}"\n}\n`, 'source_code_hash');
        default:
          return inCtx(ctx, r, r.pick([n('thumbnail'), n('payload'), n('blob'), n('avatar')]), b64(r.bytes(r.int(40, 200))), 'b64 blob');
      }
    },
  },
  {
    kind: 'placeholder',
    count: 40,
    make: (r, i, ctx) => {
      const value = PLACEHOLDERS[i % PLACEHOLDERS.length]!;
      return inCtx(ctx, r, r.pick(SECRETISH_NAMES), value, value, true);
    },
  },
  {
    kind: 'doc-example',
    count: 10,
    make: (r, i, ctx) => {
      if (i % 5 === 3) {
        // The storage emulator's published account key (Azurite / "UseDevelopmentStorage=true").
        const azurite = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';
        return inCtx(ctx, r, n('azure', 'storage', 'connection', 'string'), azurite, 'Azurite dev key');
      }
      if (i % 5 === 4) {
        const jwtIo = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
        return inCtx(ctx, r, n('access', 'token'), jwtIo, 'jwt.io sample');
      }
      return inCtxMany(
        ctx,
        r,
        [
          { name: n('aws', 'access', 'key', 'id'), value: 'AKIAIOSFODNN7EXAMPLE' },
          { name: n('aws', 'secret', 'access', 'key'), value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
        ],
        'AWS docs pair',
      );
    },
  },
  {
    kind: 'bad-checksum',
    count: 16,
    make: (r, i, ctx) => {
      const prefix = ['ghp', 'gho', 'ghu', 'ghs', 'ghr', 'npm'][i % 6]!;
      return inCtx(ctx, r, prefix === 'npm' ? n('npm', 'token') : n('github', 'token'), badChecksum(r, prefix), `${prefix}_ bad CRC`);
    },
  },
  {
    kind: 'jwt-malformed',
    count: 10,
    make: (r, i) => {
      // eyJ-prefixed segments whose base64 does not decode to JSON.
      const fake = `eyJ${r.str(SET.base64url, r.int(20, 30))}.eyJ${r.str(SET.base64url, r.int(30, 60))}.${r.str(SET.base64url, 43)}`;
      switch (i % 3) {
        case 0:
          return file('test/jwt.test.ts', `it('rejects garbage', () => {\n  expect(() => decode('${fake}')).toThrow(InvalidTokenError);\n});\n`, 'test input');
        case 1:
          return file('docs/errors.md', `A malformed value such as \`${fake}\` is answered with 400 Bad Request.\n`, 'docs');
        default:
          return file('fixtures/log.txt', `2024-06-01T10:00:00Z WARN cannot parse header value=${fake} reason=invalid_json\n`, 'log line');
      }
    },
  },
  {
    kind: 'conn-placeholder',
    count: 16,
    make: (r, i, ctx) => {
      const urls = [
        'postgres://user:password@localhost:5432/mydb',
        'postgres://postgres:postgres@localhost:5432/test',
        'mysql://root:${MYSQL_ROOT_PASSWORD}@db:3306/app',
        'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test',
        'redis://:changeme@localhost:6379/0',
        'amqp://guest:guest@localhost:5672/',
        'postgresql://app:****@prod-db:5432/app',
        'postgres://app:%s@%s:5432/%s',
        'mongodb://admin:<db_password>@mongo:27017',
        'postgres://$(DB_USER):$(DB_PASSWORD)@db:5432/app',
        'mysql://user:pass@127.0.0.1/test_db',
        'postgresql://{{ .Values.db.user }}:{{ .Values.db.password }}@db/app',
        'postgres://USERNAME:PASSWORD@HOST:5432/DATABASE',
        'redis://default:your-redis-password@redis-12345.example.com:12345',
        'amqp://user:{password}@rabbitmq:5672',
        'jdbc:postgresql://localhost:5432/app?user=app&password=${DB_PASSWORD}',
      ];
      return inCtx(ctx, r, r.pick([n('database', 'url'), n('mongodb', 'uri'), n('redis', 'url')]), urls[i % urls.length]!, urls[i % urls.length]!);
    },
  },
  {
    kind: 'code-expression',
    count: EXPRESSIONS.length,
    make: (r, i) => {
      const e = EXPRESSIONS[i]!(r);
      return { ...e, sub: `expr#${i}`, context: `file:${e.path.split('/').pop()}` };
    },
  },
  {
    kind: 'css-colour',
    count: 10,
    make: (r, i) => {
      const c = (): string => `#${hex(r, r.pick([3, 6, 8]))}`;
      return i % 2 === 0
        ? file('src/theme.css', `:root {\n  --primary: ${c()};\n  --secondary: ${c()};\n  --accent-token: ${c()};\n}\n.btn { color: ${c()}; border: 1px solid ${c()}; }\n`, 'css vars')
        : file('tailwind.config.js', `module.exports = {\n  theme: { extend: { colors: { brand: '${c()}', secret: '${c()}', token: '${c()}' } } },\n};\n`, 'tailwind');
    },
  },
  {
    kind: 'sourcemap',
    count: 8,
    make: (r, i) =>
      i % 2 === 0
        ? file('dist/index.js', `"use strict";function render(e){return e}\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${b64(sourceMap(r))}\n`, 'inline map')
        : file('dist/index.js.map', `${sourceMap(r)}\n`, '.map file'),
  },
  {
    kind: 'identifier',
    count: 14,
    make: (r, i) => {
      const id = IDENTIFIERS[i % IDENTIFIERS.length]!;
      return r.chance(0.5)
        ? file('src/auth/options.ts', `export interface Options {\n  ${id}: string;\n}\nconst ${id}Default = '${id}';\nexport const key = '${id}';\n`, id)
        : file('app/auth.py', `${id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^_/, '')} = "${id}"\npassword_field = "password"\ntoken_type = "bearer"\n`, id);
    },
  },
  {
    kind: 'i18n',
    count: 8,
    make: (r, i) => {
      const [k, v] = I18N[i % I18N.length]!;
      return i % 2 === 0
        ? file('locales/en.json', `{\n  "${k}": "${v}",\n  "auth.token": "Token",\n  "auth.secret": "Secret"\n}\n`, k!)
        : file('config/locales/en.yml', `en:\n  ${k!.replace(/\./g, '_')}: "${v}"\n  password: "Password"\n  api_key: "API key"\n`, k!);
    },
  },
  {
    kind: 'prose',
    count: 8,
    make: (_r, i) => file(i % 2 === 0 ? 'docs/faq.md' : 'README.md', `# Notes\n\n${PROSE[i % PROSE.length]!}\n`, `prose#${i}`),
  },
  {
    kind: 'test-fixture',
    count: 15,
    make: (r, i, ctx) => inCtx(ctx, r, r.pick([n('password'), n('api', 'key'), n('fake', 'token'), n('test', 'secret'), n('auth', 'token')]), FIXTURE_VALUES[i % FIXTURE_VALUES.length]!, FIXTURE_VALUES[i % FIXTURE_VALUES.length]!),
  },
  {
    kind: 'public-key',
    count: 12,
    make: (r, i) => {
      switch (i % 6) {
        case 4:
          return file('k8s/webhook.yaml', `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nwebhooks:\n  - name: policy.acme.io\n    clientConfig:\n      caBundle: ${b64(`${certificatePem(r)}\n`)}\n`, 'caBundle (base64 cert)');
        case 5:
          return file('public/.well-known/jwks.json', `{\n  "keys": [\n    {\n      "kty": "RSA",\n      "use": "sig",\n      "kid": "${hex(r, 16)}",\n      "alg": "RS256",\n      "n": "${b64url(r.bytes(256))}",\n      "e": "AQAB"\n    }\n  ]\n}\n`, 'JWKS public key');
        case 0:
          return file('deploy/authorized_keys', `${sshPublicKey(r)}\n${sshPublicKey(r)}\n`, 'authorized_keys');
        case 1:
          return file('keys/jwt-public.pem', `${publicKeyPem(r)}\n`, 'PUBLIC KEY pem');
        case 2:
          return file('certs/ca.crt', `${certificatePem(r)}\n`, 'CERTIFICATE pem');
        default:
          return file('config/sso.yml', `saml:\n  idp_cert: |\n${certificatePem(r)
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n')}\n  public_key: "${sshPublicKey(r)}"\n`, 'cert in yaml');
      }
    },
  },
  {
    kind: 'public-by-design',
    count: 9,
    make: (r, i, ctx) => {
      switch (i % 3) {
        case 0:
          return inCtx(ctx, r, n('stripe', 'publishable', 'key'), `pk_live_51${r.str(SET.alnum, 97)}`, 'stripe pk_live');
        case 1:
          return inCtx(ctx, r, n('mapbox', 'access', 'token'), `pk.${b64url(JSON.stringify({ u: `acme-${r.str(SET.lower, 5)}`, a: `cl${r.str(SET.lowerDigits, 23)}` }))}.${r.str(SET.base64url, 22)}`, 'mapbox pk.');
        default:
          return inCtx(ctx, r, n('sentry', 'dsn'), `https://${hex(r, 32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}`, 'sentry dsn');
      }
    },
  },
  {
    kind: 'encrypted',
    count: 8,
    make: (r, i) => {
      switch (i % 3) {
        case 0:
          return file('secrets.enc.yaml', `db_password: ENC[AES256_GCM,data:${b64(r.bytes(18))},iv:${b64(r.bytes(32))},tag:${b64(r.bytes(16))},type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:us-east-1:123456789012:key/${r.uuid()}\n  mac: ENC[AES256_GCM,data:${b64(r.bytes(32))},iv:${b64(r.bytes(32))},tag:${b64(r.bytes(16))},type:str]\n`, 'sops');
        case 1:
          return file('group_vars/all/vault.yml', `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${wrap(hex(r, 320), 80)
            .map((l) => `  ${l}`)
            .join('\n')}\n`, 'ansible-vault');
        default:
          return file('config/credentials.yml.enc', `${b64(r.bytes(200))}--${b64(r.bytes(12))}--${b64(r.bytes(16))}\n`, 'rails credentials');
      }
    },
  },
  {
    kind: 'misc-values',
    count: 8,
    make: (r, i, ctx) =>
      inCtx(
        ctx,
        r,
        r.pick([n('version'), n('host'), n('build', 'date'), n('support', 'phone'), n('test', 'card'), n('server', 'ip')]),
        [`1.${r.int(0, 30)}.${r.int(0, 99)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, '2024-06-01T12:34:56Z', '+1-555-0100', '4242 4242 4242 4242', `${r.str(SET.lower, 8)}.internal.acme.io`, 'v2.3.1-rc.4+build.1234', 'Mozilla/5.0 (X11; Linux x86_64)'][i % 8]!,
        'misc',
      ),
  },
  {
    kind: 'k8s-placeholder',
    count: 8,
    make: (r, i) => {
      const v = ['changeme', '${DB_PASSWORD}', 'postgres', 'password', 'REPLACE_ME', '<your-token>', 'admin', 'example'][i % 8]!;
      return file('k8s/dev-secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: dev\ntype: Opaque\ndata:\n  DB_PASSWORD: ${b64(v)}\n  API_TOKEN: ${b64(v)}\n`, `b64(${v})`);
    },
  },
  {
    kind: 'url-no-password',
    count: 8,
    make: (r, i, ctx) =>
      inCtx(
        ctx,
        r,
        r.pick([n('database', 'url'), n('api', 'url'), n('registry', 'url')]),
        ['postgres://localhost:5432/app', 'https://api.acme.io:8443/v1', 'git@github.com:acme/app.git', 'https://deploy@git.acme.io/team/app.git', 'mongodb://mongo-0.mongo,mongo-1.mongo:27017/app?replicaSet=rs0', 'redis://redis:6379/0', 'https://user@example.com', 'ssh://git@git.acme.io:2222/team/app.git'][i % 8]!,
        'url',
      ),
  },
  {
    kind: 'url-ids',
    count: 10,
    make: (r, i, ctx) => {
      const urls = [
        `https://docs.google.com/spreadsheets/d/1${r.str(SET.base64url, 43)}/edit#gid=0`,
        `https://www.figma.com/file/${r.str(SET.alnum, 22)}/Checkout-flow?node-id=12-345`,
        `https://www.notion.so/acme/Q3-roadmap-${hex(r, 32)}`,
        `https://www.youtube.com/watch?v=${r.str(SET.base64url, 11)}`,
        `https://drive.google.com/file/d/1${r.str(SET.base64url, 32)}/view?usp=sharing`,
      ];
      const u = urls[i % urls.length]!;
      return i % 2 === 0 ? file('docs/links.md', `See the [design](${u}) before changing the flow.\n`, u.slice(8, 30)) : inCtx(ctx, r, r.pick([n('design', 'url'), n('docs', 'link')]), u, u.slice(8, 30));
    },
  },
  {
    kind: 'password-hash',
    count: 6,
    make: (r, i, ctx) => {
      const bcrypt = `$2b$12$${r.str(`${SET.alnum}./`, 53)}`;
      const argon = `$argon2id$v=19$m=65536,t=3,p=4$${b64(r.bytes(16)).replace(/=+$/, '')}$${b64(r.bytes(32)).replace(/=+$/, '')}`;
      return i % 2 === 0
        ? file('db/seeds/users.sql', `INSERT INTO users (email, password_hash) VALUES ('admin@acme.io', '${bcrypt}');\n`, 'bcrypt in seed')
        : inCtx(ctx === 'curl' || ctx === 'shell' ? 'yaml' : ctx, r, n('password', 'hash'), argon, 'argon2');
    },
  },
];

/** `holdout`: only the decoys that take their context, rendered in the held-out contexts. */
export function decoyCases(seed: number, set: 'main' | 'holdout' = 'main'): Case[] {
  const r = new Rng(seed ^ 0x5bd1e995);
  const ctxs = set === 'holdout' ? HOLDOUT_CONTEXTS : CONTEXTS;
  const out: Case[] = [];
  KINDS.forEach((k, ki) => {
    for (let i = 0; i < k.count; i++) {
      const ctx = ctxs[(seed + ki * 3 + i) % ctxs.length]!;
      const made = k.make(r, i, ctx);
      if (set === 'holdout' && made.context !== undefined) continue;
      out.push({ id: `decoy/${k.kind}#${i}`, group: k.kind, kind: `${k.kind}:${made.sub}`, context: made.context ?? ctx, path: made.path, text: made.text, expect: [] });
    }
  });
  return out;
}

/** Measured and shown, never counted: random `sk_test_` keys (see the policy note at the top). */
export function informationalCases(seed: number): Case[] {
  const r = new Rng(seed ^ 0x27d4eb2f);
  return Array.from({ length: 6 }, (_, i) => {
    const ctx = CONTEXTS[(seed + i * 2) % CONTEXTS.length]!;
    const value = `sk_test_51${r.str(SET.alnum, 97)}`;
    return { id: `info/sk_test#${i}`, group: 'stripe-test-key', kind: 'stripe:sk_test', context: ctx, ...render(ctx, [{ name: n('stripe', 'secret', 'key'), value }], r), expect: [{ secret: value, mode: 'exact' as const }] };
  });
}
