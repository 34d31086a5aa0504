import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/cli/scan-command.ts
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/cli/outcome.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
function reportError(io, e) {
  if (e instanceof LeakwardError) {
    io.err(`leakward: ${e.message}
${e.hint ? `  ${e.hint}
` : ""}`);
    return EXIT_ERROR;
  }
  throw e;
}
function blockedCommitMessage(n) {
  return [
    `leakward: commit blocked: ${n === 1 ? "a secret is" : `${n} secrets are`} in the staged changes (listed above).`,
    "  Fix:   take it out of the file, `git add` the file again, and rotate the secret if it is real.",
    "  Allow: a false positive or a test value? Add a `leakward:allow` comment on its line, or record it",
    '         with `leakward ignore FILE:LINE -m "why"` (.leakwardignore) or `leakward baseline`.',
    "  Skip:  this once with LEAKWARD_SKIP=1 git commit \u2026  (git commit --no-verify skips every hook).",
    ""
  ].join("\n");
}

// src/cli/scan-command.ts
var STAGED_HOOK_FLAGS = {
  git: true,
  format: "pretty",
  redact: true,
  color: true,
  staged: true
};
async function runStagedHook(io) {
  try {
    return await runScan(io, ".", STAGED_HOOK_FLAGS, "report");
  } catch (e) {
    return reportError(io, e);
  }
}
async function startProgress(io, path, flags) {
  if (path === "-" || flags.staged || !io.progress?.isTTY) return void 0;
  const { createProgress } = await import("./progress-UPO2UJFA.mjs");
  const commits = flags.history || flags.range !== void 0;
  return createProgress(io.progress, {
    kind: flags.history ? "history" : flags.range !== void 0 ? "range" : "tree",
    delayMs: commits ? 300 : 1e3,
    env: io.env,
    color: flags.color !== false && !io.env.NO_COLOR
  });
}
function commitLimits(flags) {
  return { ...flags.since !== void 0 ? { since: flags.since } : {}, ...flags.maxCount !== void 0 ? { maxCount: flags.maxCount } : {} };
}
function checkOutput(file, given) {
  let problem;
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) problem = "it is a folder";
    else if (!writable(file)) problem = "it is not writable";
  } else {
    let dir = dirname(file);
    while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
    if (!statSync(dir).isDirectory()) problem = `${dir} is a file, not a folder`;
    else if (!writable(dir)) problem = `the folder ${dir} is not writable`;
  }
  if (problem) throw new LeakwardError("USAGE", `cannot write the report to ${given}: ${problem}`, "Give --output a path you can write to, or leave it out to print the report.");
}
function writable(path) {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function checkSourceFlags(path, flags) {
  const usage = (msg, hint) => new LeakwardError("USAGE", msg, hint);
  if (flags.staged && (path === "-" || !flags.git || flags.history)) {
    throw usage("--staged reads the index of a git repository: it cannot be combined with -, --no-git or --history", "Run `leakward scan --staged [REPO]` on its own.");
  }
  if (flags.history && path === "-") throw usage("--history reads a repository, not standard input", "Pass the repository path, e.g. `leakward scan --history .`.");
  if (flags.history && !flags.git) throw usage("--history needs git: it cannot be combined with --no-git", "Drop --no-git.");
  if (flags.range !== void 0 && (flags.history || flags.staged || path === "-" || !flags.git)) {
    throw usage(
      "--range reads commits of a git repository: it cannot be combined with --history, --staged, - or --no-git",
      "Run `leakward scan --range A..B [REPO]` on its own."
    );
  }
  if (!flags.verify && !flags.revoke) {
    const given = [
      flags.yes && "--yes",
      flags.auditLog !== void 0 && "--audit-log",
      flags.providerUrl?.length && "--provider-url",
      flags.allowPrivateProviderUrls && "--allow-private-provider-urls"
    ].filter(Boolean);
    if (given.length) throw usage(`${given.join(", ")} only ${given.length === 1 ? "applies" : "apply"} with --verify or --revoke`, "For example `leakward scan --verify --revoke --yes --audit-log audit.jsonl`.");
  }
  if (flags.yes && !flags.revoke) throw usage("--yes confirms --revoke", "Add --revoke: `leakward scan --revoke --yes`.");
  if (!flags.history && flags.range === void 0 && (flags.since !== void 0 || flags.maxCount !== void 0)) {
    throw usage("--since and --max-count limit a scan of commits", "Add --history (or --range A..B), e.g. `leakward scan --history --since 2024-01-01`.");
  }
}
async function runScan(io, path, flags, mode) {
  const { scan } = await import("./scan-SGHTVJDN.mjs");
  let baseline;
  if (flags.baseline) {
    const { parseBaseline } = await import("./baseline-RR4G43HW.mjs");
    let text2;
    try {
      text2 = readFileSync(resolve(io.cwd, flags.baseline), "utf8");
    } catch (e) {
      throw new LeakwardError(
        "BASELINE_INVALID",
        `cannot read the baseline ${flags.baseline}: ${e.code}`,
        "Create one with `leakward baseline`, or check the path."
      );
    }
    baseline = parseBaseline(text2, flags.baseline);
  }
  const target = path === "-" ? "-" : resolve(io.cwd, path);
  checkSourceFlags(path, flags);
  if (flags.output) checkOutput(resolve(io.cwd, flags.output), flags.output);
  const confirming = flags.verify || flags.revoke ? await import("./cli-CQU2FYEG.mjs") : void 0;
  const overrides = confirming ? await confirming.checkConfirmFlags(flags) : void 0;
  const progress = await startProgress(io, path, flags);
  const result = flags.staged ? await scanStagedFor(io, target, flags, baseline, mode) : await scan({
    target,
    git: flags.git ? "auto" : "never",
    ...flags.maxFileSize !== void 0 ? { maxFileSize: flags.maxFileSize } : {},
    ...baseline ? { baseline } : {},
    ...flags.config ? { config: resolve(io.cwd, flags.config) } : {},
    cwd: io.cwd,
    stdin: io.stdin,
    ...flags.history ? { history: commitLimits(flags) } : {},
    ...flags.range !== void 0 ? { range: { range: flags.range, ...commitLimits(flags) } } : {},
    ...progress ? { onProgress: progress.update } : {}
  }).finally(() => progress?.stop());
  for (const note of result.notes ?? []) io.err(`leakward: ${note}
`);
  if (mode === "report") for (const e of result.staleIgnores ?? []) io.err(staleMessage(e));
  if (confirming && mode === "report") {
    const tree = result.mode === "git" || result.mode === "filesystem" ? target : void 0;
    const confirmed = await confirming.confirmForCli(result.findings, flags, overrides, io.cwd, tree);
    result.findings = confirmed.findings;
    io.err(confirming.confirmSummary(confirmed, flags));
  }
  if (result.mode === "filesystem" && flags.git && flags.format === "pretty") {
    io.err("leakward: not a git repository: scanning every file (pass --no-git to say so).\n");
  }
  let text;
  if (mode === "baseline") {
    const { formatBaseline } = await import("./baseline-RR4G43HW.mjs");
    text = formatBaseline([...result.findings, ...result.suppressed.filter((s) => s.kind === "baseline").map((s) => s.finding)]);
  } else if (flags.format === "json") {
    const { formatJson } = await import("./json-TM5ZGPU4.mjs");
    text = formatJson(result, { noRedact: !flags.redact, showSuppressed: flags.showSuppressed === true });
  } else if (flags.format === "sarif") {
    const { formatSarif } = await import("./sarif-X3T7IJ6M.mjs");
    text = formatSarif(result, result.rules, { noRedact: !flags.redact, showSuppressed: flags.showSuppressed === true });
  } else {
    const { formatPretty } = await import("./pretty-3TVX2W4K.mjs");
    const color = flags.color !== false && io.isTTY && !flags.output && !io.env.NO_COLOR;
    text = formatPretty(result, { color, noRedact: !flags.redact, showSuppressed: flags.showSuppressed === true });
  }
  if (flags.output) {
    try {
      const file = resolve(io.cwd, flags.output);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (e) {
      throw new LeakwardError(
        "IO",
        `cannot write the report to ${flags.output}: ${e.code ?? e.message}`,
        "Check the path and its permissions, or leave out --output to print the report."
      );
    }
    if (mode === "baseline") io.err(`leakward: wrote ${JSON.parse(text).findings.length} finding(s) to ${flags.output}
`);
  } else io.out(text);
  if (mode === "baseline") return EXIT_CLEAN;
  if (flags.staged && result.findings.length > 0) io.err(blockedCommitMessage(result.findings.length));
  if (result.findings.length > 0) return EXIT_FINDINGS;
  return nothingRead(io, result) ? EXIT_ERROR : EXIT_CLEAN;
}
function nothingRead(io, result) {
  if (result.mode !== "git" && result.mode !== "filesystem") return false;
  const unreadable = result.skipped.filter((s) => s.reason === "unreadable");
  if (result.stats.files > 0 || unreadable.length === 0) return false;
  const n = unreadable.length;
  const some = unreadable.slice(0, 3).map((s) => `${s.path}: ${s.detail ?? "unreadable"}`).join(", ");
  io.err(`leakward: nothing was scanned: ${n === 1 ? "the only file" : `all ${n} files`} could not be read (${some}${n > 3 ? ", \u2026" : ""}).
  Check their permissions (or run leakward as a user who can read them), or fix the broken links.
`);
  return true;
}
async function scanStagedFor(io, target, flags, baseline, mode) {
  const { scanStaged } = await import("./staged-L7POLUW7.mjs");
  return scanStaged({
    target,
    ...flags.maxFileSize !== void 0 ? { maxFileSize: flags.maxFileSize } : {},
    ...baseline ? { baseline } : { rootBaseline: mode === "report" },
    ...flags.config ? { config: resolve(io.cwd, flags.config) } : {},
    cwd: io.cwd
  });
}
function staleMessage(e) {
  const how = e.kind === "fingerprint" ? "`leakward ignore --prune` removes it (add --history when it is for a secret in the history)" : "remove the line";
  return `leakward: ${e.file}:${e.line}: ${e.text} matched nothing in this scan (stale): ${how}.
`;
}

export {
  EXIT_CLEAN,
  EXIT_FINDINGS,
  EXIT_ERROR,
  reportError,
  runStagedHook,
  runScan
};
