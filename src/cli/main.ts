#!/usr/bin/env node
/** Entry point: argv → options → library call → print → exit code. */
import { run } from './run.js';
import { processIo } from './io.js';

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`leakward: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
