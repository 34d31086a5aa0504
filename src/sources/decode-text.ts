/** Bytes → text for scanning, or undefined for binary content. */
const SNIFF = 8000;

export function decodeText(buf: Buffer): string | undefined {
  // UTF-16 with a byte-order mark holds NULs but is text (Windows tools write it).
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const head = buf.subarray(0, SNIFF);
  if (head.includes(0)) return undefined;
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return buf.toString('utf8', start);
}
