/** Payments and shops: Stripe, Shopify. */
import { bearer, byStatus, live, obj, str, unknown, type Verifier } from '../types.js';

export const stripe: Verifier = {
  id: 'stripe',
  name: 'Stripe',
  bases: { api: 'https://api.stripe.com' },
  request: (c) => ({ method: 'GET', path: '/v1/account', headers: bearer(c.secret) }),
  interpret: (res, c) => byStatus(res, () => {
    const b = obj(res.json);
    const name = str(obj(b.business_profile).name) ?? str(b.email);
    return live(`account ${str(b.id) ?? '?'}${name ? ` (${name})` : ''}${c.secret.includes('_test_') ? ', test mode' : ''}`);
  }, { 403: live(undefined, undefined, 'a restricted key: valid, but may not read the account (HTTP 403)') }),
};

/** A shop name is a host label: nothing else may reach the URL. */
const SHOP = /^[a-z0-9][a-z0-9-]{0,60}$/;

export const shopify: Verifier = {
  id: 'shopify',
  name: 'Shopify',
  bases: { api: 'https://{shop}.myshopify.com' },
  request: (c) => (c.partner.shop && SHOP.test(c.partner.shop)
    ? { method: 'GET', path: '/admin/oauth/access_scopes.json', headers: { 'x-shopify-access-token': c.secret } }
    : unknown('a Shopify token needs its shop (NAME.myshopify.com), and none was found in the same file')),
  interpret: (res, c) => byStatus(res, () => {
    const list = obj(res.json).access_scopes;
    const scopes = Array.isArray(list) ? list.map((s) => str(obj(s).handle)).filter((s): s is string => Boolean(s)) : [];
    return live(`shop ${c.partner.shop}.myshopify.com`, scopes);
  }),
};
