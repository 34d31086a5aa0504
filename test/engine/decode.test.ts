import { describe, expect, it } from 'vitest';
import { findEncodedSegments } from '../../src/engine/decode.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const spans = (text: string) => findEncodedSegments(text).map((s) => [text.slice(s.start, s.end), s.decoded]);

describe('encoded text', () => {
  it('finds base64 runs that decode to text, with their padding, and nothing in plain words, hashes or joined tokens', () => {
    const one = b64('password = hunter2-but-longer');
    const two = b64('user:some secret words!');
    const text = [
      `data: ${one}`,
      `auth "${two}"`,
      'plain: configurationValueForTheService',
      'sha: 0123456789abcdef0123456789abcdef',
      `jwt-ish: x.${b64('{"alg":"none","typ":"JWT"}')}.y`,
      'short: aGVsbG8=',
    ].join('\n');
    expect(spans(text)).toEqual([
      [one, 'password = hunter2-but-longer'],
      [two, 'user:some secret words!'],
    ]);
  });

  it('cuts a run longer than 4096 characters into pieces that decode on their own', () => {
    const long = b64('key: value, '.repeat(500));
    expect(long.length).toBeGreaterThan(4096 * 1.4);
    const found = findEncodedSegments(`x ${long} y`);
    expect(found.map((s) => s.end - s.start)).toEqual([4096, long.length - 4096]);
    expect(found.map((s) => s.decoded).join('')).toBe('key: value, '.repeat(500));
  });

  it('finds every run in a text with many of them, and none in a text without', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `k${i}: ${b64(`value number ${i} of many`)}`);
    const found = findEncodedSegments(lines.join('\n'));
    expect(found).toHaveLength(300);
    expect(found[299]!.decoded).toBe('value number 299 of many');
    expect(findEncodedSegments('nothing = "here"\n')).toEqual([]);
  });
});
