import { describe, expect, it } from 'vitest';
import { canonicalRequest, signingKey, signV4 } from '../../src/verify/sigv4.js';

// The example credentials of AWS's documentation and its SigV4 test suite (not a secret).
const KEY_ID = 'AKIDEXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('AWS SigV4', () => {
  it('derives the signing key of the documented example (20120215, us-east-1, iam)', () => {
    expect(signingKey(SECRET, '20120215', 'us-east-1', 'iam').toString('hex')).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });

  it('signs the test suite\'s get-vanilla request', () => {
    const h = signV4({
      method: 'GET', url: new URL('https://example.amazonaws.com/'), headers: {}, body: '',
      accessKeyId: KEY_ID, secretAccessKey: SECRET, region: 'us-east-1', service: 'service', date: new Date('2015-08-30T12:36:00Z'),
    });
    expect(h['x-amz-date']).toBe('20150830T123600Z');
    expect(h.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ' +
      'SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });

  it('signs the documented IAM ListUsers request (query string, content-type header)', () => {
    const url = new URL('https://iam.amazonaws.com/?Version=2010-05-08&Action=ListUsers');
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' };
    const { text } = canonicalRequest('GET', url, { ...headers, host: 'iam.amazonaws.com', 'x-amz-date': '20150830T123600Z' }, '');
    expect(text.split('\n').slice(0, 3)).toEqual(['GET', '/', 'Action=ListUsers&Version=2010-05-08']);
    const h = signV4({ method: 'GET', url, headers, body: '', accessKeyId: KEY_ID, secretAccessKey: SECRET, region: 'us-east-1', service: 'iam', date: new Date('2015-08-30T12:36:00Z') });
    expect(h.authorization).toContain('SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
  });
});
