// Bundles leakward into dist/:
//   cli.js       the `leakward` command: a small CommonJS launcher (src/cli/bin.ts). dist/package.json
//                makes dist/*.js CommonJS, which starts ≈ 5 ms faster than an ES module entry.
//   hook.cjs     `scan --staged` as the pre-commit hook runs it, in one CommonJS file with only what it
//                needs (src/cli/hook.ts): no argument parser, TOML, regex analyser or linear engine.
//   main.mjs     the full CLI, index.mjs (the library), action.mjs (the GitHub Action),
//   engine-worker.mjs: ES modules with lazily loaded chunks (chunks/*.mjs), so each command reads few files.
//   rules.json, rules-prefilter.bin: the built-in rules, precompiled (src/rules/shipped.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// The GitHub Action (action.yml runs dist/action.mjs). @actions/core imports undici only for OIDC tokens
// (core.getIDToken), which the Action never asks for: a stub keeps 800 KB out of the committed bundle.
const ACTION_ENTRY = { action: 'src/action/main.ts' };
const ACTION_OPTIONS = { alias: { undici: './scripts/undici-stub.mjs' } };

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none' };

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', index: 'src/index.ts', 'engine-worker': 'src/engine/detect-worker.ts', ...ACTION_ENTRY },
  splitting: true,
  format: 'esm',
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);" },
  ...ACTION_OPTIONS,
});

// CommonJS has no import.meta: code that finds files beside itself (build-file.ts) gets this file's URL.
const cjs = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__lwImportMetaUrl' },
  banner: { js: "const __lwImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
await build({ ...cjs, entryPoints: ['src/cli/hook.ts'], outfile: 'dist/hook.cjs' });
// The launcher loads the two bundles above at run time; they are not part of it. It keeps the hook
// bundle's code cache under the bundle's hash (src/cli/code-cache.ts).
const hookKey = createHash('sha256').update(readFileSync(new URL('../dist/hook.cjs', import.meta.url))).digest('hex').slice(0, 16);
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli.js',
  external: ['./main.mjs'],
  define: { __LW_HOOK_KEY__: JSON.stringify(hookKey) },
  // Keep import() of the ES module CLI as it is (esbuild would turn it into require()).
  supported: { 'dynamic-import': true },
});
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "commonjs" }\n');

// Precompiled built-in rules: validated and planned once here instead of at every start-up.
const { makeRulesBundle, serializeRulesBundle } = await import(new URL('../dist/index.mjs', import.meta.url).href);
const { json, prefilter } = serializeRulesBundle(makeRulesBundle());
writeFileSync(new URL('../dist/rules.json', import.meta.url), json);
writeFileSync(new URL('../dist/rules-prefilter.bin', import.meta.url), prefilter);
