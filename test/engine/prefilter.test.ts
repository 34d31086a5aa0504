import { describe, expect, it } from 'vitest';
import { buildPrefilter } from '../../src/engine/prefilter.js';

const found = (kws: string[], text: string): string[] => {
  const hits = buildPrefilter(kws).scan(text);
  return [...hits.ids.subarray(0, hits.count)].sort((a, b) => a - b).map((i) => kws[i]!);
};

describe('keyword prefilter (Aho–Corasick)', () => {
  it('finds every keyword present, case-insensitively, in one pass', () => {
    expect(found(['ghp_', 'xoxb-', 'akia', 'password'], 'x = "GHP_abc"; PassWord: 1; akia')).toEqual(['ghp_', 'akia', 'password']);
  });
  it('finds overlapping and nested keywords', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he', 'she', 'hers']);
    expect(found(['token', 'api_token', 'ken'], 'my_api_token')).toEqual(['token', 'api_token', 'ken']);
  });
  it('finds nothing in text without keywords, and survives non-ASCII text', () => {
    expect(found(['ghp_', 'secret'], 'héllo wörld — ✓ 秘密 sécret')).toEqual([]);
    expect(found(['secret'], 'é secret é')).toEqual(['secret']);
  });
  it('starts each scan afresh: keywords of the previous text are not carried over', () => {
    const p = buildPrefilter(['ghp_', 'secret', 'akia']);
    const a = p.scan('ghp_1 secret ghp_2');
    expect([a.count, a.firstEnd[0], a.lastEnd[0]]).toEqual([2, 4, 17]);
    const b = p.scan('an AKIA key');
    expect([...b.ids.subarray(0, b.count)]).toEqual([2]);
    expect(b.firstEnd[2]).toBe(7);
    expect(p.scan('nothing here').count).toBe(0);
    const c = p.scan('secret');
    expect([...c.ids.subarray(0, c.count)]).toEqual([1]);
  });
  it('rejects non-ASCII keywords with a message', () => {
    expect(() => buildPrefilter(['clé'])).toThrow(/not ASCII/);
  });
});
