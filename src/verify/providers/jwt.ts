/**
 * JSON Web Tokens: no issuer to ask, so only what can be read offline — an `exp` in the past settles
 * it as invalid without the network; anything else stays unknown.
 */
import { decodeStructure } from '../../engine/structure.js';
import { invalid, unknown, type Verifier } from '../types.js';

export function jwtExpiry(secret: string): number | undefined {
  const s = decodeStructure('jwt', secret);
  const exp = s.info?.data?.exp;
  return typeof exp === 'number' ? exp : undefined;
}

export const jwt: Verifier = {
  id: 'jwt',
  name: 'JWT (offline)',
  bases: {},
  request: (c) => {
    const exp = jwtExpiry(c.secret);
    if (exp === undefined) return unknown('no expiry in the token and no issuer to ask: treat it as live');
    const when = new Date(exp * 1000);
    // Checked against the clock at verification time; the token is worthless after its expiry.
    return exp * 1000 < Date.now() ? invalid(`expired at ${when.toISOString()}`) : unknown(`valid until ${when.toISOString()}; no issuer to ask`);
  },
  interpret: () => unknown('not a network check'),
};
