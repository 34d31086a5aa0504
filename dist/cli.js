#!/usr/bin/env node
"use strict";

// src/cli/bin.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");

// src/cli/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
function cacheDir(env = process.env) {
  const absolute = (p) => p && (p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p)) ? p : void 0;
  const xdg = absolute(env.XDG_CACHE_HOME);
  if (xdg) return (0, import_node_path.join)(xdg, "leakward");
  if (process.platform === "win32") {
    const local = absolute(env.LOCALAPPDATA);
    return local ? (0, import_node_path.join)(local, "leakward") : void 0;
  }
  const home = absolute(env.HOME);
  if (!home) return void 0;
  return process.platform === "darwin" ? (0, import_node_path.join)(home, "Library", "Caches", "leakward") : (0, import_node_path.join)(home, ".cache", "leakward");
}
function trusted(dir) {
  if (typeof process.getuid !== "function") return true;
  const s = (0, import_node_fs.statSync)(dir);
  return s.isDirectory() && s.uid === process.getuid() && (s.mode & 18) === 0;
}
var KEPT_CACHES = 4;
function requireCached(file, bundle, key, dir = cacheDir()) {
  const source = (0, import_node_fs.readFileSync)(file, "utf8");
  const cachePath = dir ? (0, import_node_path.join)(dir, `${bundle}-${key}-${process.arch}-v8-${process.versions.v8}.bin`) : void 0;
  let cached;
  try {
    if (cachePath && trusted(dir)) cached = (0, import_node_fs.readFileSync)(cachePath);
  } catch {
    cached = void 0;
  }
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cached ? { cachedData: cached } : {}
  });
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file));
  return {
    get exports() {
      return module2.exports;
    },
    save() {
      if (!cachePath || cached && !script.cachedDataRejected) return;
      try {
        (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
        if (!trusted(dir)) return;
        const tmp = `${cachePath}.${process.pid}.tmp`;
        try {
          (0, import_node_fs.writeFileSync)(tmp, script.createCachedData(), { mode: 384 });
          (0, import_node_fs.renameSync)(tmp, cachePath);
        } finally {
          (0, import_node_fs.rmSync)(tmp, { force: true });
        }
        pruneCaches(dir, bundle);
      } catch {
      }
    }
  };
}
function pruneCaches(dir, bundle) {
  const mine = (0, import_node_fs.readdirSync)(dir).filter((f) => f.startsWith(`${bundle}-`) && f.endsWith(".bin")).map((f) => ({ f, at: (0, import_node_fs.statSync)((0, import_node_path.join)(dir, f)).mtimeMs })).sort((a, b) => b.at - a.at);
  for (const { f } of mine.slice(KEPT_CACHES)) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, f), { force: true });
}

// src/cli/io.ts
var import_node_fs2 = require("node:fs");
var import_node_tty = require("node:tty");
function fdIo() {
  return {
    out: (s) => writeFd(1, s),
    err: (s) => writeFd(2, s),
    isTTY: (0, import_node_tty.isatty)(1),
    env: process.env,
    cwd: process.cwd(),
    get stdin() {
      return process.stdin;
    },
    get progress() {
      return process.stderr;
    }
  };
}
function writeFd(fd, s) {
  const bytes = Buffer.from(s, "utf8");
  let done = 0;
  while (done < bytes.length) {
    try {
      done += (0, import_node_fs2.writeSync)(fd, bytes, done);
    } catch (e) {
      const code = e.code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw e;
    }
  }
}

// src/cli/bin.ts
var HOOK_BUNDLE = "hook.cjs";
var FULL_CLI = "./main.mjs";
var argv = process.argv.slice(2);
var full = async () => (await import(FULL_CLI)).main(argv);
var isHook = argv.length === 2 && argv[0] === "scan" && argv[1] === "--staged";
var run = isHook ? runHookBundle() : full();
function runHookBundle() {
  const hook = requireCached((0, import_node_path2.join)(__dirname, HOOK_BUNDLE), "hook", "20ab13610ddea197");
  return hook.exports.runHook(fdIo()).then((code) => {
    hook.save();
    return code ?? full();
  });
}
var settled = false;
run.then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (e) => {
    settled = true;
    process.stderr.write(`leakward: internal error: ${e?.stack ?? String(e)}
`);
    process.exitCode = 2;
  }
);
process.on("exit", () => {
  if (settled) return;
  (0, import_node_fs3.writeSync)(2, "leakward: internal error: the scan stopped before it finished; nothing was reported\n");
  process.exitCode = 2;
});
