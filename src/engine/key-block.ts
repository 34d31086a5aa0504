/**
 * Key blocks: the lines a private key spans in a file — a PEM or PGP block (`-----BEGIN …` to
 * `-----END …`) or a PuTTY key file (its `PuTTY-User-Key-File-` line to `Private-MAC:`), indented
 * too (a YAML block scalar). The sources that scan a change's lines with some unchanged ones around
 * them read on to a block's ends, so a key is matched whole, as a tree scan sees it.
 */

/** Whether `line` starts a key block. */
export const beginsBlock = (line: string): boolean => {
  const t = line.trimStart();
  return t.startsWith('-----BEGIN ') || t.startsWith('PuTTY-User-Key-File-');
};

/** Whether `line` ends a key block. */
export const endsBlock = (line: string): boolean => {
  const t = line.trimStart();
  return t.startsWith('-----END ') || t.startsWith('Private-MAC:');
};
