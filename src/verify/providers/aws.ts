/**
 * AWS access keys: STS GetCallerIdentity, SigV4-signed. It needs no permission and changes nothing.
 * The key id names its account offline; canary-token accounts are never called (the call is the alarm).
 */
import { AWS_CANARY_ACCOUNTS, awsAccountId } from '../../engine/structure.js';
import { signV4 } from '../sigv4.js';
import { invalid, live, unknown, type Credential, type Verifier } from '../types.js';

const KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;

/** The key id and secret key, whichever of the two the finding is. */
export function awsPair(c: Credential): { keyId?: string; secretKey?: string } {
  return KEY_ID.test(c.secret) ? { keyId: c.secret, secretKey: c.partner.awsSecretKey } : { keyId: c.partner.awsKeyId, secretKey: c.secret };
}

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]{1,300})</${name}>`).exec(xml)?.[1];

export const aws: Verifier = {
  id: 'aws',
  name: 'AWS',
  bases: { api: 'https://sts.amazonaws.com' },
  request: (c) => {
    const { keyId, secretKey } = awsPair(c);
    const account = keyId ? awsAccountId(keyId) : undefined;
    if (account && AWS_CANARY_ACCOUNTS.has(account)) {
      return unknown(`a canary token (AWS account ${account}): not called, because calling AWS with it alerts whoever planted it`);
    }
    if (!keyId || !secretKey) return unknown(`an AWS ${keyId ? 'access key id needs its secret access key' : 'secret access key needs its access key id'}, and none was found in the same file`);
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
    return {
      method: 'POST',
      path: '/',
      headers,
      body,
      sign: (url, req, now) => signV4({
        method: req.method, url, headers: req.headers, body: req.body, accessKeyId: keyId, secretAccessKey: secretKey,
        ...(c.partner.awsSessionToken ? { sessionToken: c.partner.awsSessionToken } : {}),
        region: 'us-east-1', service: 'sts', date: now,
      }),
    };
  },
  interpret: (res) => {
    if (res.status === 200) {
      const arn = tag(res.text, 'Arn');
      return live(arn ?? (tag(res.text, 'Account') && `account ${tag(res.text, 'Account')}`));
    }
    const code = tag(res.text, 'Code');
    if (res.status === 403 && code && /InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied/.test(code)) return invalid(`AWS says ${code}`);
    return unknown(`unexpected answer (HTTP ${res.status}${code ? `, ${code}` : ''})`);
  },
};
