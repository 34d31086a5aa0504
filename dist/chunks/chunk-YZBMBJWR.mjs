import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  lineFinder,
  parseToml,
  rulesFromDocument
} from "./chunk-N5HQ6HQ5.mjs";
import {
  RuleError
} from "./chunk-4UU6KND7.mjs";

// src/config/find.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var CONFIG_NAME = ".leakward.toml";
var GITLEAKS_CONFIG_NAME = ".gitleaks.toml";
function findConfig(root, given) {
  if (given) return given;
  if (root === void 0) return void 0;
  for (const name of [CONFIG_NAME, GITLEAKS_CONFIG_NAME]) {
    const p = join(root, name);
    if (existsSync(p)) return p;
  }
  return void 0;
}

// src/config/load.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";

// src/config/schema.ts
var TOP_KEYS = ["title", "description", "minVersion", "extend", "limits", "rules", "allowlists", "allowlist"];
var EXTEND_KEYS = ["useDefault", "useDefaultAllowlists", "path", "disabledRules", "disabledTags", "minConfidence"];
var LIMIT_KEYS = ["maxFileSize"];
var CONFIDENCES = ["low", "medium", "high"];
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parseSize(v) {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 ? v : void 0;
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(v.trim());
  if (!m) return void 0;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const n = Math.round(Number(m[1]) * { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]);
  return n > 0 ? n : void 0;
}
function sectionLine(text, name) {
  const i = text.split("\n").findIndex((l) => new RegExp(`^\\s*\\[\\[?\\s*${name}\\s*\\]`).test(l));
  return i === -1 ? void 0 : i + 1;
}
function validateHeader(doc, text, file, dialect) {
  const find = lineFinder(text);
  const fail = (line, problem, hint) => {
    throw new RuleError(file, line, void 0, problem, hint, "CONFIG_INVALID");
  };
  const unknown = (keys, table, where, from) => {
    for (const k of Object.keys(table)) {
      if (!keys.includes(k)) {
        const line = find(k, from) ?? sectionLine(text, k) ?? from;
        fail(line, `unknown key "${k}"${where}`, `Keys here are: ${keys.join(", ")}.`);
      }
    }
  };
  unknown(TOP_KEYS, doc, "");
  const header = {
    extend: { useDefault: dialect === "leakward", useDefaultAllowlists: true, disabledRules: [], disabledTags: [] },
    extendGiven: /* @__PURE__ */ new Set(),
    limits: {}
  };
  if (doc.title !== void 0) {
    if (typeof doc.title !== "string") fail(find("title"), '"title" must be a string');
    header.title = doc.title;
  }
  for (const k of ["description", "minVersion"]) {
    if (doc[k] !== void 0 && typeof doc[k] !== "string") fail(find(k), `"${k}" must be a string`);
  }
  if (doc.extend !== void 0) {
    const at = sectionLine(text, "extend");
    if (!isObj(doc.extend)) fail(find("extend") ?? at, '"extend" must be a table ([extend])');
    const ext = doc.extend;
    if ("url" in ext) {
      fail(
        find("url", at),
        "[extend] url is not supported: leakward never fetches a config from the network",
        "Download the config once, commit it, and point [extend] path at it."
      );
    }
    unknown(EXTEND_KEYS, ext, " in [extend]", at);
    const bool = (k) => {
      if (ext[k] === void 0) return;
      if (typeof ext[k] !== "boolean") fail(find(k, at), `"${k}" must be true or false`);
      header.extend[k] = ext[k];
      header.extendGiven.add(k);
    };
    bool("useDefault");
    bool("useDefaultAllowlists");
    const list = (k) => {
      const v = ext[k];
      if (v === void 0) return;
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) fail(find(k, at), `"${k}" must be an array of strings`);
      header.extend[k] = v;
      header.extendGiven.add(k);
    };
    list("disabledRules");
    list("disabledTags");
    if (ext.path !== void 0) {
      if (typeof ext.path !== "string" || ext.path === "") fail(find("path", at), '"path" must be the path of a config file');
      header.extend.path = ext.path;
      header.extendGiven.add("path");
      if (header.extendGiven.has("useDefault") && header.extend.useDefault) {
        fail(
          find("useDefault", at),
          "[extend] has both useDefault = true and path",
          "Extend one of them: the config at path can itself say useDefault = true."
        );
      }
      if (!header.extendGiven.has("useDefault")) header.extend.useDefault = false;
    }
    if (ext.minConfidence !== void 0) {
      if (typeof ext.minConfidence !== "string" || !CONFIDENCES.includes(ext.minConfidence)) {
        fail(find("minConfidence", at), `"minConfidence" must be one of ${CONFIDENCES.join(", ")}`);
      }
      header.extend.minConfidence = ext.minConfidence;
      header.extendGiven.add("minConfidence");
    }
  }
  if (doc.limits !== void 0) {
    const at = sectionLine(text, "limits");
    if (!isObj(doc.limits)) fail(find("limits") ?? at, '"limits" must be a table ([limits])');
    const lim = doc.limits;
    unknown(LIMIT_KEYS, lim, " in [limits]", at);
    if (lim.maxFileSize !== void 0) {
      const v = lim.maxFileSize;
      const n = typeof v === "string" || typeof v === "number" ? parseSize(v) : typeof v === "bigint" ? parseSize(Number(v)) : void 0;
      if (n === void 0) fail(find("maxFileSize", at), `"maxFileSize" must be a size like "500k", "10m" or a number of bytes (got ${JSON.stringify(String(v))})`);
      header.limits.maxFileSize = n;
    }
  }
  return header;
}

// src/config/load.ts
var MAX_EXTEND_DEPTH = 5;
function dialectOf(path) {
  return /gitleaks/i.test(basename(path)) ? "gitleaks" : "leakward";
}
function display(path, cwd) {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
function loadConfig(path, cwd, chain = []) {
  const abs = resolve(cwd, path);
  const file = display(abs, cwd);
  let text;
  try {
    text = readFileSync(abs, "utf8");
  } catch (e) {
    const from = chain.length > 0 ? ` (named by [extend] path in ${display(chain[chain.length - 1], cwd)})` : "";
    throw new RuleError(
      file,
      void 0,
      void 0,
      `cannot read the config: ${e.code ?? e.message}${from}`,
      chain.length > 0 ? "Fix [extend] path: leakward configs resolve it from their own folder, gitleaks configs from the working directory." : "Check the path given to --config.",
      "CONFIG_INVALID"
    );
  }
  const dialect = dialectOf(abs);
  const doc = parseToml(text, file);
  const header = validateHeader(doc, text, file, dialect);
  const { rules, allowlists } = rulesFromDocument(doc, text, file, { requireExamples: false, partial: true });
  const given = (doc.rules ?? []).map((r) => new Set(Object.keys(r)));
  const config = { path: abs, file, dialect, header, rules, given, allowlists, find: lineFinder(text) };
  if (header.extend.path !== void 0) {
    const next = resolveExtendPath(header.extend.path, abs, dialect, cwd);
    const line = config.find("path");
    if ([...chain, abs].includes(next)) {
      throw new RuleError(
        file,
        line,
        void 0,
        `[extend] path makes a cycle: ${[...chain, abs, next].map((p) => display(p, cwd)).join(" \u2192 ")}`,
        "Remove the [extend] path that points back.",
        "CONFIG_INVALID"
      );
    }
    if (chain.length + 1 >= MAX_EXTEND_DEPTH) {
      throw new RuleError(
        file,
        line,
        void 0,
        `[extend] path chains more than ${MAX_EXTEND_DEPTH} configs`,
        "Merge some of them into one file.",
        "CONFIG_INVALID"
      );
    }
    config.base = loadConfig(next, cwd, [...chain, abs]);
  }
  return config;
}
function resolveExtendPath(path, configPath, dialect, cwd) {
  const own = resolve(dirname(configPath), path);
  if (dialect === "leakward") return own;
  const fromCwd = resolve(cwd, path);
  return existsSync2(fromCwd) || !existsSync2(own) ? fromCwd : own;
}

export {
  findConfig,
  dialectOf,
  loadConfig,
  resolveExtendPath
};
