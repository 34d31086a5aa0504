import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import "./chunks/chunk-CCGIFMQI.mjs";

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
async function main(argv) {
  const io = processIo();
  return argv.length === 2 && argv[0] === "scan" && argv[1] === "--staged" ? (await import("./chunks/scan-command-QD3QZLNU.mjs")).runStagedHook(io) : (await import("./chunks/run-4BOU7NYD.mjs")).run(argv, io);
}
export {
  main
};
