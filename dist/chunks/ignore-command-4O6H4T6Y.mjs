import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  prepareEngines,
  resolveRuleSet,
  scan
} from "./chunk-X6LCVEHX.mjs";
import {
  GITLEAKS_IGNORE_NAME,
  IGNORE_NAME,
  addEntries,
  entryMatches,
  forHistory,
  parseFingerprint,
  parseGitleaksIgnore,
  removeLines
} from "./chunk-KYW7TU4C.mjs";
import "./chunk-WJIJQGAM.mjs";
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
  createDetector
} from "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/cli/ignore-command.ts
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
var usage = (msg, hint) => new LeakwardError("USAGE", msg, hint);
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return "";
    throw e;
  }
}
function who(dir, env) {
  const r = spawnSync("git", ["config", "user.name"], { cwd: dir, encoding: "utf8" });
  const name = r.status === 0 ? r.stdout.trim() : "";
  return name || env.USER || env.USERNAME || "unknown";
}
async function runIgnore(io, entries, flags) {
  const dir = resolve(io.cwd, flags.dir);
  const file = join(dir, IGNORE_NAME);
  const shown = relative(io.cwd, file) || IGNORE_NAME;
  const config = flags.config ? { config: resolve(io.cwd, flags.config) } : {};
  if (flags.prune) {
    if (entries.length > 0) throw usage("--prune takes no entries", "Run `leakward ignore --prune` on its own.");
    const result = await scan({ target: dir, cwd: io.cwd, ...config, ...flags.history ? { history: {} } : {} });
    const stale = (result.staleIgnores ?? []).filter((e) => e.kind === "fingerprint");
    if (stale.length === 0) {
      io.out(`leakward: every entry in ${shown} still matches a finding: nothing to prune.
`);
      return 0;
    }
    writeFileSync(file, removeLines(readText(file), new Set(stale.map((e) => e.line))));
    for (const e of stale) io.out(`removed ${e.text}${e.comment ? `  # ${e.comment}` : ""}
`);
    io.out(`leakward: pruned ${stale.length} stale entr${stale.length === 1 ? "y" : "ies"} from ${shown}.
`);
    return 0;
  }
  if (flags.fromGitleaks) {
    if (entries.length > 0) throw usage("--from-gitleaks takes no entries", "Run `leakward ignore --from-gitleaks` on its own.");
    return importGitleaks(io, dir, file, shown, config);
  }
  if (flags.history) throw usage("--history goes with --prune", "Run `leakward ignore --prune --history`.");
  if (entries.length === 0) {
    throw usage(
      "name what to ignore: a fingerprint (rule-id:hash) or a finding's FILE:LINE",
      'e.g. `leakward ignore github-pat:0123456789abcdef01234567 -m "test fixture"`, or `leakward ignore src/app.ts:12`.'
    );
  }
  const fingerprints = [];
  for (const entry of entries) {
    const fp = parseFingerprint(entry);
    if (fp) {
      if (flags.narrow && fp.path === void 0) {
        throw usage(`--narrow needs to know the file: ${entry} has no path`, "Give the finding as FILE:LINE, or write rule-id:hash:path.");
      }
      fingerprints.push(entry);
      continue;
    }
    fingerprints.push(...await fingerprintsAt(io, dir, entry, flags));
  }
  const comment = `${who(dir, io.env)} ${(/* @__PURE__ */ new Date()).toISOString().slice(0, 10)}${flags.reason ? `: ${flags.reason}` : ""}`;
  const { text, added } = addEntries(readText(file), IGNORE_NAME, fingerprints.map((fingerprint) => ({ fingerprint, comment })));
  if (added.length > 0) writeFileSync(file, text);
  for (const fp of fingerprints) io.out(added.includes(fp) ? `added ${fp}
` : `already there: ${fp}
`);
  io.out(`leakward: ${added.length} entr${added.length === 1 ? "y" : "ies"} added to ${shown}; commit it.
`);
  return 0;
}
async function fingerprintsAt(io, dir, entry, flags) {
  const m = /^(.+):(\d+)$/.exec(entry);
  if (!m) {
    throw usage(
      `"${entry}" is neither a fingerprint (rule-id:hash[:path]) nor FILE:LINE`,
      "Copy the fingerprint from a report, or give the file and line of the finding."
    );
  }
  const abs = resolve(io.cwd, m[1]);
  const path = relative(dir, abs).split(sep).join("/");
  if (path.startsWith("..")) throw usage(`${m[1]} is outside ${flags.dir}`, "Run it from the scan root, or pass --dir.");
  let text;
  try {
    text = readFileSync(abs, "utf8");
  } catch (e) {
    throw usage(`cannot read ${m[1]}: ${e.code}`, "Check the path.");
  }
  const options = { cwd: io.cwd, ...flags.config ? { config: resolve(io.cwd, flags.config) } : {} };
  await prepareEngines(options, dir);
  const { findings } = createDetector(resolveRuleSet(options, dir)).detect({ text, path, startLine: 1 });
  const line = Number(m[2]);
  const here = findings.filter((f) => f.line === line);
  if (here.length === 0) {
    throw usage(`no finding at ${entry}`, "Check the line with `leakward scan` (it prints file:line:column for each finding).");
  }
  return [...new Set(here.map((f) => flags.narrow ? `${f.fingerprint}:${f.file}` : f.fingerprint))];
}
async function importGitleaks(io, dir, file, shown, config) {
  const gitleaks = readText(join(dir, GITLEAKS_IGNORE_NAME));
  if (gitleaks === "") throw usage(`no ${GITLEAKS_IGNORE_NAME} in ${relative(io.cwd, dir) || "."}`, "Run it where .gitleaksignore is, or pass --dir.");
  const entries = parseGitleaksIgnore(gitleaks, GITLEAKS_IGNORE_NAME);
  const found = [];
  const scans = [{}];
  if (entries.some(forHistory)) scans.push({ history: {} });
  for (const extra of scans) {
    const result = await scan({ target: dir, cwd: io.cwd, ...config, ...extra });
    found.push(...result.suppressed.filter((s) => s.kind === "ignore").map((s) => s.finding));
  }
  const lines = [];
  const unmatched = [];
  for (const e of entries) {
    const fps = [...new Set(found.filter((f) => entryMatches(e, f)).map((f) => f.fingerprint))];
    if (fps.length === 0) unmatched.push(e.text);
    for (const fingerprint of fps) lines.push({ fingerprint, comment: `was ${GITLEAKS_IGNORE_NAME}:${e.line} ${e.text}` });
  }
  const { text, added } = addEntries(readText(file), IGNORE_NAME, lines);
  if (added.length > 0) writeFileSync(file, text);
  for (const fp of added) io.out(`added ${fp}
`);
  for (const u of unmatched) io.out(`not carried over (matches nothing): ${u}
`);
  io.out(`leakward: ${added.length} entr${added.length === 1 ? "y" : "ies"} added to ${shown} from ${entries.length} in ${GITLEAKS_IGNORE_NAME}; once you have committed it, delete ${GITLEAKS_IGNORE_NAME}.
`);
  return 0;
}
export {
  runIgnore
};
