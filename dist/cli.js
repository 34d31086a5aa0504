#!/usr/bin/env node
import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import "./chunks/chunk-2T3MYWK7.js";

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

// src/cli/main.ts
var argv = process.argv.slice(2);
var io = processIo();
var main = argv.length === 2 && argv[0] === "scan" && argv[1] === "--staged" ? import("./chunks/scan-command-ZTOCCYEK.js").then((m) => m.runStagedHook(io)) : import("./chunks/run-LQ5HHIXJ.js").then((m) => m.run(argv, io));
main.then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`leakward: internal error: ${e?.stack ?? String(e)}
`);
    process.exitCode = 2;
  }
);
