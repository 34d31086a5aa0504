import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { awsAccountId, decodeStructure } from '../../src/engine/structure.js';
import { gen } from '../helpers/tokens.js';

describe('entropy', () => {
  it('is 0 for one repeated char and log2(n) for n distinct chars', () => {
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy(gen('{{base62:40}}'))).toBeGreaterThan(4.2);
  });
});

describe('structure decoders', () => {
  // A published example key id (Tal Be'ery's write-up), not a credential.
  it('decodes the AWS account id from a key id (published example → 609629065308)', () => {
    expect(awsAccountId('ASIAY34FZKBOKMUTVV7A')).toBe('609629065308'); // leakward:allow
  });
  it('template AWS key ids decode to a 12-digit account and raise confidence', () => {
    const r = decodeStructure('aws-key-id', gen('{{aws-key-id:AKIA}}'));
    expect(r.verdict).toBe('ok');
    expect(r.info?.facts[0]).toMatch(/^AWS account \d{12}$/);
  });
  it('reads a JWT header and claims, and rejects look-alikes that do not decode', () => {
    const ok = decodeStructure('jwt', gen('{{jwt}}'));
    expect(ok.verdict).toBe('ok');
    expect(ok.info?.facts).toContain('alg HS256');
    expect(decodeStructure('jwt', 'eyJhbGciOiJub25lIn0x.eyJzdWIiOiIxIn0.sig').verdict).toBe('invalid');
  });
  it('decodes base64 JSON embedded after a prefix', () => {
    const tok = `glc_${gen('{{b64json:{"o":"123","n":"stack-x","k":"{{base62:24}}","r":"us"}}}')}`;
    const r = decodeStructure('base64-json', tok);
    expect(r.verdict).toBe('ok');
    expect(r.info?.facts[0]).toMatch(/JSON with o, n, k, r/);
  });
  it('accepts base64 user:password and drops values that do not decode to it', () => {
    const ok = decodeStructure('base64-credentials', Buffer.from(`ci-bot:${gen('{{base62:24}}')}`).toString('base64'));
    expect(ok.verdict).toBe('ok');
    expect(ok.info?.facts).toEqual(['user ci-bot']);
    expect(decodeStructure('base64-credentials', gen('{{hex:40}}')).verdict).toBe('invalid');
    expect(decodeStructure('base64-credentials', Buffer.from('no-colon-here').toString('base64')).verdict).toBe('invalid');
  });
});
