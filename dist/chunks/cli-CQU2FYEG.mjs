import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  confirmFindings
} from "./chunk-BHWILBTS.mjs";
import "./chunk-S5RDDSFS.mjs";
import {
  checkProviderUrls,
  parseProviderUrls
} from "./chunk-OTVOBSTV.mjs";
import {
  VERIFIERS
} from "./chunk-UJ7VG7A6.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/verify/cli.ts
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
async function checkConfirmFlags(flags) {
  const overrides = parseProviderUrls(flags.providerUrl ?? [], VERIFIERS.keys());
  await checkProviderUrls(overrides, { allowPrivate: flags.allowPrivateProviderUrls === true });
  return overrides;
}
function contextReader(root) {
  if (!root) return void 0;
  return (f) => {
    try {
      const p = resolve(root, f.file);
      if (!p.startsWith(root) || statSync(p).size > 1024 * 1024) return void 0;
      return readFileSync(p, "utf8");
    } catch {
      return void 0;
    }
  };
}
async function confirmForCli(findings, flags, overrides, cwd, treeRoot) {
  const readContext = contextReader(treeRoot);
  return confirmFindings(findings, {
    verify: true,
    revoke: flags.revoke === true,
    dryRun: flags.yes !== true,
    providerUrls: overrides,
    // Already checked (with DNS) by checkConfirmFlags.
    allowPrivate: true,
    ...flags.auditLog ? { auditLog: resolve(cwd, flags.auditLog) } : {},
    ...readContext ? { readContext } : {}
  });
}
function confirmSummary(r, flags) {
  const s = r.stats;
  const lines = [`leakward: verified ${s.checked} distinct secret${s.checked === 1 ? "" : "s"} with their providers: ${s.live} live, ${s.revoked} revoked, ${s.invalid} invalid, ${s.unknown} unknown.`];
  if (flags.revoke) {
    const all = Object.values(r.results);
    const planned = new Set(all.filter((v) => v.revocation?.action === "dry-run")).size;
    const failed = new Set(all.filter((v) => v.revocation?.action === "failed")).size;
    const manual = new Set(all.filter((v) => v.revocation?.action === "manual")).size;
    if (planned) lines.push(`  dry run: ${planned} live secret${planned === 1 ? "" : "s"} would be revoked; run again with --yes to revoke.`);
    if (failed) lines.push(`  ${failed} revocation${failed === 1 ? "" : "s"} not confirmed: see the findings, and rotate those secrets by hand.`);
    if (manual) lines.push(`  ${manual} live secret${manual === 1 ? "" : "s"} cannot be revoked through an API: rotate ${manual === 1 ? "it" : "them"} at the page shown.`);
  }
  if (r.audit) lines.push(`  audit log ${r.audit.file}: ${r.audit.records} record${r.audit.records === 1 ? "" : "s"} appended; last hash ${r.audit.lastHash}`);
  return `${lines.join("\n")}
`;
}
export {
  checkConfirmFlags,
  confirmForCli,
  confirmSummary
};
