/** Every verifier by id: rules name them in `verify = "<id>"`. */
import { anthropic, google, huggingface, openai } from './providers/ai.js';
import { aws } from './providers/aws.js';
import { cloudflare, datadog, digitalocean, vault } from './providers/cloud.js';
import { shopify, stripe } from './providers/commerce.js';
import { buildkite, doppler, figma, heroku, linear, notion, postman, sentry } from './providers/devtools.js';
import { github } from './providers/github.js';
import { gitlab } from './providers/gitlab.js';
import { jwt } from './providers/jwt.js';
import { discord, mailgun, sendgrid, telegram, twilio } from './providers/messaging.js';
import { npm } from './providers/registries.js';
import { slack } from './providers/slack.js';
import type { Verifier } from './types.js';

export const VERIFIERS: ReadonlyMap<string, Verifier> = new Map(
  [
    github, gitlab, npm, slack, stripe, openai, anthropic, google, huggingface, digitalocean, sendgrid, twilio,
    mailgun, shopify, discord, telegram, postman, doppler, sentry, heroku, linear, notion, figma, cloudflare,
    datadog, aws, vault, buildkite, jwt,
  ].map((v) => [v.id, v]),
);
