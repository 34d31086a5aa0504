import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  boundedSkips,
  byName,
  inspectRepo,
  logPatchFragments,
  messageFragment,
  oldestCommitSink,
  sinceWindow
} from "./chunk-SMMKUOPH.mjs";
import "./chunk-5JWPLCYZ.mjs";
import "./chunk-X6LCVEHX.mjs";
import {
  onAddedLines,
  scanFragments
} from "./chunk-KYW7TU4C.mjs";
import {
  gitReason,
  gitRun
} from "./chunk-WJIJQGAM.mjs";
import "./chunk-YZBMBJWR.mjs";
import "./chunk-YAV3TE62.mjs";
import "./chunk-N5HQ6HQ5.mjs";
import "./chunk-Z66QYUJO.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-P7L454IC.mjs";
import "./chunk-MCDJBE3I.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import {
  pathAllowed
} from "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/sources/range.ts
function parseRange(range) {
  const m = /^(.*?)(\.\.\.?)(.*)$/.exec(range.trim());
  if (!m || m[1] === "" && m[3] === "") {
    throw new LeakwardError(
      "USAGE",
      `--range wants two revisions, like main..HEAD or v1.2...feature, not "${range}"`,
      "A..B scans the commits in B that are not in A; A...B those in either but not both."
    );
  }
  return { from: m[1] || "HEAD", to: m[3] || "HEAD", symmetric: m[2] === "..." };
}
async function scanRange(options) {
  const started = performance.now();
  const range = parseRange(options.range);
  const repo = await inspectRepo(options.root, "--range");
  const [from, to, sinceNote] = await Promise.all([
    resolveCommit(options.root, range.from, repo.shallow),
    resolveCommit(options.root, range.to, repo.shallow),
    options.since !== void 0 ? sinceWindow(options.root, options.since) : void 0
  ]);
  const notes = sinceNote ? [sinceNote] : [];
  if (repo.shallow) {
    const base = await gitRun(options.root, ["merge-base", "--end-of-options", from, to]);
    if (base.code !== 0) {
      throw new LeakwardError(
        "GIT_FAILED",
        `${range.from} and ${range.to} have no common commit in this shallow clone, so the range would reach back to the clone's depth`,
        "Fetch the history first: actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`."
      );
    }
  }
  const skips = boundedSkips();
  let commits = 0;
  const ruleSet = typeof options.ruleSet === "function" ? options.ruleSet() : options.ruleSet;
  const select = [];
  if (options.since !== void 0) select.push(`--since=${options.since}`);
  if (options.maxCount !== void 0) select.push(`--max-count=${options.maxCount}`);
  const revs = [`${from}${range.symmetric ? "..." : ".."}${to}`];
  const messages = commitMessages(options.root, select, revs);
  messages.catch(() => {
  });
  const infos = [];
  const log = logPatchFragments({
    root: options.root,
    select,
    revs,
    maxFileSize: options.maxFileSize,
    exclude: (path) => pathAllowed(ruleSet.allowlists, path) !== void 0,
    ...byName(ruleSet) ? { byName: byName(ruleSet) } : {},
    onSkip: skips.add,
    onCommit: (c) => {
      infos.push(c);
      commits++;
    }
  });
  const ctx = {
    ruleSet,
    ...options.baseline ? { baseline: options.baseline } : {},
    ...options.onProgress ? { onProgress: (p) => options.onProgress({ ...p, commits }) } : {}
  };
  const sink = onAddedLines(oldestCommitSink());
  async function* fragments() {
    yield* log.fragments;
    const bodies = await messages;
    for (const c of infos) {
      const f = messageFragment(c, bodies.get(c.commit) ?? "");
      if (f) yield f;
    }
  }
  const result = await scanFragments(fragments(), ctx, { mode: "range", skipped: skips.list, started, sink });
  result.stats.commits = commits;
  skips.count(result.stats);
  if (commits === 0) notes.push(`the range ${options.range} has no commits: nothing to scan.`);
  result.notes = notes;
  return result;
}
async function commitMessages(root, select, revs) {
  const r = await gitRun(root, ["log", "-z", "--format=%H%x00%B", ...select, "--end-of-options", ...revs]);
  if (r.code !== 0) throw new LeakwardError("GIT_FAILED", `git could not read the commit messages: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, "Run `git log` there to see what is wrong.");
  const parts = r.stdout.split("\0");
  const bodies = /* @__PURE__ */ new Map();
  for (let k = 0; k + 1 < parts.length; k += 2) bodies.set(parts[k].replace(/^\n/, ""), parts[k + 1]);
  return bodies;
}
async function resolveCommit(root, rev, shallow) {
  const r = await gitRun(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  if (r.code === 0) return r.stdout.trim();
  const looksLikeId = /^[0-9a-f]{7,64}$/i.test(rev);
  if (shallow || looksLikeId) {
    throw new LeakwardError(
      "USAGE",
      `${rev} is not in this ${shallow ? "shallow " : ""}clone`,
      "Fetch the commits the range needs: actions/checkout with `fetch-depth: 0`, or `git fetch origin <branch>` (`git fetch --unshallow` for a shallow clone)."
    );
  }
  throw new LeakwardError(
    "USAGE",
    `unknown revision "${rev}" in --range`,
    "Name a branch, tag or commit that exists here (`git log --oneline -1 REV` checks one); a remote branch may need `git fetch` first."
  );
}
export {
  parseRange,
  scanRange
};
