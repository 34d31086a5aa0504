import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  redact,
  redactorFor,
  sortFindings,
  sortSuppressed
} from "./chunk-PBG3NNNJ.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/report/pretty.ts
var paint = (on, code) => (s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
function printable(s) {
  return s.replace(/[\x00-\x1f\x7f\u2028\u2029]/g, (c) => c === "	" ? " " : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function verificationLines(f, dim, red) {
  const v = f.verification;
  if (!v) return [];
  const status = v.status === "live" ? red("LIVE") : v.status.toUpperCase();
  const who = [v.identity, v.scopes?.length ? `scopes ${v.scopes.join(", ")}` : void 0].filter(Boolean).join("; ");
  const out = [`  ${dim("verify:")} ${status} (${v.provider}${who ? `: ${printable(who)}` : ""}) \u2014 ${printable(v.reason)}`];
  if (v.revocation) out.push(`  ${dim("revoke:")} ${v.revocation.action}: ${printable(v.revocation.detail)}`);
  return out;
}
function nextStep(f) {
  if (f.verification?.status === "revoked") return "Revoked. Now remove it from the code (and history), and replace it where it is used.";
  if (f.verification?.status === "invalid") return "The provider rejects it: no longer usable. Remove it from the code anyway.";
  const where = f.remediation ? `revoke or rotate it at ${f.remediation}` : "rotate it with whoever issued it";
  return `Treat it as compromised: ${where}, then remove it from the code. A false positive? Add a "leakward:allow" comment on the line, or \`leakward ignore ${f.fingerprint}\`.`;
}
function formatPretty(result, opts) {
  const bold = paint(opts.color, "1");
  const red = paint(opts.color, "31");
  const yellow = paint(opts.color, "33");
  const dim = paint(opts.color, "2");
  const cyan = paint(opts.color, "36");
  const out = [];
  const hide = redactorFor(result.findings, result.suppressed.map((s) => s.finding));
  for (const f of sortFindings(result.findings)) {
    const conf = f.confidence === "high" ? red(f.confidence) : f.confidence === "medium" ? yellow(f.confidence) : dim(f.confidence);
    out.push(`${bold(printable(`${f.file}:${f.line}:${f.column}`))}  ${cyan(f.ruleId)}  ${conf}`);
    out.push(`  ${f.description}${f.decodedFrom ? ` (inside ${f.decodedFrom})` : ""}`);
    out.push(`  secret: ${printable(opts.noRedact ? f.secret : redact(f.secret))}`);
    const shown = (opts.noRedact ? f.lineText : hide(f, f.lineText)).trim();
    if (shown) out.push(`  ${dim("line:")}   ${printable(shown.length > 200 ? `${shown.slice(0, 200)}\u2026` : shown)}`);
    if (f.commit) out.push(`  ${dim("commit:")} ${f.commit.slice(0, 12)} ${f.author ?? ""} ${f.date ?? ""}`);
    if (f.structure) out.push(`  ${dim("facts:")}  ${printable(f.structure.facts.join("; "))}`);
    out.push(...verificationLines(f, dim, red));
    out.push(`  ${dim("why:")}    ${f.reasons.join("; ")}`);
    out.push(`  ${dim("next:")}   ${nextStep(f)}`);
    out.push("");
  }
  if (opts.showSuppressed && result.suppressed.length > 0) {
    out.push(bold(`Suppressed (${result.suppressed.length}): found, then dropped for the reason given`));
    for (const s of sortSuppressed(result.suppressed)) {
      const f = s.finding;
      const secret = f.secret ? `  ${printable(opts.noRedact ? f.secret : redact(f.secret))}` : "";
      out.push(`  ${printable(`${f.file}:${f.line}:${f.column}`)}  ${cyan(f.ruleId)}${secret}`);
      out.push(`    ${dim(`${s.kind}:`)} ${printable(s.reason)}`);
    }
    out.push("");
  }
  out.push(summary(result, { red, bold }));
  return out.join("\n") + "\n";
}
function summary(result, c) {
  const { stats } = result;
  const files = new Set(result.findings.map((f) => f.file)).size;
  const s = (n2) => n2 === 1 ? "" : "s";
  const what = stats.commits === void 0 ? `${stats.files} file${s(stats.files)}` : `${stats.files} file change${s(stats.files)} in ${stats.commits} commit${s(stats.commits)}${stats.refs === void 0 ? "" : ` of ${stats.refs} ref${s(stats.refs)}`}`;
  const scanned = `${what} (${(stats.bytes / 1048576).toFixed(1)} MB) scanned in ${stats.durationMs} ms`;
  const reasons = Object.entries(stats.skippedByReason).map(([r, n2]) => `${n2} ${r}`).join(", ");
  const skipped = stats.skipped > 0 ? `; ${stats.skipped} skipped (${reasons})` : "";
  const kinds = Object.entries(stats.suppressedByKind).map(([k, n2]) => `${n2} ${k}`).join(", ");
  const suppressed = stats.suppressed > 0 ? `; ${stats.suppressed} candidate${stats.suppressed === 1 ? "" : "s"} dropped (${kinds})` : "";
  if (result.findings.length === 0) return `No secrets found: ${scanned}${skipped}${suppressed}.`;
  const n = result.findings.length;
  return c.red(c.bold(`${n} secret${n === 1 ? "" : "s"} found in ${files} file${files === 1 ? "" : "s"}`)) + `: ${scanned}${skipped}${suppressed}.`;
}
export {
  formatPretty,
  printable
};
