import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkObjects, readAhead, readBlobs } from '../../src/sources/git-stream.js';
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

  it('reads ahead every chunk in order, and ends', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.from(`chunk ${i};`));
    let out = '';
    for await (const c of readAhead(Readable.from(chunks), 64)) out += c.toString();
    expect(out).toBe(chunks.map(String).join(''));
  });
});
