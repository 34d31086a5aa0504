import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/config/migrate.ts
var RULE_KEY_ORDER = [
  "id",
  "description",
  "regex",
  "secretGroup",
  "entropy",
  "path",
  "keywords",
  "tags",
  "skipReport",
  "provider",
  "confidence",
  "checksum",
  "structure",
  "remediation",
  "verify",
  "revoke",
  "examples",
  "negatives"
];
var ALLOWLIST_KEY_ORDER = ["description", "targetRules", "condition", "regexTarget", "regexes", "paths", "globs", "stopwords", "commits"];
function str(s) {
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(s)) return JSON.stringify(s);
  if (!/["\\]/.test(s)) return `"${s}"`;
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes("'''") && !s.endsWith("'")) return `'''${s}'''`;
  return JSON.stringify(s);
}
function value(v, key) {
  if (typeof v === "string") return str(v);
  if (key === "entropy" && typeof v === "number" && Number.isInteger(v)) return v.toFixed(1);
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => value(x));
    const one = `[${items.join(", ")}]`;
    return one.length <= 100 ? one : `[
${items.map((i) => `  ${i},`).join("\n")}
]`;
  }
  throw new Error(`internal: cannot write ${typeof v} as TOML`);
}
function table(header, t, order, indent = "") {
  const keys = [...order.filter((k) => k in t), ...Object.keys(t).filter((k) => !order.includes(k))];
  return [`${indent}${header}`, ...keys.filter((k) => t[k] !== void 0).map((k) => `${indent}${k} = ${value(t[k], k).split("\n").join(`
${indent}`)}`)];
}
var asList = (single, many) => [...many ?? [], ...single !== void 0 ? [single] : []];
function migrateGitleaks(input) {
  const { doc } = input;
  const out = [
    `# Migrated from ${input.from} by \`leakward config migrate\`: the same rules and allowlists, in leakward's format.`,
    `# See "Configuration" in leakward's README for what else can go here.`,
    ""
  ];
  if (typeof doc.title === "string") out.push(`title = ${str(doc.title)}`, "");
  const ext = doc.extend ?? {};
  out.push("[extend]");
  if (input.extendPath !== void 0) {
    out.push(`# gitleaks reads this path from the working directory; leakward from this file's folder.`);
    out.push(`path = ${str(input.extendPath)}`);
  } else {
    out.push(ext.useDefault === true ? "# Start from the built-in rules (leakward's, which cover gitleaks' defaults under the same ids where they exist)." : "# gitleaks: a config without [extend] useDefault = true replaces the default rules. So does this one.");
    out.push(`useDefault = ${ext.useDefault === true}`);
  }
  const disabled = ext.disabledRules ?? [];
  const missing = disabled.filter((id) => !input.knownRules.has(id));
  if (missing.length > 0) out.push(`# gitleaks rules leakward has no rule for, so nothing to disable: ${missing.join(", ")}`);
  const kept = disabled.filter((id) => input.knownRules.has(id));
  if (kept.length > 0) out.push(`disabledRules = ${value(kept)}`);
  for (const k of ["disabledTags", "minConfidence", "useDefaultAllowlists"]) {
    if (ext[k] !== void 0) out.push(`${k} = ${value(ext[k])}`);
  }
  out.push("");
  if (doc.limits !== void 0) out.push(...table("[limits]", doc.limits, ["maxFileSize"]), "");
  for (const rule of doc.rules ?? []) {
    const { allowlist, allowlists, required, ...rest } = rule;
    if (rest.regex === void 0 && rest.path === void 0 && !input.knownRules.has(String(rest.id))) {
      out.push(`# [[rules]] id = "${String(rest.id)}" changed a gitleaks default rule leakward does not have: left out.`, "");
      continue;
    }
    out.push(...table("[[rules]]", rest, RULE_KEY_ORDER));
    for (const a of asList(allowlist, allowlists)) out.push("", ...table("[[rules.allowlists]]", a, ALLOWLIST_KEY_ORDER, "  "));
    for (const r of asList(void 0, required)) out.push("", ...table("[[rules.required]]", r, ["id", "withinLines", "withinColumns"], "  "));
    out.push("");
  }
  for (const a of asList(doc.allowlist, doc.allowlists)) out.push(...table("[[allowlists]]", a, ALLOWLIST_KEY_ORDER), "");
  return out.join("\n").replace(/\n+$/, "\n");
}

export {
  migrateGitleaks
};
