import { describe, expect, it } from 'vitest';
import { CONTEXT, commonPrefix, commonSuffix, LineSet, newLineSpans, type FileVersion } from '../../src/sources/new-lines.js';
import { RawLogParser, type RawCommit } from '../../src/sources/log-raw.js';

const buf = (s: string) => Buffer.from(s, 'utf8');
/** The text of each span, as the history source cuts it. */
const texts = (data: Buffer, spans: ReturnType<typeof newLineSpans>['spans']) =>
  spans.map((s) => ({ line: s.firstLine, last: s.lastLine, text: data.toString('utf8', s.start, s.end) }));

describe('LineSet', () => {
  it('says new once per distinct hash, grows past its first size, and starts over only at its limit', () => {
    const set = new LineSet(12, 4);
    for (let i = 1; i <= 1000; i++) expect(set.add(i * 7919, i)).toBe(true);
    for (let i = 1; i <= 1000; i++) expect(set.add(i * 7919, i)).toBe(false);
    expect(set.resets).toBe(0);
    for (let i = 1001; i <= 5000; i++) set.add(i * 7919, i);
    expect(set.resets).toBeGreaterThan(0);
  });
});

describe('newLineSpans', () => {
  it('scans a first version whole, then only the lines no earlier version had, with context, exact line numbers', () => {
    const set = new LineSet();
    const v1 = buf(Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n');
    const first = newLineSpans(v1, set);
    expect(texts(v1, first.spans)).toEqual([{ line: 1, last: 20, text: v1.toString() }]);
    const lines = v1.toString().split('\n');
    lines.splice(10, 0, 'TOKEN = "added"');
    const v2 = buf(lines.join('\n'));
    const second = newLineSpans(v2, set, first.version);
    expect(texts(v2, second.spans)).toEqual([
      { line: 11 - CONTEXT, last: 11 + CONTEXT, text: lines.slice(10 - CONTEXT, 11 + CONTEXT).join('\n') },
    ]);
  });

  it('gives the same spans with or without the previous version (which only saves work)', () => {
    const versions: string[] = [];
    let lines = Array.from({ length: 300 }, (_, i) => `const v${i} = ${i * 31};`);
    for (let k = 0; k < 30; k++) {
      lines = [...lines];
      const at = (k * 37) % lines.length;
      if (k % 3 === 0) lines.splice(at, 1);
      else lines.splice(at, 0, `const added${k} = "${'x'.repeat(k)}";`);
      if (k % 5 === 0) lines.push(`// tail ${k}`);
      versions.push(lines.join('\n') + (k % 2 ? '\n' : ''));
    }
    const plain = new LineSet();
    const withPrev = new LineSet();
    let prev: FileVersion | undefined;
    for (const v of versions) {
      const data = buf(v);
      const a = newLineSpans(data, plain);
      const b = newLineSpans(data, withPrev, prev);
      expect(b.spans).toEqual(a.spans);
      expect([...b.version.starts]).toEqual([...a.version.starts]);
      prev = b.version;
    }
  });

  it('gives the same spans with or without the previous version over random edits: inserts, deletes, appends, moves', () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const plain = new LineSet();
    const withPrev = new LineSet();
    for (let file = 0; file < 6; file++) {
      let lines = Array.from({ length: 50 + rnd(400) }, (_, i) => `  line ${file}:${i} ${'#'.repeat(rnd(60))}`);
      let prev: FileVersion | undefined;
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
        const data = buf(lines.join('\n') + (rnd(2) ? '\n' : ''));
        const a = newLineSpans(data, plain);
        const b = newLineSpans(data, withPrev, prev);
        expect(b.spans).toEqual(a.spans);
        expect([...b.version.starts]).toEqual([...a.version.starts]);
        prev = b.version;
      }
    }
  });

  it('finds lines appended after a long last line (the previous version ends inside a shared run)', () => {
    const set = new LineSet();
    const v1 = buf(`head\n${'x'.repeat(400)}\n`);
    const first = newLineSpans(v1, set);
    const v2 = buf(`head\n${'x'.repeat(400)}\nTOKEN=appended\n`);
    expect(texts(v2, newLineSpans(v2, set, first.version).spans).map((t) => t.line)).toEqual([3 - CONTEXT]);
  });

  it('treats a line seen in any other file as not new, and one that changed by a single byte as new', () => {
    const set = new LineSet();
    newLineSpans(buf('a\nKEY=abcdefgh\nb\n'), set);
    expect(newLineSpans(buf('KEY=abcdefgh\n'), set).spans).toEqual([]);
    const changed = buf('KEY=abcdefgi\n');
    expect(texts(changed, newLineSpans(changed, set).spans).map((s) => s.text)).toEqual(['KEY=abcdefgi\n']);
  });

  it('hashes a line the same at any offset (words are read unaligned)', () => {
    const set = new LineSet();
    newLineSpans(buf('0123456789abcdef-secret-line\n'), set);
    for (const pad of ['x\n', 'xy\n', 'xyz\n']) {
      const data = buf(`${pad}0123456789abcdef-secret-line\n`);
      expect(texts(data, newLineSpans(data, set).spans).map((s) => s.line)).toEqual([1]);
    }
  });
});

describe('common prefix and suffix', () => {
  it('finds where two versions differ, across and within blocks', () => {
    const a = buf('x'.repeat(1000) + 'A' + 'y'.repeat(600));
    const b = buf('x'.repeat(1000) + 'B' + 'y'.repeat(600));
    expect(commonPrefix(a, b)).toBe(1000);
    expect(commonSuffix(a, b, 2000)).toBe(600);
    expect(commonSuffix(a, b, 10)).toBe(10);
    expect(commonPrefix(a, a.subarray(0, 5))).toBe(5);
  });
});

describe('RawLogParser', () => {
  const header = (id: string, subject: string) => `\x1e${id}\x001700000000\x00A U Thor\x00a@example.com\x002023-11-14T22:13:20+00:00\x00${subject}`;
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
    expect(out[0]!.changes).toEqual([
      { path: ':odd\nname \x1e.txt', oid: id('a'), mode: '100644' },
      { path: 'src/app.js', oid: id('b'), mode: '100644' },
    ]);
    expect(out[1]!.changes).toEqual([{ path: 'both.txt', oid: id('e'), mode: '100644' }]);
    expect(out[2]!.changes).toEqual([]);
    // Oldest first: seq counts down, so "higher seq = older" holds as for `git log`'s newest-first order.
    expect(out[0]!.info.seq).toBeGreaterThan(out[1]!.info.seq);
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
