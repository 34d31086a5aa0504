/**
 * Multi-part credentials: some secrets only work with a second fact found next to them — an AWS key id
 * and its secret key, a Twilio auth token and its account SID, a Shopify token and its shop. The other
 * part comes from findings in the same file (and commit), or from the file's text when the caller has it.
 */
import type { Finding } from '../types.js';
import type { Credential } from './types.js';

const groupKey = (f: Finding) => `${f.file}\0${f.commit ?? ''}`;

export function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = groupKey(f);
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return out;
}

/** The finding of rule `ruleId` closest (by line) to `f` in the same file. */
function nearest(f: Finding, group: Finding[], ruleId: string): Finding | undefined {
  let best: Finding | undefined;
  for (const g of group) {
    if (g.ruleId !== ruleId || g === f) continue;
    if (!best || Math.abs(g.line - f.line) < Math.abs(best.line - f.line)) best = g;
  }
  return best;
}

function firstMatch(re: RegExp, texts: string[]): string | undefined {
  for (const t of texts) {
    const m = re.exec(t);
    if (m) return m[1] ?? m[0];
  }
  return undefined;
}

export function credentialFor(f: Finding, group: Finding[], context?: string): Credential {
  const partner: Record<string, string> = {};
  const texts = [f.match, f.lineText, ...group.filter((g) => g !== f).map((g) => g.lineText), ...(context ? [context] : [])];
  const set = (k: string, v: string | undefined) => {
    if (v) partner[k] = v;
  };
  switch (f.verify) {
    case 'aws':
      if (f.ruleId === 'aws-secret-access-key') set('awsKeyId', nearest(f, group, 'aws-access-token')?.secret);
      else set('awsSecretKey', nearest(f, group, 'aws-secret-access-key')?.secret);
      set('awsSessionToken', nearest(f, group, 'aws-session-token')?.secret);
      break;
    case 'twilio':
      if (f.ruleId === 'twilio-api-key') set('twilioSecret', nearest(f, group, 'twilio-auth-token')?.secret);
      else {
        set('twilioSid', firstMatch(/\b(AC[0-9a-f]{32})\b/, texts));
        set('twilioKeySid', nearest(f, group, 'twilio-api-key')?.secret);
      }
      break;
    case 'shopify':
      set('shop', firstMatch(/\b([a-z0-9][a-z0-9-]{0,60})\.myshopify\.com\b/, texts));
      break;
  }
  return { secret: f.secret, ruleId: f.ruleId, partner };
}
