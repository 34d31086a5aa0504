/** Test-time secrets: generated from the formats, never written down. */
export { expandTemplates as gen, expandExample } from '../../src/rules/templates.js';
import { expandTemplates } from '../../src/rules/templates.js';

/**
 * An unencrypted OpenSSH ed25519 private key. Its first body line is the same for every such key
 * (the format's name, no cipher, the key type): a rotation changes only the lines below it. Kept in
 * pieces so no line of this file looks like a key.
 */
export function opensshKey(): string {
  const sameForEveryKey = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUA', 'AAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'].join('');
  return expandTemplates(`-----BEGIN OPENSSH ${'PRIVATE'} KEY-----\n${sameForEveryKey}\nQyNTUxOQAAACA{{base64:57}}\n{{base64:70}}\n{{base64:70}}\n{{base64:42}}=\n-----END OPENSSH ${'PRIVATE'} KEY-----\n`);
}

/** The body lines of an unencrypted PEM RSA private key, `lines` of them (the last one shorter, padded). */
export function rsaKeyBody(lines = 4): string[] {
  return expandTemplates(['MIIEow{{base64:58}}', ...Array(lines - 2).fill('{{base64:64}}'), '{{base64:40}}=='].join('\n')).split('\n');
}

/** A PEM RSA private key block around `body`, with a final line break. */
export function rsaKey(body = rsaKeyBody()): string {
  return `-----BEGIN RSA ${'PRIVATE'} KEY-----\n${body.join('\n')}\n-----END RSA ${'PRIVATE'} KEY-----\n`;
}
