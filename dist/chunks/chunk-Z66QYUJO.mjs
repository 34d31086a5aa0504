import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/filters/baseline.ts
function parseBaseline(text, file) {
  let doc;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (e) {
    throw new LeakwardError(
      "BASELINE_INVALID",
      `${file}: not valid JSON (${e.message})`,
      "Regenerate it with `leakward baseline`."
    );
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings)) {
    throw new LeakwardError(
      "BASELINE_INVALID",
      `${file}: expected an object with a "findings" array`,
      "Pass a file written by `leakward baseline` or `leakward scan --format json`."
    );
  }
  const out = /* @__PURE__ */ new Set();
  findings.forEach((f, i) => {
    const fp = f?.fingerprint;
    if (typeof fp !== "string") {
      throw new LeakwardError(
        "BASELINE_INVALID",
        `${file}: findings[${i}] has no "fingerprint"`,
        "Regenerate it with `leakward baseline`."
      );
    }
    out.add(fp);
  });
  return out;
}
function formatBaseline(findings) {
  const seen = /* @__PURE__ */ new Set();
  const entries = [];
  for (const f of findings) {
    const key = `${f.fingerprint}\0${f.file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  }
  entries.sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return JSON.stringify({ version: 1, findings: entries }, null, 2) + "\n";
}
function applyBaseline(findings, baseline) {
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    if (baseline.has(f.fingerprint)) suppressed.push({ finding: f, kind: "baseline", reason: `in the baseline (${f.fingerprint})` });
    else kept.push(f);
  }
  return { kept, suppressed };
}

export {
  parseBaseline,
  formatBaseline,
  applyBaseline
};
