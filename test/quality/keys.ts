/**
 * Private-key material built at test time from the seeded generator: structurally right (DER
 * SEQUENCEs, the openssh-key-v1 layout, PPK v3 headers, PGP armor) with random numbers inside.
 */
import { b64, type Rng, wrap } from './rng.js';

function derLen(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  return Buffer.from([0x82, n >> 8, n & 0xff]);
}
const tlv = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
const seq = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const octet = (b: Buffer): Buffer => tlv(0x04, b);
function int(b: Buffer): Buffer {
  return tlv(0x02, b[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}
const small = (n: number): Buffer => tlv(0x02, Buffer.from([n]));

/** A random big integer of `n` bytes with its top bit set (so it has full length). */
function big(r: Rng, n: number): Buffer {
  const b = r.bytes(n);
  b[0] = b[0]! | 0x80;
  return b;
}

function pem(label: string, der: Buffer, width = 64): string {
  return [`-----BEGIN ${label}-----`, ...wrap(b64(der), width), `-----END ${label}-----`].join('\n');
}

function rsaPkcs1(r: Rng): Buffer {
  return seq(
    small(0),
    int(big(r, 256)),
    int(Buffer.from([1, 0, 1])),
    int(big(r, 256)),
    int(big(r, 128)),
    int(big(r, 128)),
    int(big(r, 128)),
    int(big(r, 128)),
    int(big(r, 128)),
  );
}

const RSA_OID = Buffer.from('06092a864886f70d010101', 'hex');

export interface KeyMaterial {
  kind: string;
  /** The key as it sits in its own file (real newlines). */
  text: string;
  /** A run of random body characters that a finding must contain to count as this key. */
  core: string;
  /** A file name such a key is usually stored under. */
  fileName: string;
}

/** 40 characters from a body line in the middle of the key: random, and contiguous in every encoding. */
function coreOf(bodyLines: string[]): string {
  const line = bodyLines[Math.floor(bodyLines.length / 2)]!;
  return line.slice(0, Math.min(40, line.length));
}

function fromPem(kind: string, label: string, der: Buffer, fileName: string, width = 64): KeyMaterial {
  const text = pem(label, der, width);
  const body = text.split('\n').slice(1, -1);
  return { kind, text, core: coreOf(body), fileName };
}

function sshString(b: Buffer | string): Buffer {
  const body = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

function openssh(r: Rng): KeyMaterial {
  const pub = r.bytes(32);
  const seed = r.bytes(32);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = r.bytes(4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(`deploy@ci-${r.int(1, 99)}`)]);
  for (let i = 1; priv.length % 8 !== 0; i++) priv = Buffer.concat([priv, Buffer.from([i])]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), u32(1), sshString(pubBlob), sshString(priv)]);
  return fromPem('openssh', 'OPENSSH PRIVATE KEY', blob, 'id_ed25519', 70);
}

function pgp(r: Rng): KeyMaterial {
  const packet = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6, 0x04]), r.bytes(4), Buffer.from([0x01]), r.bytes(960)]);
  const body = wrap(b64(packet), 64);
  const text = ['-----BEGIN PGP PRIVATE KEY BLOCK-----', ...(r.chance(0.5) ? ['Comment: GPGTools - https://gpgtools.org'] : []), '', ...body, `=${b64(r.bytes(3))}`, '-----END PGP PRIVATE KEY BLOCK-----'].join('\n');
  return { kind: 'pgp', text, core: coreOf(body), fileName: 'signing-key.asc' };
}

function putty(r: Rng): KeyMaterial {
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(r.bytes(32))]);
  const privLine = b64(sshString(r.bytes(32)));
  const text = [
    'PuTTY-User-Key-File-3: ssh-ed25519',
    'Encryption: none',
    `Comment: eddsa-key-2024${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(10, 28))}`,
    'Public-Lines: 2',
    ...wrap(b64(pubBlob), 64),
    'Private-Lines: 1',
    privLine,
    `Private-MAC: ${r.bytes(32).toString('hex')}`,
  ].join('\n');
  return { kind: 'putty', text, core: privLine.slice(0, 40), fileName: 'deploy.ppk' };
}

export const KEY_KINDS = ['rsa-pkcs1', 'pkcs8-rsa', 'pkcs8-ed25519', 'ec-sec1', 'openssh', 'pgp', 'putty'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export function makeKey(kind: KeyKind, r: Rng): KeyMaterial {
  switch (kind) {
    case 'rsa-pkcs1':
      return fromPem(kind, 'RSA PRIVATE KEY', rsaPkcs1(r), 'id_rsa');
    case 'pkcs8-rsa':
      return fromPem(kind, 'PRIVATE KEY', seq(small(0), seq(RSA_OID, Buffer.from([5, 0])), octet(rsaPkcs1(r))), 'server.key');
    case 'pkcs8-ed25519': {
      const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), r.bytes(32)]);
      return fromPem(kind, 'PRIVATE KEY', der, 'signing.key');
    }
    case 'ec-sec1': {
      const der = Buffer.concat([
        Buffer.from('30770201010420', 'hex'),
        r.bytes(32),
        Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'),
        Buffer.from([4]),
        r.bytes(64),
      ]);
      return fromPem(kind, 'EC PRIVATE KEY', der, 'ec.key');
    }
    case 'openssh':
      return openssh(r);
    case 'pgp':
      return pgp(r);
    case 'putty':
      return putty(r);
  }
}

/** A PKCS#8 RSA key in PEM, for service-account JSON. */
export function pkcs8RsaPem(r: Rng): KeyMaterial {
  return makeKey('pkcs8-rsa', r);
}

/** Public material shaped like keys (decoys). */
export function publicKeyPem(r: Rng): string {
  const der = seq(seq(RSA_OID, Buffer.from([5, 0])), tlv(0x03, Buffer.concat([Buffer.from([0]), seq(int(big(r, 256)), int(Buffer.from([1, 0, 1])))])));
  return pem('PUBLIC KEY', der);
}

export function certificatePem(r: Rng): string {
  return pem('CERTIFICATE', Buffer.concat([Buffer.from('308203', 'hex'), r.bytes(900)]));
}

export function sshPublicKey(r: Rng): string {
  const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(r.bytes(32))]);
  return `ssh-ed25519 ${b64(blob)} ${r.pick(['alice', 'deploy', 'ci'])}@${r.pick(['laptop', 'build-01', 'workstation'])}`;
}

export const KEY_CONTEXTS = [
  'pem-file',
  'yaml-block',
  'json-escaped',
  'python-triple',
  'ts-template',
  'env-escaped',
  'env-multiline',
  'k8s-base64',
  'terraform-heredoc',
  'markdown',
] as const;
export type KeyContext = (typeof KEY_CONTEXTS)[number];

/** Contexts that make sense for each kind (nobody pastes a PuTTY file into a JSON string). */
export function keyContextsFor(kind: KeyKind): readonly KeyContext[] {
  if (kind === 'putty' || kind === 'pgp') return ['pem-file', 'yaml-block', 'markdown', 'k8s-base64', 'python-triple'];
  return KEY_CONTEXTS;
}

export function renderKey(ctx: KeyContext, key: KeyMaterial, r: Rng): { path: string; text: string } {
  const lines = key.text.split('\n');
  switch (ctx) {
    case 'pem-file':
      return { path: `deploy/keys/${key.fileName}`, text: `${key.text}\n` };
    case 'yaml-block':
      return {
        path: 'config/tls.yml',
        text: ['tls:', '  enabled: true', '  private_key: |', ...lines.map((l) => (l ? `    ${l}` : '')), '  cert_path: /etc/tls/cert.pem', ''].join('\n'),
      };
    case 'json-escaped':
      return {
        path: 'config/signing.json',
        text: ['{', '  "issuer": "billing",', `  "private_key": "${lines.join('\\n')}\\n",`, '  "algorithm": "RS256"', '}', ''].join('\n'),
      };
    case 'python-triple':
      return { path: 'tests/conftest.py', text: ['import pytest', '', `PRIVATE_KEY = """${key.text}"""`, '', '', '@pytest.fixture', 'def signer():', '    return Signer(PRIVATE_KEY)', ''].join('\n') };
    case 'ts-template':
      return { path: 'src/auth/keys.ts', text: [`export const SIGNING_KEY = \`${key.text}\`;`, '', 'export const ISSUER = "billing";', ''].join('\n') };
    case 'env-escaped':
      return { path: '.env', text: ['APP_NAME=billing', `PRIVATE_KEY="${lines.join('\\n')}\\n"`, 'PORT=3000', ''].join('\n') };
    case 'env-multiline':
      return { path: '.env.production', text: ['APP_NAME=billing', `SSH_PRIVATE_KEY="${key.text}"`, 'PORT=3000', ''].join('\n') };
    case 'k8s-base64':
      return {
        path: 'k8s/tls-secret.yaml',
        text: ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: ingress-tls', `type: ${r.pick(['kubernetes.io/tls', 'Opaque'])}`, 'data:', `  tls.key: ${b64(`${key.text}\n`)}`, ''].join('\n'),
      };
    case 'terraform-heredoc':
      return { path: 'infra/bastion.tf', text: ['variable "bastion_ssh_key" {', '  type    = string', '  default = <<-EOT', ...lines.map((l) => (l ? `    ${l}` : '')), '  EOT', '}', ''].join('\n') };
    case 'markdown':
      return { path: 'docs/deploy.md', text: ['## Deploy key', '', 'Install this key on the bastion:', '', '```', key.text, '```', ''].join('\n') };
  }
}
