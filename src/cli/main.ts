#!/usr/bin/env node
/**
 * Entry point: argv → options → library call → print → exit code. A bare `scan --staged` — what the
 * pre-commit hook runs on every commit — skips the argument parser, which costs start-up time.
 */
import { processIo } from './io.js';

const argv = process.argv.slice(2);
const io = processIo();
const main =
  argv.length === 2 && argv[0] === 'scan' && argv[1] === '--staged'
    ? import('./scan-command.js').then((m) => m.runStagedHook(io))
    : import('./run.js').then((m) => m.run(argv, io));

main.then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`leakward: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
