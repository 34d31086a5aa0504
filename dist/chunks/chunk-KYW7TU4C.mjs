import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyBaseline
} from "./chunk-Z66QYUJO.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import {
  createDetector
} from "./chunk-RBX45IUS.mjs";

// src/filters/ignore.ts
var IGNORE_NAME = ".leakwardignore";
var GITLEAKS_IGNORE_NAME = ".gitleaksignore";
var FINGERPRINT = /^([A-Za-z0-9][A-Za-z0-9._-]*):([0-9a-f]{24})(?::(.+))?$/;
var GITLEAKS = /^(?:([0-9a-f]{40}|[0-9a-f]{64}):)?(.+):([A-Za-z0-9][A-Za-z0-9._-]*):(\d+)$/;
function splitComment(line) {
  const m = /(^|\s)#/.exec(line);
  if (!m) return { text: line.trim() };
  const comment = line.slice(m.index + m[0].length).trim();
  return { text: line.slice(0, m.index).trim(), ...comment ? { comment } : {} };
}
function parseFingerprint(text) {
  const m = FINGERPRINT.exec(text);
  return m ? { ruleId: m[1], hash: m[2], ...m[3] !== void 0 ? { path: m[3] } : {} } : void 0;
}
function parseLeakwardIgnore(text, file) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const { text: entry, comment } = splitComment(raw);
    if (entry === "") return;
    const fp = parseFingerprint(entry);
    if (!fp) {
      throw new LeakwardError(
        "CONFIG_INVALID",
        `${file}:${i + 1}: "${entry}" is not a fingerprint (rule-id:hash, or rule-id:hash:path)`,
        "Copy the fingerprint from a report (`--format json`, or the pretty report), or add it with `leakward ignore`."
      );
    }
    out.push({ file, line: i + 1, text: entry, kind: "fingerprint", ...fp, ...comment ? { comment } : {} });
  });
  return out;
}
function parseGitleaksIgnore(text, file) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.trim();
    if (entry === "" || entry.startsWith("#")) return;
    const m = GITLEAKS.exec(entry);
    if (!m) {
      throw new LeakwardError(
        "CONFIG_INVALID",
        `${file}:${i + 1}: "${entry}" is not a gitleaks fingerprint (commit:file:rule-id:line, or file:rule-id:line)`,
        "Fix or remove the line; for suppressions that survive rebases and moved lines use .leakwardignore (`leakward ignore`)."
      );
    }
    out.push({
      file,
      line: i + 1,
      text: entry,
      kind: "gitleaks",
      ruleId: m[3],
      path: m[2],
      findingLine: Number(m[4]),
      ...m[1] ? { commit: m[1] } : {}
    });
  });
  return out;
}
function entryMatches(e, f) {
  if (e.ruleId !== f.ruleId) return false;
  if (e.kind === "fingerprint") return f.fingerprint === `${e.ruleId}:${e.hash}` && (e.path === void 0 || e.path === f.file);
  return e.path === f.file && e.findingLine === f.line && e.commit === f.commit;
}
function describeEntry(e) {
  return `${e.file}:${e.line}${e.comment ? ` (${e.comment})` : ""}`;
}
function applyIgnore(findings, entries) {
  const kept = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const e = entries.find((x) => entryMatches(x, f));
    if (e) {
      used.add(e);
      suppressed.push({ finding: f, kind: "ignore", reason: `ignored by ${describeEntry(e)}` });
    } else kept.push(f);
  }
  return { kept, suppressed, used };
}
function staleEntries(entries, used, history) {
  return entries.filter((e) => !used.has(e) && (e.kind === "fingerprint" || forHistory(e) === history));
}
function forHistory(e) {
  return e.commit !== void 0 || e.path !== void 0 && (e.path.startsWith("refs/") || e.path.endsWith(" (tag message)"));
}
function formatEntry(fingerprint, comment) {
  return comment ? `${fingerprint}  # ${comment.replace(/[\r\n]+/g, " ")}` : fingerprint;
}
function removeLines(text, lines) {
  return text.split("\n").filter((_l, i) => !lines.has(i + 1)).join("\n");
}
function addEntries(text, file, lines) {
  const have = new Set(parseLeakwardIgnore(text, file).map((e) => e.text));
  const added = [];
  let out = text;
  for (const l of lines) {
    if (have.has(l.fingerprint)) continue;
    have.add(l.fingerprint);
    if (out !== "" && !out.endsWith("\n")) out += "\n";
    out += formatEntry(l.fingerprint, l.comment) + "\n";
    added.push(l.fingerprint);
  }
  return { text: out, added };
}

// src/config/ignore-files.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function readIfThere(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new LeakwardError("CONFIG_INVALID", `cannot read ${path}: ${code ?? e.message}`, "Check the file's permissions.");
  }
}
function readIgnoreFiles(root) {
  const mine = readIfThere(join(root, IGNORE_NAME));
  const theirs = readIfThere(join(root, GITLEAKS_IGNORE_NAME));
  return [
    ...mine !== void 0 ? parseLeakwardIgnore(mine, IGNORE_NAME) : [],
    ...theirs !== void 0 ? parseGitleaksIgnore(theirs, GITLEAKS_IGNORE_NAME) : []
  ];
}
function applyIgnoreFiles(result, root, stale) {
  const entries = readIgnoreFiles(root);
  if (entries.length === 0) return result;
  const r = applyIgnore(result.findings, entries);
  const inBaseline = applyIgnore(result.suppressed.filter((s) => s.kind === "baseline").map((s) => s.finding), entries);
  const used = /* @__PURE__ */ new Set([...r.used, ...inBaseline.used]);
  for (const s of result.elsewhere ? r.suppressed : []) {
    for (const other of result.elsewhere.get(s.finding) ?? []) {
      const o = applyIgnore([other], entries);
      for (const e of o.used) used.add(e);
      if (o.kept.length > 0) {
        r.kept.push(other);
        break;
      }
    }
  }
  const suppressed = [...result.suppressed, ...r.suppressed];
  const suppressedByKind = { ...result.stats.suppressedByKind };
  if (r.suppressed.length > 0) suppressedByKind.ignore = (suppressedByKind.ignore ?? 0) + r.suppressed.length;
  return {
    ...result,
    findings: r.kept,
    suppressed,
    stats: { ...result.stats, findings: r.kept.length, suppressed: suppressed.length, suppressedByKind },
    ...stale ? { staleIgnores: staleEntries(entries, used, stale === "history") } : {}
  };
}

// src/sources/decode-text.ts
var SNIFF = 8e3;
function decodeText(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return buf.subarray(2).toString("utf16le");
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  const head = buf.subarray(0, SNIFF);
  if (head.includes(0)) return void 0;
  const start = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  return buf.toString("utf8", start);
}

// src/scan-core.ts
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var pushing = (fragments) => async (lane) => {
  for await (const f of fragments) {
    lane.push(f);
    if (lane.full()) await lane.room();
  }
};
async function scanFragments(fragments, ctx, extra) {
  const started = extra.started ?? performance.now();
  const sink = extra.sink ?? collectAll();
  let files = 0;
  let bytes = 0;
  const count = (fragment) => {
    if (fragment.place !== "commit-message" && fragment.place !== "tag-message") files++;
    bytes += fragment.bytes;
    ctx.onProgress?.({ files, bytes });
  };
  const main = typeof fragments === "function" ? fragments : pushing(fragments);
  const onWorker = extra.worker ? await import("./worker-detector-BVBKQANI.mjs") : void 0;
  if (extra.worker && onWorker?.workerAvailable()) {
    const help = extra.helpWhen && {
      when: extra.helpWhen,
      detector: () => {
        const d = createDetector(ctx.ruleSet);
        return (f) => d.detect(f);
      }
    };
    const feed = new onWorker.WorkerFeed(extra.worker, (f, r) => sink.add(r, f), count, help);
    try {
      await Promise.all([
        main(feed.main).then(() => feed.end(feed.main)),
        extra.background ? extra.background(feed.background).then(() => feed.end(feed.background)) : feed.end(feed.background),
        feed.done()
      ]);
    } finally {
      await feed.terminate();
    }
  } else {
    const detector = createDetector(ctx.ruleSet);
    const lane = {
      push(fragment) {
        const r = detector.detect(fragment);
        if (r.findings.length > 0 || r.suppressed.length > 0) sink.add(r, fragment);
        count(fragment);
      },
      full: () => false,
      room: () => Promise.resolve()
    };
    await Promise.all([main(lane), extra.background?.(lane)]);
  }
  const findings = sink.findings();
  const suppressed = sink.suppressed();
  let kept = findings;
  if (ctx.baseline) {
    const b = applyBaseline(findings, ctx.baseline);
    kept = b.kept;
    suppressed.push(...b.suppressed);
  }
  const { skipped } = extra;
  const skippedByReason = {};
  for (const s of skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
  const suppressedByKind = {};
  for (const s of suppressed) suppressedByKind[s.kind] = (suppressedByKind[s.kind] ?? 0) + 1;
  const stats = {
    files,
    bytes,
    skipped: skipped.length,
    skippedByReason,
    rules: ctx.ruleSet.rules.length,
    findings: kept.length,
    suppressed: suppressed.length,
    suppressedByKind,
    durationMs: Math.round(performance.now() - started)
  };
  sink.count?.(stats);
  const elsewhere = sink.elsewhere?.();
  return {
    findings: kept,
    suppressed,
    skipped,
    mode: extra.mode,
    rules: ctx.ruleSet.rules.map((r) => r.rule),
    stats,
    ...elsewhere && elsewhere.size > 0 ? { elsewhere } : {}
  };
}
var MAX_KEPT_SUPPRESSED = 1e4;
function collectAll() {
  const findings = [];
  const suppressed = [];
  const overflow = {};
  return {
    add(r) {
      for (const f of r.findings) findings.push(f);
      for (const s of r.suppressed) {
        if (suppressed.length < MAX_KEPT_SUPPRESSED) suppressed.push(s);
        else overflow[s.kind] = (overflow[s.kind] ?? 0) + 1;
      }
      addOverflow(overflow, r.overflow);
    },
    findings: () => findings,
    suppressed: () => suppressed,
    count: (stats) => countOverflow(stats, overflow)
  };
}
function onAddedLines(sink) {
  return {
    ...sink,
    add(r, fragment) {
      const { context } = fragment;
      if (!context) return sink.add(r, fragment);
      const findings = r.findings.filter((f) => touchesAdded(f, context));
      const suppressed = r.suppressed.filter((s) => touchesAdded(s.finding, context));
      if (findings.length > 0 || suppressed.length > 0 || r.overflow) sink.add({ ...r, findings, suppressed }, fragment);
    }
  };
}
function touchesAdded(f, context) {
  let first = f.line;
  const last = f.endLine;
  if (!f.decodedFrom) {
    const at = f.match.indexOf(f.secret);
    for (let i = 0; i < at; i++) if (f.match.charCodeAt(i) === 10) first--;
  }
  let inContext = 0;
  for (const line of context) if (line >= first && line <= last) inContext++;
  return inContext < last - first + 1;
}
function addOverflow(into, more) {
  if (!more) return;
  for (const [kind, n] of Object.entries(more)) into[kind] = (into[kind] ?? 0) + n;
}
function countOverflow(stats, overflow) {
  for (const [kind, n] of Object.entries(overflow)) {
    stats.suppressed += n;
    stats.suppressedByKind[kind] = (stats.suppressedByKind[kind] ?? 0) + n;
  }
}

export {
  IGNORE_NAME,
  GITLEAKS_IGNORE_NAME,
  parseFingerprint,
  parseLeakwardIgnore,
  parseGitleaksIgnore,
  entryMatches,
  applyIgnore,
  forHistory,
  removeLines,
  addEntries,
  applyIgnoreFiles,
  decodeText,
  DEFAULT_MAX_FILE_SIZE,
  scanFragments,
  MAX_KEPT_SUPPRESSED,
  collectAll,
  onAddedLines,
  addOverflow,
  countOverflow
};
