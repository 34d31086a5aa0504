// Bundles the CLI into dist/ (one entry plus lazily loaded chunks), so start-up reads few files and
// `scan --staged` never loads what it does not use.
import { build } from 'esbuild';
import { rmSync, chmodSync, writeFileSync } from 'node:fs';

// The GitHub Action (action.yml runs dist/action.js). @actions/core imports undici only for OIDC tokens
// (core.getIDToken), which the Action never asks for: a stub keeps 800 KB out of the committed bundle.
const ACTION_ENTRY = { action: 'src/action/main.ts' };
const ACTION_OPTIONS = { alias: { undici: './scripts/undici-stub.mjs' } };

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'engine-worker': 'src/engine/detect-worker.ts', ...ACTION_ENTRY },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  ...ACTION_OPTIONS,
});
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);

// Precompiled built-in rules: validated and planned once here instead of at every start-up.
const { makeRulesBundle, serializeRulesBundle } = await import(new URL('../dist/index.js', import.meta.url).href);
const { json, prefilter } = serializeRulesBundle(makeRulesBundle());
writeFileSync(new URL('../dist/rules.json', import.meta.url), json);
writeFileSync(new URL('../dist/rules-prefilter.bin', import.meta.url), prefilter);
