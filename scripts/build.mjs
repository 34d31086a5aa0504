// Bundles the CLI into dist/ (one entry plus lazily loaded chunks), so start-up reads few files and
// `scan --staged` never loads what it does not use.
import { build } from 'esbuild';
import { rmSync, chmodSync, writeFileSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'engine-worker': 'src/engine/detect-worker.ts' },
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
});
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);

// Precompiled built-in rules: validated and planned once here instead of at every start-up.
const { makeRulesBundle } = await import(new URL('../dist/index.js', import.meta.url).href);
writeFileSync(new URL('../dist/rules.json', import.meta.url), JSON.stringify(makeRulesBundle()));
