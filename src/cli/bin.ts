#!/usr/bin/env node
/**
 * The `leakward` command (dist/cli.js). CommonJS on purpose: an ES module entry costs Node ≈ 5 ms more
 * to start, and the pre-commit hook runs this on every commit (target: within 1.5× of `node -e 0`).
 *
 * A bare `scan --staged` — exactly what the hook runs — goes to the hook's own bundle (dist/hook.cjs,
 * src/cli/hook.ts); everything else, and the hook in a repository with a config file, to the full CLI
 * (dist/main.mjs, src/cli/main.ts). The two bundles are siblings of this file, built by scripts/build.mjs.
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { requireCached } from './code-cache.js';
import type { runHook as RunHook } from './hook.js';
import type { main as Main } from './main.js';
import { fdIo } from './io.js';

/** The build's hash of dist/hook.cjs: its code cache must not serve another version of it. */
declare const __LW_HOOK_KEY__: string;

// Built files, not modules of this bundle (names as scripts/build.mjs writes them).
const HOOK_BUNDLE = 'hook.cjs';
const FULL_CLI = './main.mjs';

const argv = process.argv.slice(2);
const full = async (): Promise<number> => ((await import(FULL_CLI)) as { main: typeof Main }).main(argv);
const isHook = argv.length === 2 && argv[0] === 'scan' && argv[1] === '--staged';
const run = isHook ? runHookBundle() : full();

function runHookBundle(): Promise<number> {
  const hook = requireCached(join(__dirname, HOOK_BUNDLE), 'hook', __LW_HOOK_KEY__);
  return (hook.exports as { runHook: typeof RunHook }).runHook(fdIo()).then((code) => {
    hook.save();
    return code ?? full();
  });
}

let settled = false;
run.then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (e: unknown) => {
    settled = true;
    process.stderr.write(`leakward: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
// Node exits when nothing is left to wait for, with 0 unless told otherwise. A scan still pending then
// (waiting for an event that cannot come) must not pass for a clean one — in a hook, an all-clear.
process.on('exit', () => {
  if (settled) return;
  writeSync(2, 'leakward: internal error: the scan stopped before it finished; nothing was reported\n');
  process.exitCode = 2;
});
