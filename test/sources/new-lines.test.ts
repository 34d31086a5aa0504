import { describe, expect, it } from 'vitest';
import { addedLineSpans, CONTEXT, commonRun, commonRunBack, LineHashSet, lineStarts, type FileVersion } from '../../src/sources/new-lines.js';
import { RawLogParser, type RawCommit } from '../../src/sources/log-raw.js';

const buf = (s: string) => Buffer.from(s, 'utf8');
const version = (s: string): FileVersion => {
  const data = buf(s);
  return { data, starts: lineStarts(data) };
};
type Spans = ReturnType<typeof addedLineSpans>['spans'];
/** The text of each span, as the history source cuts it. */
const texts = (data: Buffer, spans: Spans) => spans.map((s) => ({ line: s.firstLine, last: s.lastLine, text: data.toString('utf8', s.start, s.end) }));
/** The lines (1-based) the spans cover. */
const covered = (spans: Spans) => spans.flatMap((s) => Array.from({ length: s.lastLine - s.firstLine + 1 }, (_, k) => s.firstLine + k));

describe('lineStarts', () => {
  it('finds every line, with or without a last newline, in words and in the bytes after them', () => {
    for (const s of ['', 'a', 'a\n', '\n', '\n\n', 'ab\ncd', 'abcd\nefgh\n', 'abc\n\n\nxyz', 'x'.repeat(9) + '\n' + 'y'.repeat(3)]) {
      const expected: number[] = [];
      if (s.length > 0) expected.push(0);
      for (let i = 0; i < s.length - 1; i++) if (s[i] === '\n') expected.push(i + 1);
      expect([...lineStarts(buf(s))], JSON.stringify(s)).toEqual(expected);
    }
  });
});

describe('LineHashSet', () => {
  it('holds what was added since the last reset, grows past the size it was reset for, and forgets on reset', () => {
    const set = new LineHashSet();
    set.reset(4);
    for (let i = 1; i <= 5000; i++) set.add(i * 7919, i);
    for (let i = 1; i <= 5000; i++) expect(set.has(i * 7919, i)).toBe(true);
    expect(set.has(1, 2)).toBe(false);
    set.reset(10);
    expect(set.has(7919, 1)).toBe(false);
    set.add(7919, 1);
    expect(set.has(7919, 1)).toBe(true);
  });
});

describe('addedLineSpans', () => {
  const set = new LineHashSet();

  it('scans an added file whole, then only the lines a change added, with context and exact line numbers', () => {
    const v1 = version(Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n');
    expect(texts(v1.data, addedLineSpans(v1, [], set).spans)).toEqual([{ line: 1, last: 20, text: v1.data.toString() }]);
    const lines = v1.data.toString().split('\n');
    lines.splice(10, 0, 'TOKEN = "added"');
    const v2 = version(lines.join('\n'));
    const r = addedLineSpans(v2, [v1.data], set);
    expect(texts(v2.data, r.spans)).toEqual([
      { line: 11 - CONTEXT, last: 11 + CONTEXT, text: lines.slice(10 - CONTEXT, 11 + CONTEXT).join('\n') },
    ]);
    expect(r.parents).toHaveLength(1);
    expect([...r.parents[0]!.starts]).toEqual([...v1.starts]);
  });

  it('finds lines appended after a long last line, and a line changed by a single byte', () => {
    const v1 = version(`head\n${'x'.repeat(400)}\n`);
    expect(covered(addedLineSpans(version(`head\n${'x'.repeat(400)}\nTOKEN=appended\n`), [v1.data], set).spans)).toEqual([2, 3]);
    const changed = version('a\nKEY=abcdefgi\nb\n');
    expect(texts(changed.data, addedLineSpans(changed, [buf('a\nKEY=abcdefgh\nb\n')], set).spans).map((s) => s.text)).toEqual(['a\nKEY=abcdefgi\nb\n']);
  });

  it('counts a line of a merge as added only when no parent had it', () => {
    const merged = version('base\nfrom topic\nfrom main\nresolved by hand\n');
    const r = addedLineSpans(merged, [buf('base\nfrom main\n'), buf('base\nfrom topic\n')], set);
    expect(covered(r.spans)).toEqual([3, 4]);
    expect(r.parents.map((p) => [...p.starts])).toEqual([[0, 5], [0, 5]]);
  });

  it('never misses a line no parent had, and returns each parent\'s exact line starts, over random edits', () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let file = 0; file < 6; file++) {
      let lines = Array.from({ length: 50 + rnd(400) }, (_, i) => `  line ${file}:${i} ${'#'.repeat(rnd(60))}`);
      let prev = version(lines.join('\n') + '\n');
      for (let v = 0; v < 40; v++) {
        lines = [...lines];
        for (let e = rnd(4); e >= 0; e--) {
          const at = rnd(lines.length + 1);
          const op = rnd(5);
          if (op === 0) lines.splice(at, 0, ...Array.from({ length: 1 + rnd(30) }, (_, i) => `  added ${file}/${v}/${e}/${i}`));
          else if (op === 1) lines.splice(at, 1 + rnd(20));
          else if (op === 2) lines.push(...Array.from({ length: 1 + rnd(20) }, (_, i) => `appended ${v}.${i} ${'='.repeat(rnd(40))}`));
          else if (op === 3) lines.unshift(`first ${v}.${e}`);
          else lines.push(...lines.splice(at, 1 + rnd(15)));
        }
        const next = version(lines.join('\n') + (rnd(2) ? '\n' : ''));
        const r = addedLineSpans(next, [prev.data], set);
        const before = new Set(prev.data.toString().split('\n'));
        const scanned = new Set(covered(r.spans));
        const text = next.data.toString().split('\n');
        for (let k = 0; k < next.starts.length; k++) {
          if (!before.has(text[k]!)) expect(scanned.has(k + 1), `version ${file}.${v}, line ${k + 1}`).toBe(true);
        }
        // And nothing else (these lines are all distinct): a moved block's lines are not new.
        expect(scanned.size).toBeLessThanOrEqual(text.filter((l) => !before.has(l)).length * (2 * CONTEXT + 1));
        expect([...r.parents[0]!.starts]).toEqual([...prev.starts]);
        prev = next;
      }
    }
  });

  it('hashes a line the same at any offset (words are read unaligned)', () => {
    for (const pad of ['x\n', 'xy\n', 'xyz\n']) {
      const v = version(`${pad}0123456789abcdef-secret-line\n`);
      expect(covered(addedLineSpans(v, [buf('0123456789abcdef-secret-line\n')], set).spans)).toEqual([1, 2]);
    }
  });
});

describe('common runs, forward and back', () => {
  it('finds where two versions differ, across and within blocks, from any offset', () => {
    const a = buf('x'.repeat(1000) + 'A' + 'y'.repeat(600));
    const b = buf('x'.repeat(1000) + 'B' + 'y'.repeat(600));
    expect(commonRun(a, 0, b, 0, a.length)).toBe(1000);
    expect(commonRunBack(a, a.length, b, b.length, 2000)).toBe(600);
    expect(commonRunBack(a, a.length, b, b.length, 10)).toBe(10);
    expect(commonRun(a, 0, a, 0, 5)).toBe(5);
    const c = buf('zz' + 'x'.repeat(1000) + 'C');
    expect(commonRun(a, 0, c, 2, 1001)).toBe(1000);
    expect(commonRunBack(a, 1000, c, 1002, 1000)).toBe(1000);
  });
});

describe('RawLogParser', () => {
  // The subject, then the whole message (%B), which may hold anything but a NUL.
  const header = (id: string, subject: string) =>
    `\x1e${id}\x001700000000\x00A U Thor\x00a@example.com\x002023-11-14T22:13:20+00:00\x00${subject}\x00${subject}\n\n:100644 body\n\x1e line\n`;
  const parse = (tokens: string[]) => {
    const out: RawCommit[] = [];
    const p = new RawLogParser((c) => out.push(c));
    for (const t of tokens) p.token(t);
    p.end();
    return out;
  };
  const z = '0'.repeat(40);
  const id = (c: string) => c.repeat(40);

  it('reads commits, their added and modified files, merges, and skips deletions; names are taken verbatim', () => {
    const out = parse([
      ...header(id('1'), 'first: with \x1e and : inside').split('\x00'), `\n:000000 100644 ${z} ${id('a')} A`, ':odd\nname \x1e.txt',
      `:100644 100644 ${id('a')} ${id('b')} M`, 'src/app.js', `:100644 000000 ${id('b')} ${z} D`, 'gone.txt', '',
      ...header(id('2'), 'merge').split('\x00'), `\n::100644 100644 100644 ${id('c')} ${id('d')} ${id('e')} MM`, 'both.txt', '',
      ...header(id('3'), 'clean merge').split('\x00'), '',
    ]);
    expect(out.map((c) => c.info.commit)).toEqual([id('1'), id('2'), id('3')]);
    expect(out[0]!.info.message).toBe('first: with \x1e and : inside');
    expect(out[0]!.body).toBe('first: with \x1e and : inside\n\n:100644 body\n\x1e line\n');
    expect(out[0]!.changes).toEqual([
      { path: ':odd\nname \x1e.txt', oid: id('a'), mode: '100644', from: [] },
      { path: 'src/app.js', oid: id('b'), mode: '100644', from: [id('a')] },
    ]);
    expect(out[1]!.changes).toEqual([{ path: 'both.txt', oid: id('e'), mode: '100644', from: [id('c'), id('d')] }]);
    expect(out[2]!.changes).toEqual([]);
    // Newest first, as `git log` prints: seq counts up, so "higher seq = older".
    expect(out[0]!.info.seq).toBeLessThan(out[1]!.info.seq);
  });

  it('gives the same commits from git\'s bytes cut into chunks anywhere, even inside a UTF-8 character', () => {
    const tokens = [
      ...header(id('1'), 'née ✓ first').split('\x00'), `\n:000000 100644 ${z} ${id('a')} A`, 'naïve ✓.txt', '',
      ...header(id('2'), 'second').split('\x00'), `\n:100644 100644 ${id('a')} ${id('b')} M`, 'naïve ✓.txt', '',
    ];
    const whole = parse(tokens);
    expect(whole.map((c) => c.changes[0]!.path)).toEqual(['naïve ✓.txt', 'naïve ✓.txt']);
    const bytes = Buffer.from(tokens.join('\0'), 'utf8');
    for (const size of [1, 2, 3, 5, 64, bytes.length]) {
      const out: RawCommit[] = [];
      const p = new RawLogParser((c) => out.push(c));
      for (let i = 0; i < bytes.length; i += size) p.push(bytes.subarray(i, i + size));
      p.end();
      expect(out, `chunks of ${size} bytes`).toEqual(whole);
    }
  });
});
