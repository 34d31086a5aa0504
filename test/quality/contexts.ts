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
/**
 * Held-out contexts: never used by the asserted corpus, only reported (`report.ts --holdout`). Rules
 * tuned against the main corpus can be checked here for whether they generalise. Several put the
 * provider's name on another line than the value (nested YAML/JSON/TOML, a Deployment's env list), which
 * single-line context rules cannot see.
 */
export const HOLDOUT_CONTEXTS = [
  'ruby',
  'php',
  'csharp',
  'rust',
  'kotlin',
  'powershell',
  'toml-section',
  'compose-env-list',
  'gitlab-ci',
  'makefile',
  'helm-nested',
  'appsettings-nested',
  'cli-flag',
  'k8s-env-list',
  'sql',
  'spring-value-default',
] as const;
export type HoldoutId = (typeof HOLDOUT_CONTEXTS)[number];
export type ContextId = (typeof CONTEXTS)[number] | HoldoutId;

/** Splits `['datadog', 'api', 'key']` into a section (`datadog`) and the rest (`api_key`) for nested formats. */
function nest(w: Words): [Words, Words] {
  return w.length > 1 ? [w.slice(0, 1), w.slice(1)] : [['app'], w];
}

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
    case 'ruby': {
      const lines = assigns.map((a) => (r.chance(0.5) ? `  config.${lowerSnake(a.name)} = "${a.value}"` : `  ${upperSnake(a.name)} = '${a.value}'.freeze`));
      return { path: 'config/initializers/services.rb', text: ['Rails.application.configure do', ...lines, 'end', ''].join('\n') };
    }
    case 'php': {
      const lines = assigns.map((a) => (r.chance(0.5) ? `define('${upperSnake(a.name)}', '${a.value}');` : `$config['${lowerSnake(a.name)}'] = '${a.value}';`));
      return { path: 'config/services.php', text: ['<?php', '', ...lines, '', 'return $config;', ''].join('\n') };
    }
    case 'csharp': {
      const lines = assigns.map((a) => `        public const string ${pascal(a.name)} = "${a.value}";`);
      return { path: 'src/Acme.Billing/Settings.cs', text: ['namespace Acme.Billing', '{', '    public static class Settings', '    {', ...lines, '    }', '}', ''].join('\n') };
    }
    case 'rust': {
      const lines = assigns.map((a) => `const ${upperSnake(a.name)}: &str = "${a.value}";`);
      return { path: 'src/config.rs', text: ['use std::time::Duration;', '', ...lines, 'const TIMEOUT: Duration = Duration::from_secs(10);', ''].join('\n') };
    }
    case 'kotlin': {
      const lines = assigns.map((a) => (r.chance(0.5) ? `    const val ${upperSnake(a.name)} = "${a.value}"` : `    val ${camel(a.name)} = "${a.value}"`));
      return { path: 'app/src/main/java/com/acme/Config.kt', text: ['object Config {', ...lines, '}', ''].join('\n') };
    }
    case 'powershell': {
      const lines = assigns.map((a) => `$env:${upperSnake(a.name)} = "${a.value}"`);
      return { path: 'scripts/deploy.ps1', text: ['Set-StrictMode -Version Latest', ...lines, './deploy.exe --env production', ''].join('\n') };
    }
    case 'toml-section': {
      const [section] = nest(a0.name);
      const lines = assigns.map((a) => `${lowerSnake(nest(a.name)[1])} = "${a.value}"`);
      return { path: r.pick(['config.toml', 'settings/production.toml']), text: ['[server]', 'port = 8080', '', `[${lowerSnake(section)}]`, ...lines, ''].join('\n') };
    }
    case 'compose-env-list': {
      const lines = assigns.map((a) => `      - ${upperSnake(a.name)}=${a.value}`);
      return { path: 'docker-compose.yml', text: ['services:', '  worker:', '    image: acme/worker:1.4', '    environment:', ...lines, '      - LOG_LEVEL=info', ''].join('\n') };
    }
    case 'gitlab-ci': {
      const lines = assigns.map((a) => `  ${upperSnake(a.name)}: "${a.value}"`);
      return { path: '.gitlab-ci.yml', text: ['variables:', '  DOCKER_DRIVER: overlay2', ...lines, '', 'deploy:', '  stage: deploy', '  script:', '    - ./deploy.sh', ''].join('\n') };
    }
    case 'makefile': {
      const lines = assigns.map((a) => `${upperSnake(a.name)} ?= ${a.value}`);
      return { path: 'Makefile', text: [...lines, '', 'deploy:', '\t./scripts/deploy.sh', ''].join('\n') };
    }
    case 'helm-nested': {
      const [section] = nest(a0.name);
      const lines = assigns.map((a) => `  ${camel(nest(a.name)[1])}: ${yamlValue(a.value, r)}`);
      return { path: 'charts/app/values.yaml', text: ['replicaCount: 2', `${camel(section)}:`, '  enabled: true', ...lines, ''].join('\n') };
    }
    case 'appsettings-nested': {
      const [section] = nest(a0.name);
      const lines = assigns.map((a) => `    "${pascal(nest(a.name)[1])}": "${a.value}",`);
      return { path: 'appsettings.json', text: ['{', `  "${pascal(section)}": {`, ...lines, '    "Enabled": true', '  }', '}', ''].join('\n') };
    }
    case 'cli-flag': {
      const flags = assigns.map((a) => (r.chance(0.5) ? `--${kebab(a.name)}=${a.value}` : `--${kebab(a.name)} ${a.value}`));
      return { path: 'scripts/run.sh', text: ['#!/bin/sh', `exec ./bin/worker ${flags.join(' ')} --verbose`, ''].join('\n') };
    }
    case 'k8s-env-list': {
      const lines = assigns.flatMap((a) => [`            - name: ${upperSnake(a.name)}`, `              value: "${a.value}"`]);
      return {
        path: 'k8s/deployment.yaml',
        text: ['apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  template:', '    spec:', '      containers:', '        - name: app', '          env:', ...lines, ''].join('\n'),
      };
    }
    case 'sql': {
      const lines = assigns.map((a) => `INSERT INTO settings (name, value) VALUES ('${lowerSnake(a.name)}', '${a.value}');`);
      return { path: 'db/seeds/settings.sql', text: ['BEGIN;', ...lines, 'COMMIT;', ''].join('\n') };
    }
    case 'spring-value-default': {
      const lines = assigns.map((a) => `    @Value("\${${dotted(a.name)}:${a.value}}")\n    private String ${camel(a.name)};`);
      return { path: 'src/main/java/com/acme/ClientConfig.java', text: ['@Configuration', 'public class ClientConfig {', ...lines, '}', ''].join('\n') };
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
