import { describe, expect, it } from 'vitest';
import { buildPrefilter } from '../../src/engine/prefilter.js';

const found = (kws: string[], text: string): string[] => {
  const hits = buildPrefilter(kws).scan(text).found;
  return kws.filter((_, i) => hits[i] === 1);
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
  it('rejects non-ASCII keywords with a message', () => {
    expect(() => buildPrefilter(['clé'])).toThrow(/not ASCII/);
  });
});
