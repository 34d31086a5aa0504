/** `leakward audit verify FILE`: is the hash chain intact? */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkChain } from '../audit/chain.js';
import { LeakwardError } from '../errors.js';
import type { Io } from './io.js';

export function auditVerify(io: Io, file: string): number {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new LeakwardError('IO', `cannot read the audit log ${file}: ${(e as NodeJS.ErrnoException).code}`, 'Check the path.');
  }
  const r = checkChain(text);
  if (r.ok) {
    io.out(`${file}: intact, ${r.records} record${r.records === 1 ? '' : 's'}; last hash ${r.lastHash}\n` +
      '  (records dropped from the end cannot be seen in the file alone: compare the last hash with one kept elsewhere)\n');
    return 0;
  }
  io.out(`${file}:${r.line}: broken: ${r.problem}\n  the ${r.records} record${r.records === 1 ? '' : 's'} before line ${r.line} are intact.\n`);
  return 1;
}
