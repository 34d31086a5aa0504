import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  DiffParser,
  KEY_HEADER_REACH,
  LineSplitter,
  ZERO_ID,
  joinRuns,
  textChanges
} from "./chunk-5JWPLCYZ.mjs";
import {
  applyIgnoreFiles,
  collectAll,
  onAddedLines,
  scanFragments
} from "./chunk-KYW7TU4C.mjs";
import {
  gitReason,
  gitRun,
  gitRunSync,
  readAhead,
  spawnGit,
  spawnGitAfterTopLevel
} from "./chunk-WJIJQGAM.mjs";
import {
  parseBaseline
} from "./chunk-Z66QYUJO.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import {
  pathAllowed,
  pathSignature
} from "./chunk-RBX45IUS.mjs";

// src/sources/staged.ts
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { StringDecoder } from "node:string_decoder";
var STAGED_DIFF_ARGS = [
  "diff",
  "--cached",
  `-U${KEY_HEADER_REACH}`,
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-relative",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "-M",
  "--full-index",
  "--diff-filter=d",
  "--submodule=short"
];
async function scanStaged(options = {}) {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  return scanStagedIn(resolve(cwd, options.target ?? "."), async (topLevel) => {
    const [{ loadBuiltinRuleSet }, { prepareEngines, readScanConfig, resolveMaxFileSize, resolveRuleSet }] = await Promise.all([import("./builtin-RWN34365.mjs"), import("./scan-SGHTVJDN.mjs")]);
    const root = await topLevel;
    const builtin = options.ruleSet ?? loadBuiltinRuleSet();
    await prepareEngines(options, root);
    const config = readScanConfig({ ...options, cwd }, root);
    const notes = [];
    const ruleSet = resolveRuleSet({ ...options, ruleSet: builtin, cwd }, root, notes, config);
    const baseline = options.baseline ?? (options.rootBaseline ? readRootBaseline(root) : void 0);
    return { ruleSet, maxFileSize: resolveMaxFileSize({ ...options, cwd }, root, config), notes, ...baseline ? { baseline } : {} };
  }, { started, ...options.onProgress ? { onProgress: options.onProgress } : {} });
}
async function scanStagedIn(dir, rulesFor, extra) {
  checkDir(dir);
  const git = startGit(dir);
  const topLevel = git.then((g) => g.root);
  topLevel.catch(() => {
  });
  let rules;
  try {
    rules = await rulesFor(topLevel);
  } catch (e) {
    git.then((g) => g.diff.kill(), () => {
    });
    throw e;
  }
  const { root, diff } = await git;
  const { ruleSet } = rules;
  const ctx = {
    ruleSet,
    ...rules.baseline ? { baseline: rules.baseline } : {},
    ...extra.onProgress ? { onProgress: extra.onProgress } : {}
  };
  const skipped = [];
  const files = /* @__PURE__ */ new Set();
  const fragments = readDiff(diff, root, {
    maxFileSize: rules.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== void 0,
    signature: pathSignature(ruleSet),
    onSkip: (s) => skipped.push(s),
    onFile: (path) => files.add(path)
  });
  const result = await scanFragments(fragments, ctx, { mode: "staged", skipped, started: extra.started, sink: onAddedLines(collectAll()) });
  result.stats.files = files.size;
  if (rules.notes.length > 0) result.notes = [...rules.notes, ...result.notes ?? []];
  return { ...applyIgnoreFiles(result, root, void 0), root };
}
async function startGit(dir) {
  const both = spawnGitAfterTopLevel(dir, STAGED_DIFF_ARGS, "read the staged changes");
  const top = await both?.topLevel;
  if (both && top) {
    try {
      return { root: rootFrom(top, dir), diff: both.proc };
    } catch (e) {
      both.proc.kill();
      throw e;
    }
  }
  both?.proc.kill();
  const diff = startDiff(dir);
  try {
    return { root: rootFrom(gitRunSync(dir, ["rev-parse", "--show-toplevel"]), dir), diff };
  } catch (e) {
    diff.kill();
    throw e;
  }
}
var BASELINE_NAME = ".leakward-baseline.json";
function readRootBaseline(root) {
  const path = join(root, BASELINE_NAME);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new LeakwardError("BASELINE_INVALID", `cannot read the baseline ${path}: ${e.code}`, "Check the file, or pass --baseline.");
  }
  return parseBaseline(text, BASELINE_NAME);
}
function checkDir(dir) {
  try {
    if (!statSync(dir).isDirectory()) throw new LeakwardError("USAGE", `${dir} is not a directory`, "Pass a directory inside a git repository.");
  } catch (e) {
    if (e instanceof LeakwardError) throw e;
    throw new LeakwardError(
      "USAGE",
      `cannot scan ${dir}: ${e.code ?? e.message}`,
      "Check the path exists and is readable."
    );
  }
}
function rootFrom(r, dir) {
  if (r.code === 0) return r.stdout.replace(/\n$/, "");
  const why = gitReason(r.stderr) ?? `exit code ${r.code}`;
  if (/not a git repository/i.test(why)) {
    throw new LeakwardError(
      "NOT_A_REPO",
      `${dir} is not in a git repository, so nothing is staged`,
      "Run it inside a repository (or pass its path), or scan the folder itself with `leakward scan PATH`."
    );
  }
  if (/work ?tree/i.test(why)) {
    throw new LeakwardError(
      "NOT_A_REPO",
      `${dir} is a bare repository: it has no index to scan (${why})`,
      "Run it in a working tree of the repository."
    );
  }
  throw new LeakwardError(
    "GIT_FAILED",
    `git cannot read the repository at ${dir}: ${why}`,
    "Run `git status` there to see what is wrong."
  );
}
async function* readStaged(root, opts) {
  yield* readDiff(startDiff(root), root, opts);
}
function startDiff(cwd) {
  const proc = spawnGit(cwd, STAGED_DIFF_ARGS, "read the staged changes");
  proc.child.stdin.end();
  return proc;
}
async function* readDiff(proc, root, opts) {
  const skip = (path, reason, detail) => opts.onSkip?.({ path, reason, ...detail ? { detail } : {} });
  const ready = [];
  let current = [];
  const binaries = [];
  const moved = [];
  const parser = new DiffParser(
    {
      added(_file, startLine, lines, above, below) {
        current.push({ startLine, lines, above, below });
      },
      fileEnd(file) {
        const runs = current;
        current = [];
        if (file.status === "deleted" || file.mode === "160000") return;
        if (opts.exclude?.(file.path)) return;
        const from = file.oldPath;
        if (from !== void 0 && from !== file.path && (opts.exclude?.(from) || opts.signature?.(from) !== opts.signature?.(file.path))) {
          moved.push(file);
          return;
        }
        if (file.binary) {
          binaries.push(file);
          return;
        }
        if (file.tooLarge) {
          skip(file.path, "too-large", `${file.addedBytes} bytes added`);
          return;
        }
        if (runs.length === 0) return;
        opts.onFile?.(file.path);
        for (const f of fragmentsOf(file.path, runs)) ready.push(f);
      }
    },
    { maxFileBytes: opts.maxFileSize }
  );
  const unexpected = (line) => {
    throw new LeakwardError(
      "GIT_FAILED",
      `git diff printed a line leakward cannot read (${line.length} characters, starting ${JSON.stringify(line.slice(0, 12))}); nothing was scanned`,
      "Please report this with your git version (`git --version`). Meanwhile commit with LEAKWARD_SKIP=1 after checking `git diff --cached` yourself."
    );
  };
  const other = (line) => {
    const m = /^\* Unmerged path (.*)$/.exec(line);
    if (m) skip(m[1], "unreadable", "unmerged: resolve the conflict and `git add` the file");
    else unexpected(line);
  };
  let ok = false;
  try {
    const decoder = new StringDecoder("utf8");
    const splitter = new LineSplitter();
    for await (const chunk of readAhead(proc.child.stdout)) {
      for (const line of splitter.write(decoder.write(chunk))) if (!parser.push(line)) other(line);
      while (ready.length > 0) yield ready.shift();
    }
    for (const line of splitter.write(decoder.end())) if (!parser.push(line)) other(line);
    for (const line of splitter.end()) if (!parser.push(line)) other(line);
    parser.end();
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
  while (ready.length > 0) yield ready.shift();
  if (binaries.length > 0 || moved.length > 0) yield* readFromIndex(root, binaries, await withStagedIds(root, moved), opts, skip);
}
async function withStagedIds(root, files) {
  if (files.length === 0) return [];
  const ids = /* @__PURE__ */ new Map();
  for (let k = 0; k < files.length; k += 500) {
    const paths = files.slice(k, k + 500).map((f) => f.path);
    const r = await gitRun(root, ["--literal-pathspecs", "ls-files", "-s", "-z", "--", ...paths]);
    if (r.code !== 0) throw new LeakwardError("GIT_FAILED", `git could not read the index: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, "Run `git status` to see what is wrong with the index.");
    for (const entry of r.stdout.split("\0")) {
      const tab = entry.indexOf("	");
      if (tab > 0) ids.set(entry.slice(tab + 1), entry.slice(0, tab).split(" ")[1]);
    }
  }
  return files.flatMap((f) => ids.has(f.path) ? [{ path: f.path, newBlob: ids.get(f.path), oldBlobs: [] }] : []);
}
async function* readFromIndex(root, files, whole, opts, skip) {
  const changes = [...whole];
  for (const f of files) {
    if (!f.newBlob || ZERO_ID.test(f.newBlob)) skip(f.path, "binary");
    else changes.push({ path: f.path, newBlob: f.newBlob, oldBlobs: f.oldBlob && !ZERO_ID.test(f.oldBlob) ? [f.oldBlob] : [] });
  }
  for await (const c of textChanges(root, changes, opts.maxFileSize, "the staged content")) {
    if ("skip" in c) {
      skip(c.change.path, c.skip, c.detail);
      continue;
    }
    if (c.runs.length > 0) opts.onFile?.(c.change.path);
    yield* fragmentsOf(c.change.path, c.runs);
  }
}
function fragmentsOf(path, runs) {
  return joinRuns(runs).map((t) => {
    const text = t.lines.join("\n");
    return { text, path, startLine: t.startLine, bytes: Buffer.byteLength(text), context: t.context };
  });
}

export {
  STAGED_DIFF_ARGS,
  scanStaged,
  scanStagedIn,
  BASELINE_NAME,
  readRootBaseline,
  readStaged
};
