#!/usr/bin/env node
const __lwImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";

// src/cli/io.ts
function processIo() {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    // A getter: touching process.stdin sets up a stream (≈ 2 ms), which only `scan -` needs.
    get stdin() {
      return process.stdin;
    },
    progress: process.stderr
  };
}

// src/cli/bin.ts
var HOOK_BUNDLE = "./hook.cjs";
var FULL_CLI = "./main.mjs";
var argv = process.argv.slice(2);
var full = async () => (await import(FULL_CLI)).main(argv);
var isHook = argv.length === 2 && argv[0] === "scan" && argv[1] === "--staged";
var run = isHook ? require(HOOK_BUNDLE).runHook(processIo()).then((code) => code ?? full()) : full();
run.then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`leakward: internal error: ${e?.stack ?? String(e)}
`);
    process.exitCode = 2;
  }
);
