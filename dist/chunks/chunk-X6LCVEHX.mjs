import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  applyIgnoreFiles,
  decodeText,
  scanFragments
} from "./chunk-KYW7TU4C.mjs";
import {
  gitReason,
  gitRun
} from "./chunk-WJIJQGAM.mjs";
import {
  findConfig,
  loadConfig
} from "./chunk-YZBMBJWR.mjs";
import {
  loadBuiltinRuleSet
} from "./chunk-YAV3TE62.mjs";
import {
  loadLinearEngine
} from "./chunk-MCDJBE3I.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import {
  pathAllowed
} from "./chunk-RBX45IUS.mjs";

// src/sources/stdin.ts
async function readStdin(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  const buf = Buffer.concat(chunks);
  return { text: decodeText(buf) ?? buf.toString("latin1"), path: "<stdin>", startLine: 1, bytes: buf.length };
}

// src/sources/tree.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
async function listTree(root, git) {
  try {
    const s = await stat(root);
    if (!s.isDirectory()) throw new LeakwardError("USAGE", `${root} is not a directory`, "Pass a directory, or - to read stdin.");
  } catch (e) {
    if (e instanceof LeakwardError) throw e;
    throw new LeakwardError(
      "USAGE",
      `cannot scan ${root}: ${e.code ?? e.message}`,
      "Check the path exists and is readable."
    );
  }
  if (git === "auto") {
    const files2 = await gitFiles(root);
    if (files2) return { files: files2, mode: "git" };
  }
  const { default: fg } = await import("./out-K6GYN23X.mjs");
  const files = await fg("**/*", {
    cwd: root,
    dot: true,
    // Symlinks are listed (not followed) so the reader can say when one points out of the root.
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
    ignore: ["**/.git/**"],
    suppressErrors: true
  });
  return { files: files.filter((f) => !f.endsWith("/")).sort(), mode: "filesystem" };
}
async function gitFiles(root) {
  try {
    if ((await gitRun(root, ["rev-parse", "--is-inside-work-tree"])).code !== 0) return void 0;
  } catch {
    return void 0;
  }
  return (await repoFiles(root, "", 0)).sort();
}
var MAX_NESTED = 8;
async function repoFiles(root, dir, depth) {
  const cwd = dir ? join(root, dir) : root;
  const ls = async (args) => {
    const r = await gitRun(cwd, ["ls-files", "-z", ...args, "--", "."]);
    if (r.code !== 0) {
      throw new LeakwardError(
        "GIT_FAILED",
        `git could not list the files in ${cwd}: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`,
        "Run `git status` there to see what is wrong, or pass --no-git to scan it as a plain folder."
      );
    }
    return r.stdout.split("\0").filter((p) => p.length > 0);
  };
  const [tracked, untracked] = await Promise.all([
    ls(["--cached", "--recurse-submodules"]),
    ls(["--others", "--exclude-standard"])
  ]);
  const at = (p) => dir ? `${dir}/${p}` : p;
  const files = [...new Set(tracked)].map(at);
  for (const p of untracked) if (!p.endsWith("/")) files.push(at(p));
  for (const nested of untracked.filter((p) => p.endsWith("/"))) {
    if (depth < MAX_NESTED) files.push(...await repoFiles(root, at(nested.slice(0, -1)), depth + 1));
  }
  return files;
}
async function* readTree(listing, opts) {
  const rootReal = realpathSync(opts.root);
  const files = opts.exclude ? listing.files.filter((f) => !opts.exclude(f)) : listing.files;
  const skip = (path, reason, detail) => {
    opts.onSkip?.({ path, reason, ...detail ? { detail } : {} });
    return void 0;
  };
  const open = (path, abs) => {
    try {
      return openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT") return void 0;
      if (code !== "ELOOP") return skip(path, "unreadable", code);
    }
    let target;
    try {
      target = realpathSync(abs);
    } catch {
      return skip(path, "unreadable", "dangling symlink");
    }
    const rel = relative(rootReal, target);
    if (rel.startsWith("..") || isAbsolute(rel)) return skip(path, "symlink-outside-root", target);
    try {
      return openSync(target, constants.O_RDONLY);
    } catch (e) {
      return skip(path, "unreadable", e.code);
    }
  };
  const load = (path) => {
    const abs = join(opts.root, path);
    const fd = open(path, abs);
    if (fd === void 0) return void 0;
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return skip(path, "not-a-file");
      if (info.size > opts.maxFileSize) return skip(path, "too-large", `${info.size} bytes`);
      const buf = Buffer.allocUnsafe(info.size);
      let got = 0;
      while (got < info.size) {
        const n = readSync(fd, buf, got, info.size - got, got);
        if (n === 0) break;
        got += n;
      }
      const text = decodeText(got === info.size ? buf : buf.subarray(0, got));
      if (text === void 0) return skip(path, "binary");
      return { text, path: sep === "/" ? path : path.split(sep).join("/"), startLine: 1, bytes: got };
    } catch (e) {
      return skip(path, "unreadable", e.code);
    } finally {
      closeSync(fd);
    }
  };
  for (const path of files) {
    const f = load(path);
    if (f) yield f;
  }
}

// src/scan.ts
var configApi;
async function prepareEngines(options, root) {
  if (findConfig(root, options.config)) {
    await loadLinearEngine();
    configApi ??= await import("./apply-S5XUE3BJ.mjs");
  }
}
function readScanConfig(options, root) {
  const path = findConfig(root, options.config);
  return path ? loadConfig(path, options.cwd ?? process.cwd()) : null;
}
function resolveRuleSet(options, root, notes, config = readScanConfig(options, root)) {
  const ruleSet = options.ruleSet ?? loadBuiltinRuleSet();
  if (!config) return ruleSet;
  if (!configApi) throw new Error("internal: prepareEngines() must run before resolveRuleSet()");
  const applied = configApi.applyConfig(ruleSet, config);
  notes?.push(...applied.notes);
  return applied.ruleSet;
}
function resolveMaxFileSize(options, root, config = options.maxFileSize === void 0 ? readScanConfig(options, root) : null) {
  return options.maxFileSize ?? config?.header.limits.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}
async function scan(options) {
  const result = await scanSource(options);
  if (options.target === "-") return result;
  const whole = options.history && options.history.since === void 0 && options.history.maxCount === void 0;
  return applyIgnoreFiles(result, options.target, options.range ? void 0 : options.history ? whole ? "history" : void 0 : "tree");
}
async function scanSource(options) {
  const started = performance.now();
  const root = options.target === "-" ? void 0 : options.target;
  await prepareEngines(options, root);
  const notes = [];
  const config = readScanConfig(options, root);
  const maxFileSize = resolveMaxFileSize(options, root, config);
  if (options.history || options.range) {
    const common = {
      root: options.target,
      ruleSet: () => resolveRuleSet(options, options.target, notes, config),
      // The same rules, resolvable on an engine thread — unless the caller brought compiled rules.
      ...options.ruleSet ? {} : {
        engine: { ...options.config !== void 0 ? { config: options.config } : {}, cwd: options.cwd ?? process.cwd(), root: options.target }
      },
      maxFileSize,
      ...options.baseline ? { baseline: options.baseline } : {},
      ...options.onProgress ? { onProgress: options.onProgress } : {}
    };
    const withNotes = (r) => notes.length > 0 ? { ...r, notes: [...notes, ...r.notes ?? []] } : r;
    if (options.history) {
      const { scanHistory } = await import("./history-IH7FTL55.mjs");
      return withNotes(await scanHistory({ ...common, ...options.history }));
    }
    const { scanRange } = await import("./range-2NUVDHOD.mjs");
    return withNotes(await scanRange({ ...common, ...options.range }));
  }
  const ruleSet = resolveRuleSet(options, root, notes, config);
  const ctx = {
    ruleSet,
    ...options.baseline ? { baseline: options.baseline } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  };
  const skipped = [];
  if (options.target === "-") {
    const stdin = readStdin(options.stdin ?? process.stdin);
    const one = async function* () {
      yield await stdin;
    };
    return scanFragments(one(), ctx, { mode: "stdin", skipped, started });
  }
  const listing = await listTree(options.target, options.git ?? "auto");
  const fragments = readTree(listing, {
    root: options.target,
    maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== void 0,
    onSkip: (s) => skipped.push(s)
  });
  const result = await scanFragments(fragments, ctx, { mode: listing.mode, skipped, started });
  return notes.length > 0 ? { ...result, notes } : result;
}

export {
  prepareEngines,
  readScanConfig,
  resolveRuleSet,
  resolveMaxFileSize,
  scan
};
