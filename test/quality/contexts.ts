/**
 * Realistic places a value ends up in: the same assignment rendered as TypeScript, Python, a `.env`
 * file, a Kubernetes Secret (base64), a notebook cell, and so on.
 */
import { b64, type Rng } from './rng.js';

/** A variable name as words (`['github', 'token']`); each context spells it its own way. */
export type Words = readonly string[];

export interface Assign {
  name: Words;
  value: string;
}

export interface Rendered {
  path: string;
  text: string;
}

export const CONTEXTS = [
  'ts',
  'js',
  'python',
  'go',
  'java',
  'env',
  'yaml',
  'k8s-secret',
  'json',
  'ipynb',
  'dockerfile',
  'shell',
  'curl',
  'props-xml',
  'terraform',
  'gh-actions',
  'markdown',
] as const;
export type ContextId = (typeof CONTEXTS)[number];

export const upperSnake = (w: Words): string => w.map((x) => x.toUpperCase()).join('_');
export const lowerSnake = (w: Words): string => w.map((x) => x.toLowerCase()).join('_');
export const camel = (w: Words): string =>
  w.map((x, i) => (i === 0 ? x.toLowerCase() : x[0]!.toUpperCase() + x.slice(1).toLowerCase())).join('');
export const pascal = (w: Words): string => w.map((x) => x[0]!.toUpperCase() + x.slice(1).toLowerCase()).join('');
export const dotted = (w: Words): string => w.map((x) => x.toLowerCase()).join('.');
export const kebab = (w: Words): string => w.map((x) => x.toLowerCase()).join('-');

/** YAML needs quotes around values with indicator characters; people quote them anyway half the time. */
function yamlValue(v: string, r: Rng): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_./+=-]*$/.test(v) && !r.chance(0.4)) return v;
  return r.chance(0.5) ? `"${v}"` : `'${v}'`;
}

/** What a curl line for this value looks like; providers override it with their real header and host. */
export type CurlLine = (value: string) => string;

export interface RenderOptions {
  curl?: CurlLine;
  /** A provider-specific Terraform block (e.g. `provider "datadog" { api_key = … }`). */
  terraform?: (value: string) => string;
}

const defaultCurl: CurlLine = (v) => `curl -sS -H "Authorization: Bearer ${v}" https://api.example.com/v1/me`;

export function render(ctx: ContextId, assigns: readonly Assign[], r: Rng, opts: RenderOptions = {}): Rendered {
  const a0 = assigns[0]!;
  switch (ctx) {
    case 'ts': {
      if (r.chance(0.5)) {
        const lines = assigns.map((a) => `  ${camel(a.name)}: '${a.value}',`);
        return {
          path: r.pick(['src/config.ts', 'src/lib/client.ts', 'packages/api/src/env.ts']),
          text: [`import { createClient } from './client';`, '', 'export const config = {', ...lines, '  retries: 3,', '};', '', 'export const client = createClient(config);', ''].join('\n'),
        };
      }
      const lines = assigns.map((a) => `const ${upperSnake(a.name)}: string = "${a.value}";`);
      return {
        path: 'src/integrations/sync.ts',
        text: ['import fetch from "node-fetch";', '', ...lines, '', 'export async function sync(): Promise<void> {', '  await fetch(URL, { method: "POST" });', '}', ''].join('\n'),
      };
    }
    case 'js': {
      const lines = assigns.map((a) => `const ${upperSnake(a.name)} = process.env.${upperSnake(a.name)} || '${a.value}';`);
      return {
        path: r.pick(['scripts/deploy.js', 'server/index.js', 'lib/upload.mjs']),
        text: ["'use strict';", "const axios = require('axios');", '', ...lines, '', 'module.exports = async function run() {', '  return axios.get(BASE_URL);', '};', ''].join('\n'),
      };
    }
    case 'python': {
      if (r.chance(0.5)) {
        const lines = assigns.map((a) => `${upperSnake(a.name)} = "${a.value}"`);
        return {
          path: r.pick(['app/settings.py', 'config.py', 'src/service/constants.py']),
          text: ['import os', 'import requests', '', 'DEBUG = False', ...lines, '', '', 'def main():', '    resp = requests.get(URL, timeout=10)', '    resp.raise_for_status()', ''].join('\n'),
        };
      }
      const args = assigns.map((a) => `    ${lowerSnake(a.name)}="${a.value}",`);
      return {
        path: 'scripts/backfill.py',
        text: ['from service import Client', '', 'client = Client(', ...args, '    timeout=30,', ')', 'client.run()', ''].join('\n'),
      };
    }
    case 'go': {
      const lines = assigns.map((a) => `\t${camel(a.name)} = "${a.value}"`);
      return {
        path: r.pick(['cmd/sync/main.go', 'internal/client/config.go']),
        text: ['package main', '', 'import (', '\t"net/http"', ')', '', 'const (', ...lines, ')', '', 'func main() {', '\t_ = http.DefaultClient', '}', ''].join('\n'),
      };
    }
    case 'java': {
      const lines = assigns.map((a) => `    private static final String ${upperSnake(a.name)} = "${a.value}";`);
      return {
        path: 'src/main/java/com/acme/integration/ApiConfig.java',
        text: ['package com.acme.integration;', '', 'public final class ApiConfig {', ...lines, '', '    private ApiConfig() {}', '}', ''].join('\n'),
      };
    }
    case 'env': {
      const lines = assigns.map((a) => (r.chance(0.3) ? `${upperSnake(a.name)}="${a.value}"` : `${upperSnake(a.name)}=${a.value}`));
      return {
        path: r.pick(['.env', '.env.production', '.env.local', 'deploy/app.env']),
        text: ['# service configuration', 'NODE_ENV=production', 'PORT=8080', ...lines, 'LOG_LEVEL=info', ''].join('\n'),
      };
    }
    case 'yaml': {
      const lines = assigns.map((a) => `  ${lowerSnake(a.name)}: ${yamlValue(a.value, r)}`);
      return {
        path: r.pick(['config/settings.yml', 'config/production.yaml', 'docker-compose.override.yml']),
        text: ['app:', '  name: billing', '  region: eu-west-1', ...lines, '  timeout: 30', ''].join('\n'),
      };
    }
    case 'k8s-secret': {
      const lines = assigns.map((a) => `  ${upperSnake(a.name)}: ${b64(a.value)}`);
      return {
        path: r.pick(['deploy/k8s/secret.yaml', 'charts/app/templates/secret.yaml', 'k8s/prod/app-secrets.yml']),
        text: ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: app-secrets', '  namespace: production', 'type: Opaque', 'data:', ...lines, ''].join('\n'),
      };
    }
    case 'json': {
      const lines = assigns.map((a) => `  "${camel(a.name)}": "${a.value}",`);
      return {
        path: r.pick(['config/local.json', 'appsettings.Production.json', 'secrets.json']),
        text: ['{', '  "name": "billing",', ...lines, '  "region": "us-east-1"', '}', ''].join('\n'),
      };
    }
    case 'ipynb': {
      const environ = r.chance(0.5);
      const src = assigns.map((a) =>
        environ
          ? `    "os.environ[\\"${upperSnake(a.name)}\\"] = \\"${a.value}\\"\\n",`
          : `    "${lowerSnake(a.name)} = \\"${a.value}\\"\\n",`,
      );
      return {
        path: r.pick(['notebooks/exploration.ipynb', 'analysis/Untitled1.ipynb']),
        text: [
          '{',
          ' "cells": [',
          '  {',
          '   "cell_type": "code",',
          '   "execution_count": 3,',
          '   "metadata": {},',
          '   "outputs": [],',
          '   "source": [',
          '    "import os\\n",',
          ...src,
          '    "client = Client()"',
          '   ]',
          '  }',
          ' ],',
          ' "metadata": {',
          '  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}',
          ' },',
          ' "nbformat": 4,',
          ' "nbformat_minor": 5',
          '}',
          '',
        ].join('\n'),
      };
    }
    case 'dockerfile': {
      const kw = r.pick(['ENV', 'ARG']);
      const lines = assigns.map((a) => `${kw} ${upperSnake(a.name)}=${a.value}`);
      return {
        path: r.pick(['Dockerfile', 'docker/api.Dockerfile']),
        text: ['FROM node:20-alpine', 'WORKDIR /app', ...lines, 'COPY package*.json ./', 'RUN npm ci --omit=dev', 'COPY . .', 'CMD ["node", "server.js"]', ''].join('\n'),
      };
    }
    case 'shell': {
      const lines = assigns.map((a) => `export ${upperSnake(a.name)}="${a.value}"`);
      return {
        path: r.pick(['scripts/deploy.sh', 'bin/bootstrap', 'ops/release.sh']),
        text: ['#!/usr/bin/env bash', 'set -euo pipefail', '', ...lines, '', './bin/deploy --env production', ''].join('\n'),
      };
    }
    case 'curl': {
      const line = (opts.curl ?? defaultCurl)(a0.value);
      return {
        path: r.pick(['README.md', 'docs/api.md', 'scripts/smoke-test.sh']),
        text: ['# smoke test against the API', `${line} | jq .`, ''].join('\n'),
      };
    }
    case 'props-xml': {
      if (r.chance(0.5)) {
        const lines = assigns.map((a) => `${dotted(a.name)}=${a.value}`);
        return {
          path: 'src/main/resources/application.properties',
          text: ['spring.application.name=billing', 'server.port=8080', ...lines, 'logging.level.root=INFO', ''].join('\n'),
        };
      }
      const lines = assigns.map((a) => `    <add key="${pascal(a.name)}" value="${a.value}" />`);
      return {
        path: 'Web.config',
        text: ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <appSettings>', ...lines, '  </appSettings>', '</configuration>', ''].join('\n'),
      };
    }
    case 'terraform': {
      if (opts.terraform && r.chance(0.5)) {
        return { path: r.pick(['main.tf', 'infra/providers.tf']), text: ['terraform {', '  required_version = ">= 1.5"', '}', '', opts.terraform(a0.value), ''].join('\n') };
      }
      const lines = assigns.map((a) => `  ${lowerSnake(a.name)} = "${a.value}"`);
      return {
        path: r.pick(['infra/locals.tf', 'terraform/main.tf']),
        text: ['locals {', '  environment = "production"', ...lines, '}', ''].join('\n'),
      };
    }
    case 'gh-actions': {
      const lines = assigns.map((a) => `      ${upperSnake(a.name)}: ${yamlValue(a.value, r)}`);
      return {
        path: r.pick(['.github/workflows/deploy.yml', '.github/workflows/ci.yaml']),
        text: [
          'name: deploy',
          'on:',
          '  push:',
          '    branches: [main]',
          'jobs:',
          '  deploy:',
          '    runs-on: ubuntu-latest',
          '    env:',
          ...lines,
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - run: ./scripts/deploy.sh',
          '',
        ].join('\n'),
      };
    }
    case 'markdown': {
      if (r.chance(0.5)) {
        const lines = assigns.map((a) => `export ${upperSnake(a.name)}=${a.value}`);
        return { path: r.pick(['README.md', 'docs/setup.md']), text: ['## Setup', '', 'Set the credentials before running:', '', '```bash', ...lines, '```', ''].join('\n') };
      }
      const lines = assigns.map((a) => `${lowerSnake(a.name)} = "${a.value}"`);
      return { path: 'docs/quickstart.md', text: ['# Quickstart', '', '```python', 'from service import Client', '', ...lines, 'client = Client()', '```', ''].join('\n') };
    }
  }
}
