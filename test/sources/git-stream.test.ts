import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BlobFetcher, BlobStreamParser, checkObjects, feedLines, readAhead, readBlobs, spawnGit, streamBlobs, type BlobContent } from '../../src/sources/git-stream.js';
import { git, gitRepo } from '../helpers/fs.js';

describe('git streams', () => {
  it('reads blobs of any size back exactly, across chunk boundaries, in the order asked', async () => {
    const sizes = [0, 1, 65_535, 65_536, 70_001, 300_000, 5];
    const contents = sizes.map((n) => randomBytes(n));
    const repo = gitRepo(Object.fromEntries(contents.map((c, i) => [`f${i}.bin`, c])));
    const ids = contents.map((_, i) => git(repo, 'hash-object', '-w', `f${i}.bin`).trim());
    const infos = [];
    for await (const o of checkObjects(repo, [...ids, '0'.repeat(40)])) infos.push(o);
    expect(infos.map((o) => [o.oid, o.type, o.size])).toEqual(ids.map((id, i) => [id, 'blob', sizes[i]]));
    const got: Buffer[] = [];
    for await (const b of readBlobs(repo, ids)) got.push(Buffer.from(b.data));
    expect(got.map((b) => b.length)).toEqual(sizes);
    got.forEach((b, i) => expect(b.equals(contents[i]!)).toBe(true));
  });

  it('reads single blobs on demand, in any order, and says which git does not have', async () => {
    const contents = [Buffer.from('one\n'), randomBytes(200_000), Buffer.alloc(0)];
    const repo = gitRepo(Object.fromEntries(contents.map((c, i) => [`f${i}.bin`, c])));
    const ids = contents.map((_, i) => git(repo, 'hash-object', '-w', `f${i}.bin`).trim());
    const fetcher = new BlobFetcher(repo);
    const got = await Promise.all([fetcher.read(ids[2]!), fetcher.read('0'.repeat(40)), fetcher.read(ids[1]!), fetcher.read(ids[0]!)]);
    expect(got.map((b) => b && Buffer.from(b))).toEqual([contents[2], undefined, contents[1], contents[0]]);
    expect(await fetcher.read(ids[0]!)).toEqual(contents[0]);
    await fetcher.close();
    await new BlobFetcher(repo).close();
  });

  it('parses cat-file output cut into chunks anywhere: headers, contents with newlines, missing objects', () => {
    const blobs = [Buffer.from('a\nb\n'), Buffer.alloc(0), randomBytes(300), Buffer.from('\n\n\n')];
    const oid = (i: number) => String(i).repeat(40);
    const stream = Buffer.concat(blobs.flatMap((b, i) => [
      Buffer.from(`${oid(i)} blob ${b.length}\n`), b, Buffer.from('\n'), ...(i === 1 ? [Buffer.from(`${'f'.repeat(40)} missing\n`)] : []),
    ]));
    for (const size of [1, 2, 7, 41, 64, stream.length]) {
      const parser = new BlobStreamParser();
      const out: BlobContent[] = [];
      for (let i = 0; i < stream.length; i += size) parser.push(stream.subarray(i, i + size), out);
      expect(out.map((b) => b.oid), `chunks of ${size} bytes`).toEqual(blobs.map((_, i) => oid(i)));
      out.forEach((b, i) => expect(b.data.equals(blobs[i]!), `blob ${i}, chunks of ${size} bytes`).toBe(true));
    }
  });

  it('reads ahead every chunk in order, and ends', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.from(`chunk ${i};`));
    let out = '';
    for await (const c of readAhead(Readable.from(chunks), 64)) out += c.toString();
    expect(out).toBe(chunks.map(String).join(''));
  });

  it('pushes blobs as git streams them, and reads nothing more while the reader holds it', async () => {
    const contents = Array.from({ length: 40 }, (_, i) => randomBytes(20_000 + i));
    const repo = gitRepo(Object.fromEntries(contents.map((c, i) => [`f${i}.bin`, c])));
    const ids = contents.map((_, i) => git(repo, 'hash-object', '-w', `f${i}.bin`).trim());
    const proc = spawnGit(repo, ['cat-file', '--batch', '--buffer'], 'read blobs');
    const feeding = feedLines(proc.child, ids);
    const got: Buffer[] = [];
    let state: 'before' | 'held' | 'after' = 'before';
    let tookWhileHeld = 0;
    await streamBlobs(proc.child.stdout, (blobs) => {
      if (state === 'held') tookWhileHeld++;
      for (const b of blobs) got.push(Buffer.from(b.data));
    }, () => {
      // Hold once, after the first ten blobs, for 100 ms: nothing may come meanwhile.
      if (got.length < 10 || state !== 'before') return undefined;
      state = 'held';
      return new Promise((r) => setTimeout(() => {
        state = 'after';
        r();
      }, 100));
    });
    await feeding;
    await proc.finish();
    expect(state).toBe('after');
    expect(tookWhileHeld).toBe(0);
    expect(got.length).toBe(40);
    got.forEach((b, i) => expect(b.equals(contents[i]!), `blob ${i}`).toBe(true));
  });

  it('stops with the error of the reader', async () => {
    const repo = gitRepo({ 'a.txt': 'a\n' });
    const id = git(repo, 'hash-object', '-w', 'a.txt').trim();
    const proc = spawnGit(repo, ['cat-file', '--batch', '--buffer'], 'read blobs');
    void feedLines(proc.child, [id]);
    await expect(streamBlobs(proc.child.stdout, () => {
      throw new Error('reader failed');
    }, () => undefined)).rejects.toThrow('reader failed');
    proc.kill();
  });
});
