import { describe, expect, it } from 'vitest';
import { redact, redactIn, redactorFor, type Redactable } from '../../src/report/redact.js';
import { gen } from '../helpers/tokens.js';

const at = (file: string, line: number, secret: string): Redactable => ({ file, line, endLine: line, secret });

describe('redactorFor', () => {
  it('clears a text of every secret in the report, also one whose finding is in another file (moved to where it was first added)', () => {
    const [a, b] = [gen('{{github:ghp}}'), gen('{{github:ghp}}')];
    const fa = at('b.txt', 1, a);
    const fb = at('a.txt', 1, b);
    const hide = redactorFor([fa, fb]);
    const shown = hide(fa, `pair: ${a} ${b}`);
    expect(shown).toBe(`pair: ${redact(a)} ${redact(b)}`);
    expect(hide(fb, `https://${b}:pw@host`)).not.toContain(b.slice(6));
  });

  it('masks a piece of a secret cut off at either end of a text (a long line shown as a window)', () => {
    const [a, b] = [gen('{{github:ghp}}'), gen('{{github:gho}}')];
    const tail = b.slice(-20);
    const head = b.slice(0, 15);
    const out = redactIn(`${tail} - - ${a} - - ${head}`, { secret: a }, { secret: b });
    expect(out).not.toContain(tail.slice(-8));
    expect(out).not.toContain(head.slice(4));
    expect(out).toContain(redact(a));
    // A text that merely shares a few characters with a secret is left alone.
    expect(redactIn('abc plain text', { secret: b })).toBe('abc plain text');
  });

  it('with very many secrets (a generated file), still clears a text of those found on its lines', () => {
    const many = Array.from({ length: 2100 }, (_, i) => at('gen.txt', i + 1, `secret-value-${String(i).padStart(6, '0')}-xyz`));
    many.push(at('gen.txt', 6, 'another-secret-on-line-6'));
    const hide = redactorFor(many);
    const shown = hide(many[5]!, `${many[5]!.secret} another-secret-on-line-6`);
    expect(shown).not.toContain(many[5]!.secret);
    expect(shown).not.toContain('another-secret-on-line-6');
  });
});
