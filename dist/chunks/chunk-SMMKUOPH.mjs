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
  MAX_KEPT_SUPPRESSED,
  addOverflow,
  countOverflow
} from "./chunk-KYW7TU4C.mjs";
import {
  gitReason,
  gitRun,
  readAhead,
  spawnGit
} from "./chunk-WJIJQGAM.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/sources/log-patch.ts
import { statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
var MAX_OTHER_PLACES = 16;
function samePlaceAgain(o, info, path) {
  const isOlder = older(info, o.info);
  const other = isOlder ? { info: o.info, path: o.path } : { info, path };
  if (isOlder) {
    o.info = info;
    o.path = path;
  }
  if (other.info.commit === o.info.commit && other.path === o.path) return;
  o.others ??= [];
  if (o.others.length < MAX_OTHER_PLACES) o.others.push(other);
}
var MESSAGE_PATH = "(commit message)";
var FORMAT = "--format=%x1e%H%x00%ct%x00%an%x00%ae%x00%aI%x00%s";
var PATCH_ARGS = [
  // Context lines: see readPatches.
  "log",
  "-p",
  `-U${KEY_HEADER_REACH}`,
  "--cc",
  "--full-index",
  "--date-order",
  "--no-renames",
  "--no-ext-diff",
  "--no-textconv",
  "--no-color",
  "--no-relative",
  "--no-show-signature",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  FORMAT
];
function messageFragment(c, body) {
  const text = body.replace(/\n+$/, "");
  if (text.trim() === "") return void 0;
  const f = commitFragment(c, MESSAGE_PATH, text, 1, Buffer.byteLength(text));
  f.place = "commit-message";
  return f;
}
function commitFragment(c, path, text, startLine, bytes, context) {
  return {
    text,
    path,
    startLine,
    bytes,
    commit: c.commit,
    author: c.author,
    email: c.email,
    date: c.date,
    message: c.message,
    time: c.time,
    seq: c.seq,
    origin: void 0,
    context,
    place: void 0
  };
}
function logPatchFragments(opts) {
  const proc = spawnGit(opts.root, [...PATCH_ARGS, ...opts.select, "--end-of-options", ...opts.revs], "read the history");
  proc.child.stdin.end();
  return { fragments: readPatches(proc, opts), stop: () => proc.kill() };
}
async function* readPatches(proc, opts) {
  let commit;
  let seq = 0;
  let runs = [];
  const ready = [];
  const binaries = [];
  const skip = (file, reason, detail) => opts.onSkip?.({ path: file.path, reason, detail: `${detail}, commit ${commit?.commit.slice(0, 12) ?? "?"}` });
  const parser = new DiffParser(
    {
      added: (_file, startLine, lines, above, below) => {
        runs.push({ startLine, lines, above, below });
      },
      fileEnd: (file) => {
        const held = runs;
        runs = [];
        if (!commit || file.mode === "160000") return;
        if (opts.exclude?.(file.path)) return;
        const c = commit;
        const fragment = (text, startLine, bytes2, context) => commitFragment(c, file.path, text, startLine, bytes2, context);
        if (file.status !== "deleted" && held.length === 0 && opts.byName?.(file.path)) ready.push(fragment("", 1, 0));
        if (file.binary) {
          if (file.status === "deleted") return;
          if (!file.newBlob || ZERO_ID.test(file.newBlob)) return skip(file, "binary", "binary");
          const oldBlobs = (file.oldBlob ?? "").split(",").filter((o) => o !== "" && !ZERO_ID.test(o));
          binaries.push({ commit: c, path: file.path, newBlob: file.newBlob, oldBlobs });
          return;
        }
        if (file.tooLarge) return skip(file, "too-large", `more than ${opts.maxFileSize} bytes added`);
        if (held.length === 0) return;
        let bytes = file.addedBytes;
        for (const t of joinRuns(held)) {
          ready.push(fragment(t.lines.join("\n"), t.startLine, bytes, t.context.length > 0 ? t.context : void 0));
          bytes = 0;
        }
      }
    },
    { maxFileBytes: opts.maxFileSize }
  );
  const onLine = (line) => {
    if (parser.push(line)) return;
    if (line.charCodeAt(0) !== 30) return;
    parser.end();
    const [h, ct, an, ae, ai, s] = line.slice(1).split("\0");
    commit = { commit: h ?? "", time: Number(ct), seq: seq++, author: an ?? "", email: ae ?? "", date: ai ?? "", message: s ?? "" };
    opts.onCommit?.(commit);
  };
  const decoder = new StringDecoder("utf8");
  const splitter = new LineSplitter();
  let ok = false;
  try {
    for await (const chunk of readAhead(proc.child.stdout)) {
      for (const line of splitter.write(decoder.write(chunk))) onLine(line);
      if (ready.length) yield* ready.splice(0);
    }
    for (const line of splitter.write(decoder.end())) onLine(line);
    for (const line of splitter.end()) onLine(line);
    parser.end();
    if (ready.length) yield* ready.splice(0);
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
  for await (const t of textChanges(opts.root, binaries, opts.maxFileSize, "a version")) {
    const { commit: c, path } = t.change;
    if ("skip" in t) {
      opts.onSkip?.({ path, reason: t.skip, detail: `${t.detail ? `${t.detail}, ` : ""}commit ${c.commit.slice(0, 12)}` });
      continue;
    }
    let bytes = t.bytes;
    for (const run of joinRuns(t.runs)) {
      yield commitFragment(c, path, run.lines.join("\n"), run.startLine, bytes, run.context.length > 0 ? run.context : void 0);
      bytes = 0;
    }
  }
}
var MAX_NAMED_SKIPS = 1e3;
function boundedSkips() {
  const list = [];
  const extra = {};
  return {
    list,
    add: (s) => {
      if (list.length < MAX_NAMED_SKIPS) list.push(s);
      else extra[s.reason] = (extra[s.reason] ?? 0) + 1;
    },
    /** Adds the skips beyond the bound to stats that counted the list. */
    count: (stats) => {
      for (const [reason, n] of Object.entries(extra)) {
        stats.skipped += n;
        stats.skippedByReason[reason] = (stats.skippedByReason[reason] ?? 0) + n;
      }
    }
  };
}
function older(a, b) {
  return a.seq !== b.seq ? a.seq > b.seq : a.time < b.time;
}
function detach(f) {
  const copy = (x) => Buffer.from(x, "utf8").toString("utf8");
  const d = { ...f, secret: copy(f.secret), match: copy(f.match), lineText: copy(f.lineText) };
  if (f.encoded !== void 0) d.encoded = copy(f.encoded);
  return d;
}
var MAX_ORIGINS_PER_KEY = 64;
var placeOf = (c) => c.origin ? c.origin.info : c.at;
var fileOf = (c) => c.origin ? c.origin.path : c.finding.file;
function before(a, b) {
  const pa = placeOf(a);
  const pb = placeOf(b);
  if (pa.commit !== pb.commit) return older(pa, pb);
  const ma = a.finding.place === "commit-message";
  if (ma !== (b.finding.place === "commit-message")) return !ma;
  const fa = fileOf(a);
  const fb = fileOf(b);
  return fa < fb || fa === fb && a.finding.line < b.finding.line;
}
var OldestPerKey = class {
  byKey = /* @__PURE__ */ new Map();
  get size() {
    return this.byKey.size;
  }
  has(key) {
    return this.byKey.has(key);
  }
  /** Adds a candidate; `own` makes the copy that is kept (only a candidate kept is copied). */
  add(key, c, own) {
    const list = this.byKey.get(key);
    if (!list) {
      this.byKey.set(key, [own(c)]);
      return;
    }
    const same = list.findIndex((x) => x.origin === c.origin && x.finding.file === c.finding.file);
    if (same >= 0) {
      if (before(c, list[same])) list[same] = own(c);
      return;
    }
    list.push(own(c));
    if (list.length > MAX_ORIGINS_PER_KEY) {
      let newest = 0;
      for (let k = 1; k < list.length; k++) if (before(list[newest], list[k])) newest = k;
      list.splice(newest, 1);
    }
  }
  /**
   * Each key's candidates, oldest first (the keys by their oldest), each with the origin it moves to
   * (if its finding was found elsewhere) and the other places its change was made (Origin.others).
   */
  oldest() {
    const order = (a, b) => before(a, b) ? -1 : before(b, a) ? 1 : 0;
    const lists = [...this.byKey.values()].map((list) => [...list].sort(order));
    lists.sort((a, b) => order(a[0], b[0]));
    return lists.map((list) => list.map((c) => {
      const o = c.origin;
      return { item: c.item, moved: o && (o.info.commit !== c.at.commit || o.path !== c.finding.file) ? o : void 0, others: o?.others, at: placeOf(c) };
    }));
  }
};
var ownFinding = (c) => {
  const finding = detach(c.finding);
  return { ...c, item: finding, finding };
};
var ownSuppression = (c) => {
  const finding = detach(c.finding);
  return { ...c, item: { ...c.item, finding }, finding };
};
function movedTo(f, o) {
  if (!o) return f;
  const c = o.info;
  return { ...f, file: o.path, commit: c.commit, author: c.author, email: c.email, date: c.date, message: c.message };
}
function oldestCommitSink(maxSuppressed = MAX_KEPT_SUPPRESSED, recheck) {
  const kept = new OldestPerKey();
  const dropped = new OldestPerKey();
  const overflow = {};
  let settled;
  const settle = () => {
    if (settled) return settled;
    const findings = [];
    const elsewhere = /* @__PURE__ */ new Map();
    const suppressed = dropped.oldest().map((list) => list[0]).map(({ item, moved }) => moved ? { ...item, finding: movedTo(item.finding, moved) } : item);
    for (const places of kept.oldest()) {
      let reported;
      const rest = [];
      for (const { item, moved, others, at } of places) {
        const f = movedTo(item, moved);
        const verdict = moved && recheck?.(f);
        if (verdict) {
          if (!reported && rest.length === 0) suppressed.push({ ...verdict, finding: f });
        } else if (!reported) reported = f;
        else rest.push({ f, at });
        for (const p of others ?? []) {
          const g = movedTo(item, { info: p.info, path: p.path });
          if (!recheck?.(g)) rest.push({ f: g, at: p.info });
        }
      }
      if (!reported) continue;
      findings.push(reported);
      if (rest.length > 0) elsewhere.set(reported, rest.sort((a, b) => older(a.at, b.at) ? -1 : older(b.at, a.at) ? 1 : 0).map((x) => x.f));
    }
    return settled = { findings, suppressed, elsewhere };
  };
  return {
    add(r, fragment) {
      const at = { commit: fragment.commit, time: fragment.time, seq: fragment.seq };
      const origin = fragment.origin;
      for (const f of r.findings) kept.add(f.fingerprint, { item: f, finding: f, at, origin }, ownFinding);
      for (const s of r.suppressed) {
        const key = `${s.kind}\0${s.finding.fingerprint}`;
        if (!dropped.has(key) && dropped.size >= maxSuppressed) {
          overflow[s.kind] = (overflow[s.kind] ?? 0) + 1;
          continue;
        }
        dropped.add(key, { item: s, finding: s.finding, at, origin }, ownSuppression);
      }
      addOverflow(overflow, r.overflow);
    },
    findings: () => settle().findings,
    suppressed: () => settle().suppressed,
    elsewhere: () => settle().elsewhere,
    count: (stats) => countOverflow(stats, overflow)
  };
}
async function inspectRepo(root, flag = "--history") {
  try {
    if (!statSync(root).isDirectory()) throw new LeakwardError("USAGE", `${root} is not a directory`, "Pass a directory inside a git repository.");
  } catch (e) {
    if (e instanceof LeakwardError) throw e;
    throw new LeakwardError(
      "USAGE",
      `cannot scan ${root}: ${e.code ?? e.message}`,
      "Check the path exists and is readable."
    );
  }
  const top = await gitRun(root, ["rev-parse", "--git-dir", "--is-shallow-repository"]);
  if (top.code !== 0) {
    const why = gitReason(top.stderr) ?? "";
    if (/not a git repository/i.test(why)) {
      throw new LeakwardError(
        "NOT_A_REPO",
        `${root} is not in a git repository, so it has no history to scan`,
        `Run it inside a clone (or pass its path), or drop ${flag} to scan the files as they are.`
      );
    }
    throw new LeakwardError(
      "GIT_FAILED",
      `git could not open the repository at ${root}: ${why || `exit code ${top.code}`}`,
      "Run `git status` there to see what is wrong."
    );
  }
  const [refs, head] = await Promise.all([
    // Each ref's object type, and the type of what an annotated tag points at (one level).
    gitRun(root, ["for-each-ref", "--format=%(objecttype) %(*objecttype) %(objectname) %(*objectname) %(refname)"]),
    gitRun(root, ["symbolic-ref", "-q", "HEAD"])
  ]);
  for (const [r, what] of [[refs, "list its refs"], [head, "read HEAD"]]) {
    if (r.code !== 0 && !(r === head && r.code === 1)) {
      const why = gitReason(r.stderr) ?? `exit code ${r.code}`;
      throw new LeakwardError("GIT_FAILED", `git could not ${what} in ${root}: ${why}`, "Run `git status` there to see what is wrong.");
    }
  }
  const lines = refs.stdout.split("\n").filter(Boolean);
  const { tips, tags } = await objectTips(root, lines);
  const detached = head.code !== 0;
  return {
    shallow: top.stdout.split("\n")[1]?.trim() === "true",
    hasCommits: lines.length > tips.length || detached,
    refs: lines.length + (detached ? 1 : 0),
    tips,
    tags
  };
}
async function objectTips(root, refLines) {
  const tips = [];
  const tags = [];
  const nested = [];
  for (const line of refLines) {
    const [type, peeledType, oid, peeledOid, ref] = line.split(" ");
    if (ref === void 0) continue;
    if (type === "tag") tags.push({ ref, oid });
    const t = peeledType || type;
    if (t === "blob" || t === "tree") tips.push({ ref, oid: peeledType ? peeledOid : oid, type: t });
    else if (t === "tag") nested.push(ref);
  }
  if (nested.length === 0) return { tips, tags };
  const r = await gitRun(root, ["cat-file", "--batch-check=%(objecttype) %(objectname)"], nested.map((ref) => `${ref}^{}
`).join(""));
  if (r.code !== 0) throw new LeakwardError("GIT_FAILED", `git could not read the tags in ${root}: ${gitReason(r.stderr) ?? `exit code ${r.code}`}`, "Run `git status` there to see what is wrong.");
  r.stdout.split("\n").slice(0, nested.length).forEach((line, k) => {
    const [type, oid] = line.split(" ");
    if ((type === "blob" || type === "tree") && oid) tips.push({ ref: nested[k], oid, type });
  });
  return { tips, tags };
}
async function sinceWindow(root, since) {
  const r = await gitRun(root, ["rev-parse", `--since=${since}`]);
  const at = Number(/--max-age=(\d+)/.exec(r.stdout)?.[1]);
  if (r.code !== 0 || !Number.isFinite(at)) {
    throw new LeakwardError("USAGE", `git cannot read --since ${JSON.stringify(since)} as a date`, 'Give a date such as 2024-01-01 or "2 weeks ago".');
  }
  const when = new Date(at * 1e3).toISOString().replace(".000Z", "Z");
  if (at * 1e3 >= Date.now() - 1e3) {
    throw new LeakwardError(
      "USAGE",
      `--since ${JSON.stringify(since)} reads as ${when}, now or later, so no commit is newer: nothing would be scanned`,
      'Give a date in the past, such as 2024-01-01, "2 weeks ago" or yesterday (git reads text it does not know as now).'
    );
  }
  return `--since ${JSON.stringify(since)}: commits newer than ${when}.`;
}
function byName(ruleSet) {
  const rules = ruleSet.rules.filter((r) => !r.matcher && r.pathMatcher);
  return rules.length ? (path) => rules.some((r) => r.pathMatcher.test(path)) : void 0;
}

export {
  samePlaceAgain,
  messageFragment,
  commitFragment,
  logPatchFragments,
  boundedSkips,
  oldestCommitSink,
  inspectRepo,
  sinceWindow,
  byName
};
