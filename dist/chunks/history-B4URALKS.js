import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  boundedSkips,
  byName,
  inspectRepo,
  logPatchFragments,
  oldestCommitSink
} from "./chunk-D3TYEKQW.js";
import "./chunk-CVNNUKMO.js";
import "./chunk-PJKMYOJV.js";
import {
  scanFragments
} from "./chunk-KRJQNWHP.js";
import {
  pathAllowed
} from "./chunk-LNJNSTEC.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-D7JTSMUL.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-TQFX5WXU.js";
import "./chunk-2T3MYWK7.js";

// src/sources/dedupe.ts
import { createHash } from "node:crypto";
var ContentSeenSet = class {
  constructor(limit = 2e5) {
    this.limit = limit;
  }
  limit;
  seen = /* @__PURE__ */ new Set();
  hits = 0;
  /** The key of a file's text at a path (rules and allowlists may depend on the path). */
  key(path, text) {
    return createHash("sha1").update(path).update("\0").update(text).digest("base64");
  }
  has(key) {
    const hit = this.seen.has(key);
    if (hit) this.hits++;
    return hit;
  }
  add(key) {
    if (this.seen.size >= this.limit) this.seen = /* @__PURE__ */ new Set();
    this.seen.add(key);
  }
};

// src/sources/history.ts
async function scanHistory(options) {
  const started = performance.now();
  const select = ["--all"];
  if (options.since !== void 0) select.push(`--since=${options.since}`);
  if (options.maxCount !== void 0) select.push(`--max-count=${options.maxCount}`);
  const skips = boundedSkips();
  let commits = 0;
  const patchOptions = {
    root: options.root,
    select,
    revs: [],
    maxFileSize: options.maxFileSize,
    onSkip: skips.add,
    onCommit: () => {
      commits++;
    }
  };
  const log = logPatchFragments(patchOptions);
  let repo;
  let ruleSet;
  try {
    repo = await inspectRepo(options.root);
    ruleSet = typeof options.ruleSet === "function" ? options.ruleSet() : options.ruleSet;
  } catch (e) {
    log.stop();
    throw e;
  }
  if (!repo.hasCommits) log.stop();
  patchOptions.exclude = (path) => pathAllowed(ruleSet.allowlists, path) !== void 0;
  const named = byName(ruleSet);
  if (named) patchOptions.byName = named;
  const notes = [];
  if (repo.shallow) {
    notes.push("shallow clone: commits before the clone's depth are not here, so this history is incomplete, and secrets that older commits added show up at the oldest commit present. Fetch all of it first: `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`).");
  }
  if (!repo.hasCommits) notes.push("the repository has no commits yet: there is no history to scan.");
  const ctx = {
    ruleSet,
    ...options.baseline ? { baseline: options.baseline } : {},
    ...options.onProgress ? { onProgress: (p) => options.onProgress({ ...p, commits }) } : {}
  };
  const fragments = repo.hasCommits ? log.fragments : (async function* () {
  })();
  const sink = oldestCommitSink();
  const dedupe = new ContentSeenSet();
  const result = await scanFragments(fragments, ctx, { mode: "history", skipped: skips.list, started, sink, dedupe });
  result.stats.deduplicated = dedupe.hits;
  Object.assign(result.stats, { commits, refs: repo.refs, shallow: repo.shallow });
  skips.count(result.stats);
  sink.count(result.stats);
  result.notes = notes;
  return result;
}
export {
  scanHistory
};
