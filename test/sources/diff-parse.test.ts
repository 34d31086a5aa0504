import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffParser, LineSplitter, parseDiff, splitGitLine, unquote, withContext } from '../../src/sources/diff-parse.js';
import { git, gitRepo } from '../helpers/fs.js';

const d = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('parseDiff: added lines only', () => {
  it('turns each run of added lines into one block at the new-file line number; deleted lines never appear', () => {
    const { files, blocks } = parseDiff(d(
      'diff --git a/app.env b/app.env',
      'index 4cb29ea..657b95b 100644',
      '--- a/app.env',
      '+++ b/app.env',
      '@@ -2 +2,2 @@ HEADER',
      '-OLD_SECRET=removed',
      '+NEW=1',
      '+NEW=2',
      '@@ -10,0 +12 @@ context text',
      '+TAIL=3',
      '@@ -20,3 +21,0 @@',
      '-gone 1',
      '-gone 2',
      '-gone 3',
    ));
    expect(blocks).toEqual([
      { path: 'app.env', startLine: 2, text: 'NEW=1\nNEW=2' },
      { path: 'app.env', startLine: 12, text: 'TAIL=3' },
    ]);
    expect(files).toEqual([expect.objectContaining({ path: 'app.env', status: 'modified', binary: false, mode: '100644', oldBlob: '4cb29ea', newBlob: '657b95b' })]);
    expect(JSON.stringify(blocks)).not.toContain('removed');
  });

  it('reads new files, deleted files (no blocks), and "\\ No newline at end of file"', () => {
    const { files, blocks } = parseDiff(d(
      'diff --git a/new.txt b/new.txt',
      'new file mode 100644',
      'index 0000000..1a9d148',
      '--- /dev/null',
      '+++ b/new.txt',
      '@@ -0,0 +1,2 @@',
      '+first',
      '+second',
      '\\ No newline at end of file',
      'diff --git a/del.txt b/del.txt',
      'deleted file mode 100644',
      'index abaddc0..0000000',
      '--- a/del.txt',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-del 1',
      '\\ No newline at end of file',
      '-del 2',
    ));
    expect(files.map((f) => [f.path, f.status])).toEqual([['new.txt', 'added'], ['del.txt', 'deleted']]);
    expect(blocks).toEqual([{ path: 'new.txt', startLine: 1, text: 'first\nsecond' }]);
  });

  it('names renamed and copied files by their new path, keeping the old one', () => {
    const { files, blocks } = parseDiff(d(
      'diff --git a/big.txt b/copy.txt',
      'similarity index 95%',
      'copy from big.txt',
      'copy to copy.txt',
      'index 96cc558..fb0a73a 100644',
      '--- a/big.txt',
      '+++ b/copy.txt',
      '@@ -50,0 +51 @@',
      '+extra',
      'diff --git a/old name.txt b/new name.txt',
      'similarity index 100%',
      'rename from old name.txt',
      'rename to new name.txt',
    ));
    expect(files.map((f) => [f.path, f.oldPath, f.status])).toEqual([
      ['copy.txt', 'big.txt', 'copied'],
      ['new name.txt', 'old name.txt', 'renamed'],
    ]);
    expect(blocks).toEqual([{ path: 'copy.txt', startLine: 51, text: 'extra' }]);
  });

  it('reports mode changes, symlinks and submodules with their mode', () => {
    const { files, blocks } = parseDiff(d(
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/sub b/sub',
      'new file mode 160000',
      'index 0000000..1ab610b',
      '--- /dev/null',
      '+++ b/sub',
      '@@ -0,0 +1 @@',
      '+Subproject commit 1ab610bd9b0b601845621d7e3450bd6bbef49d3d',
    ));
    expect(files.map((f) => [f.path, f.mode, f.status])).toEqual([['run.sh', '100755', 'modified'], ['sub', '160000', 'added']]);
    expect(blocks).toHaveLength(1);
  });

  it('marks binary files (and skips a GIT binary patch), with the path from the diff --git line', () => {
    const { files, blocks, other } = parseDiff(d(
      'diff --git a/img dir/logo.png b/img dir/logo.png',
      'new file mode 100644',
      'index 0000000..8352675',
      'Binary files /dev/null and b/img dir/logo.png differ',
      'diff --git a/x.bin b/x.bin',
      'index 8352675..1234567 100644',
      'GIT binary patch',
      'literal 3',
      'KcmZQzWMT#Y01f~E',
      '',
      'literal 0',
      'HcmV?d00001',
      '',
      'diff --git a/t.txt b/t.txt',
      '--- a/t.txt',
      '+++ b/t.txt',
      '@@ -1 +1 @@',
      '-a',
      '+b',
    ));
    expect(files.map((f) => [f.path, f.binary, f.status])).toEqual([['img dir/logo.png', true, 'added'], ['x.bin', true, 'modified'], ['t.txt', false, 'modified']]);
    expect(blocks).toEqual([{ path: 't.txt', startLine: 1, text: 'b' }]);
    expect(other).toEqual([]);
  });

  it('decodes quoted names: octal UTF-8, newline, tab, quote, backslash; strips the tab git adds after a name with a space', () => {
    const { files } = parseDiff(d(
      'diff --git "a/\\303\\274n\\303\\257.txt" "b/\\303\\274n\\303\\257.txt"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/\\303\\274n\\303\\257.txt"',
      '@@ -0,0 +1 @@',
      '+u',
      'diff --git "a/new\\nline.txt" "b/new\\nline.txt"',
      '--- /dev/null',
      '+++ "b/new\\nline.txt"',
      '@@ -0,0 +1 @@',
      '+n',
      'diff --git "a/q\\"t\\\\x\\t.txt" "b/q\\"t\\\\x\\t.txt"',
      'new file mode 100644',
      'index 0000000..8cc35a3',
      'Binary files /dev/null and "b/q\\"t\\\\x\\t.txt" differ',
      'diff --git a/sp ace.txt b/sp ace.txt',
      'index 587be6b..975fbec 100644',
      '--- a/sp ace.txt\t',
      '+++ b/sp ace.txt\t',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      'diff --git a/plain.txt "b/\\346\\226\\260.txt"',
      'similarity index 90%',
      'rename from plain.txt',
      'rename to "\\346\\226\\260.txt"',
    ));
    expect(files.map((f) => f.path)).toEqual(['ünï.txt', 'new\nline.txt', 'q"t\\x\t.txt', 'sp ace.txt', '新.txt']);
    expect(files[4]!.oldPath).toBe('plain.txt');
  });

  it('keeps runs apart at context lines (-U3) and together across removed lines', () => {
    const { blocks } = parseDiff(d(
      'diff --git a/f b/f',
      '--- a/f',
      '+++ b/f',
      '@@ -1,6 +1,7 @@',
      ' one',
      '-two',
      '+TWO',
      '-three',
      '+THREE',
      ' four',
      '+inserted',
      ' five',
      '',
      // an empty context line (diff.suppressBlankEmpty)
    ));
    expect(blocks).toEqual([
      { path: 'f', startLine: 2, text: 'TWO\nTHREE' },
      { path: 'f', startLine: 5, text: 'inserted' },
    ]);
  });

  it('keeps CR of CRLF lines and treats diff-looking content inside a hunk as content', () => {
    const { files, blocks } = parseDiff(d(
      'diff --git a/p.patch b/p.patch',
      '--- /dev/null',
      '+++ b/p.patch',
      '@@ -0,0 +1,4 @@',
      '+diff --git a/x b/x',
      '+@@ -1 +1 @@',
      '+++ b/x',
      '+win\r',
    ));
    expect(files).toHaveLength(1);
    expect(blocks).toEqual([{ path: 'p.patch', startLine: 1, text: 'diff --git a/x b/x\n@@ -1 +1 @@\n++ b/x\nwin\r' }]);
  });

  it('recovers from a hunk cut short: the next file still parses', () => {
    const { files, blocks } = parseDiff(d(
      'diff --git a/a b/a',
      '--- a/a',
      '+++ b/a',
      '@@ -1 +1,3 @@',
      '+only one of three',
      'diff --git a/b b/b',
      '--- a/b',
      '+++ b/b',
      '@@ -0,0 +1 @@',
      '+bee',
    ));
    expect(files.map((f) => f.path)).toEqual(['a', 'b']);
    expect(blocks.map((b) => [b.path, b.text])).toEqual([['a', 'only one of three'], ['b', 'bee']]);
  });

  it('stops keeping a file\'s lines past maxFileBytes and marks it tooLarge', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `+line ${i}`);
    const { files, blocks } = parseDiff(d(
      'diff --git a/big b/big', '--- /dev/null', '+++ b/big', '@@ -0,0 +1,100 @@', ...lines,
      'diff --git a/small b/small', '--- /dev/null', '+++ b/small', '@@ -0,0 +1 @@', '+ok',
    ), { maxFileBytes: 200 });
    expect(files.map((f) => [f.path, f.tooLarge])).toEqual([['big', true], ['small', false]]);
    expect(files[0]!.addedBytes).toBe(lines.reduce((n, l) => n + l.length, 0));
    expect(blocks.map((b) => b.path)).toEqual(['small']);
  });
});

describe('parseDiff: git log -p streams', () => {
  it('hands back commit headers and messages, and reads the diffs between them', () => {
    const { files, blocks, other } = parseDiff(d(
      'commit 05620bc471a595dbdbe8f9a4fa0e42f5962724b8',
      'Author: A <a@example.test>',
      '',
      '    diff --git a/fake b/fake',
      '    +not a line',
      '',
      'diff --git a/x b/x',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/x',
      '@@ -0,0 +1 @@',
      '+first commit',
      '',
      'commit 1ab610bd9b0b601845621d7e3450bd6bbef49d3d',
      '',
      'diff --git a/y b/y',
      'old mode 100644',
      'new mode 100755',
      'commit 72900aeae68062840ca19c96ff08bb0ea894fc26',
    ));
    expect(files.map((f) => f.path)).toEqual(['x', 'y']);
    expect(blocks).toEqual([{ path: 'x', startLine: 1, text: 'first commit' }]);
    expect(other).toEqual([
      'commit 05620bc471a595dbdbe8f9a4fa0e42f5962724b8', 'Author: A <a@example.test>', '', '    diff --git a/fake b/fake', '    +not a line', '',
      '', 'commit 1ab610bd9b0b601845621d7e3450bd6bbef49d3d', '', 'commit 72900aeae68062840ca19c96ff08bb0ea894fc26',
    ]);
  });

  it('after a file\'s hunks, header-looking lines belong to the caller, not to the file', () => {
    const { files, other } = parseDiff(d(
      'diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1 +1 @@', '-a', '+b',
      '--- not a header', '+++ nor this', 'index of a message',
    ));
    expect(files.map((f) => f.path)).toEqual(['x']);
    expect(other).toEqual(['--- not a header', '+++ nor this', 'index of a message']);
  });

  it('reads combined merge diffs (--cc): only lines new against every parent are added', () => {
    const { files, blocks } = parseDiff(d(
      'diff --cc f',
      'index af70335,f794161..aa0fe29',
      '--- a/f',
      '+++ b/f',
      '@@@ -2,1 -2,1 +2,3 @@@',
      ' +MAIN',
      '+ SIDE',
      '++EVIL',
      'diff --combined "g h\\t"',
      'index 1,2..3',
      '--- "a/g h\\t"',
      '+++ "b/g h\\t"',
      '@@@ -1,2 -1,1 +1,1 @@@',
      '- gone',
      '++EVIL2',
      '  shared',
    ));
    expect(files.map((f) => [f.path, f.combined])).toEqual([['f', true], ['g h\t', true]]);
    expect(blocks).toEqual([{ path: 'f', startLine: 4, text: 'EVIL' }, { path: 'g h\t', startLine: 1, text: 'EVIL2' }]);
  });
});

describe('helpers', () => {
  it('splitGitLine splits unquoted names with spaces and mixed quoting', () => {
    expect(splitGitLine('a/x y b/x y')).toEqual(['x y', 'x y']);
    expect(splitGitLine('a/b b/c b/b b/c')).toEqual(['b b/c', 'b b/c']);
    expect(splitGitLine('a/old b/new')).toEqual(['old', 'new']);
    expect(splitGitLine('a/plain "b/\\303\\274"')).toEqual(['plain', 'ü']);
    expect(splitGitLine('"a/\\303\\274" b/plain')).toEqual(['ü', 'plain']);
  });

  it('unquote decodes C escapes and leaves unquoted names alone', () => {
    expect(unquote('"\\a\\b\\t\\n\\v\\f\\r\\"\\\\"')).toBe('\x07\b\t\n\v\f\r"\\');
    expect(unquote('"\\303\\274"')).toBe('ü');
    expect(unquote('"ü"')).toBe('ü');
    expect(unquote('plain "x"')).toBe('plain "x"');
  });

  it('LineSplitter keeps lines whole across chunks and returns a last unterminated line', () => {
    const s = new LineSplitter();
    expect(s.write('ab')).toEqual([]);
    expect(s.write('c\r\nde')).toEqual(['abc\r']);
    expect(s.write('\n\nf')).toEqual(['de', '']);
    expect(s.end()).toEqual(['f']);
    expect(s.end()).toEqual([]);
  });

  it('passes the context lines just above a run and those just below, and only when they are next to it', () => {
    const got: Array<[number, string[], string[]]> = [];
    const p = new DiffParser({ added: (_f, start, _lines, above, below) => got.push([start, above, below]) });
    for (const line of [
      'diff --git a/f b/f', '--- a/f', '+++ b/f',
      '@@ -1,4 +1,5 @@', ' a', ' // leakward:allow-next-line', '-old', '+new', ' kept', '+appended',
      '@@ -0,0 +1 @@', '+first line: nothing above',
    ]) p.push(line);
    p.end();
    expect(got).toEqual([[3, ['a', '// leakward:allow-next-line'], ['kept']], [5, ['kept'], []], [1, [], []]]);
    // Below: up to KEY_HEADER_REACH context lines, handed over when the next run starts or the hunk ends.
    const many: Array<[number, string[]]> = [];
    const q = new DiffParser({ added: (_f, start, _lines, _above, below) => many.push([start, below]) });
    const context = Array.from({ length: 10 }, (_, i) => ` c${i}`);
    for (const line of ['diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -1,12 +1,13 @@', '+x', ...context, '-gone', '+y', ' last']) q.push(line);
    q.end();
    expect(many).toEqual([[1, context.slice(0, 8).map((c) => c.slice(1))], [12, ['last']]]);
  });

  it('withContext scans the nearest line above, or from the line above a key block\'s first line, and below the nearest line or down to the block\'s last', () => {
    expect(withContext(5, ["new"], ["x", "y"], ["z", "w"])).toMatchObject({ startLine: 4, lines: ['y', 'new', 'z'], context: [4, 6] });
    expect(withContext(5, ['body2'], ['-----BEGIN OPENSSH PRIVATE KEY-----', 'body1'], []))
      .toEqual({ startLine: 3, lines: ['-----BEGIN OPENSSH PRIVATE KEY-----', 'body1', 'body2'], context: [3, 4], open: true });
    expect(withContext(1, ["only"], [], [])).toMatchObject({ startLine: 1, lines: ['only'], context: [] });
    // An allow-next-line comment over the key; the block left open is read down to its END line.
    expect(withContext(6, ['body2'], ['# leakward:allow-next-line', '-----BEGIN RSA PRIVATE KEY-----', 'body1'], ['body3', '-----END RSA PRIVATE KEY-----', 'after']))
      .toEqual({ startLine: 3, lines: ['# leakward:allow-next-line', '-----BEGIN RSA PRIVATE KEY-----', 'body1', 'body2', 'body3', '-----END RSA PRIVATE KEY-----'], context: [3, 4, 5, 7, 8], open: false });
    // A PuTTY key's header starts its block, Private-MAC ends it.
    expect(withContext(4, ['AAAA'], ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none'], ['Private-Lines: 1', 'BBBB', 'Private-MAC: 00', 'x']).lines)
      .toEqual(['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'AAAA', 'Private-Lines: 1', 'BBBB', 'Private-MAC: 00']);
  });

  it('DiffParser streams: push returns false only for lines outside a diff', () => {
    const got: Array<[string, number, string[]]> = [];
    const p = new DiffParser({ added: (f, start, lines) => got.push([f.path, start, lines]) });
    expect(p.push('commit abc')).toBe(false);
    expect(p.push('diff --git a/z b/z')).toBe(true);
    expect(p.push('@@ -0,0 +1 @@')).toBe(true);
    expect(p.push('+zed')).toBe(true);
    expect(p.push('')).toBe(false);
    p.end();
    expect(got).toEqual([['z', 1, ['zed']]]);
  });
});

describe('parseDiff against real git', () => {
  it('every block is exactly the new file\'s lines at its line numbers, for random edits', () => {
    const repo = gitRepo();
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const before = Array.from({ length: 300 }, (_, i) => `line ${i}`);
    writeFileSync(join(repo, 'f.txt'), before.join('\n') + '\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    const after: string[] = [];
    for (const l of before) {
      const r = rnd();
      if (r < 0.1) continue; // delete
      if (r < 0.2) after.push(`changed ${l}`);
      else after.push(l);
      if (rnd() < 0.1) after.push(`inserted after ${l}`, `and another ${l}`);
    }
    writeFileSync(join(repo, 'f.txt'), after.join('\n') + '\n');
    git(repo, 'add', '.');
    for (const ctx of ['-U0', '-U3']) {
      const out = git(repo, 'diff', '--cached', ctx, '--no-color', '--src-prefix=a/', '--dst-prefix=b/');
      const { blocks } = parseDiff(out);
      const lines = readFileSync(join(repo, 'f.txt'), 'utf8').split('\n');
      const addedExpected = after.filter((l) => !before.includes(l));
      expect(blocks.flatMap((b) => b.text.split('\n'))).toEqual(addedExpected);
      for (const b of blocks) expect(lines.slice(b.startLine - 1, b.startLine - 1 + b.text.split('\n').length).join('\n')).toBe(b.text);
    }
  });
});
