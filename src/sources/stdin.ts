/** `leakward scan -`: standard input as one Fragment. */
import type { Fragment } from '../types.js';
import { decodeText } from './decode-text.js';

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Fragment & { bytes: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const buf = Buffer.concat(chunks);
  return { text: decodeText(buf) ?? buf.toString('latin1'), path: '<stdin>', startLine: 1, bytes: buf.length };
}
