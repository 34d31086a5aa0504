/** Messaging and email: Discord, Telegram, Twilio, SendGrid, Mailgun. Nothing is ever sent. */
import { basic, bearer, byStatus, invalid, live, obj, str, unknown, type Verifier } from '../types.js';

export const discord: Verifier = {
  id: 'discord',
  name: 'Discord',
  bases: { api: 'https://discord.com' },
  request: (c) => ({ method: 'GET', path: '/api/v10/users/@me', headers: { authorization: `Bot ${c.secret}` } }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    return live(str(b.username) && `bot ${str(b.username)} (id ${str(b.id) ?? '?'})`);
  }),
};

export const telegram: Verifier = {
  id: 'telegram',
  name: 'Telegram',
  bases: { api: 'https://api.telegram.org' },
  // The token is in the path (Bot API design): http.ts never reports URLs, only host and masked path.
  request: (c) => ({ method: 'GET', path: `/bot${c.secret}/getMe` }),
  interpret: (res) => {
    const b = obj(res.json);
    if (res.status === 200 && b.ok === true) {
      const r = obj(b.result);
      return live(str(r.username) && `bot @${str(r.username)} (id ${str(r.id) ?? '?'})`);
    }
    if (res.status === 401 || res.status === 404) return invalid(`Telegram rejected it (HTTP ${res.status})`);
    return unknown(`unexpected answer (HTTP ${res.status})`);
  },
};

const TWILIO_SID = /^AC[0-9a-f]{32}$/;
const TWILIO_KEY_SID = /^SK[0-9a-fA-F]{32}$/;

/**
 * Twilio needs two parts: an auth token with its account SID (AC…), or an API key SID (SK…) with its
 * secret. pair.ts finds the other part in the same file.
 */
export const twilio: Verifier = {
  id: 'twilio',
  name: 'Twilio',
  bases: { api: 'https://api.twilio.com' },
  request: (c) => {
    if (TWILIO_KEY_SID.test(c.secret)) {
      const secret = c.partner.twilioSecret;
      return secret ? { method: 'GET', path: '/2010-04-01/Accounts.json?PageSize=1', headers: basic(c.secret, secret) }
        : unknown('an API key SID needs its secret, and none was found in the same file');
    }
    if (c.partner.twilioSid && TWILIO_SID.test(c.partner.twilioSid)) {
      return { method: 'GET', path: `/2010-04-01/Accounts/${c.partner.twilioSid}.json`, headers: basic(c.partner.twilioSid, c.secret) };
    }
    if (c.partner.twilioKeySid && TWILIO_KEY_SID.test(c.partner.twilioKeySid)) {
      return { method: 'GET', path: '/2010-04-01/Accounts.json?PageSize=1', headers: basic(c.partner.twilioKeySid, c.secret) };
    }
    return unknown('a Twilio auth token needs its account SID (AC…), and none was found in the same file');
  },
  interpret: (res, c) => byStatus(res, () => {
    const b = obj(res.json);
    const account = Array.isArray(b.accounts) ? obj(b.accounts[0]) : b;
    const name = str(account.friendly_name);
    return live(`account ${str(account.sid) ?? c.partner.twilioSid ?? '?'}${name ? ` "${name}"` : ''}${str(account.status) ? `, ${str(account.status)}` : ''}`);
  }),
};

export const sendgrid: Verifier = {
  id: 'sendgrid',
  name: 'SendGrid',
  bases: { api: 'https://api.sendgrid.com' },
  request: (c) => ({ method: 'GET', path: '/v3/scopes', headers: bearer(c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const scopes = obj(res.json).scopes;
    return live(undefined, Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : undefined);
  }, { 403: live(undefined, undefined, 'the key is valid but may not read its scopes (HTTP 403)') }),
};

export const mailgun: Verifier = {
  id: 'mailgun',
  name: 'Mailgun',
  bases: { api: 'https://api.mailgun.net' },
  request: (c) => ({ method: 'GET', path: '/v3/domains?limit=5', headers: basic('api', c.secret) }),
  interpret: (res) => byStatus(res, () => {
    const b = obj(res.json);
    const names = Array.isArray(b.items) ? b.items.map((d) => str(obj(d).name)).filter(Boolean) : [];
    return live(`${str(b.total_count) ?? names.length} sending domain(s)${names.length ? `: ${names.join(', ')}` : ''}`);
  }, { 403: invalid('Mailgun rejected it (HTTP 403)') }),
};
