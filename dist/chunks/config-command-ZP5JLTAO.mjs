import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  migrateGitleaks
} from "./chunk-BQZ57YHY.mjs";
import {
  applyConfig
} from "./chunk-YKC2IKON.mjs";
import "./chunk-4PT276W4.mjs";
import {
  dialectOf,
  findConfig,
  loadConfig,
  resolveExtendPath
} from "./chunk-YZBMBJWR.mjs";
import {
  loadBuiltinRuleSet
} from "./chunk-YAV3TE62.mjs";
import {
  parseToml
} from "./chunk-N5HQ6HQ5.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-P7L454IC.mjs";
import {
  loadLinearEngine
} from "./chunk-MCDJBE3I.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/cli/config-command.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
async function configCheck(io, file) {
  const path = findConfig(io.cwd, file ? resolve(io.cwd, file) : void 0);
  if (!path) {
    throw new LeakwardError("USAGE", "no config here: neither .leakward.toml nor .gitleaks.toml", "Name one: `leakward config check FILE`.");
  }
  await loadLinearEngine();
  const builtin = loadBuiltinRuleSet();
  const config = loadConfig(path, io.cwd);
  const { ruleSet, notes } = applyConfig(builtin, config);
  for (const n of notes) io.err(`leakward: ${n}
`);
  const builtinIds = new Set(builtin.rules.map((r) => r.rule.id));
  const own = ruleSet.rules.filter((r) => !builtinIds.has(r.rule.id)).length;
  const checked = config.rules.filter((r) => r.examples.length + r.negatives.length > 0).length;
  io.out(`${config.file} (${config.dialect} format): ${ruleSet.rules.length} rules (${ruleSet.rules.length - own} built-in, ${own} added), ${ruleSet.allowlists.length} global allowlists; ${checked} rule(s) with examples, all hold.
`);
  return 0;
}
async function configMigrate(io, file, flags) {
  const from = resolve(io.cwd, file);
  if (!existsSync(from)) {
    throw new LeakwardError("USAGE", `${file} not found`, "Name the gitleaks config: `leakward config migrate path/to/.gitleaks.toml`.");
  }
  const toStdout = flags.output === "-";
  const to = resolve(io.cwd, flags.output);
  if (!toStdout && existsSync(to) && !flags.force) {
    throw new LeakwardError("USAGE", `${flags.output} already exists`, "Pass --force to overwrite it, or --output another file.");
  }
  await loadLinearEngine();
  const config = loadConfig(from, io.cwd);
  const builtin = loadBuiltinRuleSet();
  const { notes } = applyConfig(builtin, config);
  const base = config.base ? applyConfig(builtin, config.base).ruleSet : config.header.extend.useDefault ? builtin : { rules: [] };
  const knownRules = new Set(base.rules.map((r) => r.rule.id));
  const doc = parseToml(readFileSync(from, "utf8"), config.file);
  const extendPath = config.header.extend.path !== void 0 ? relative(dirname(toStdout ? from : to), resolveExtendPath(config.header.extend.path, from, dialectOf(from), io.cwd)).split("\\").join("/") : void 0;
  const text = migrateGitleaks({ doc, from: config.file, knownRules, ...extendPath !== void 0 ? { extendPath } : {} });
  if (toStdout) {
    io.out(text);
    return 0;
  }
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, text);
  for (const n of notes) io.err(`leakward: note: ${n}
`);
  io.err(`leakward: wrote ${flags.output} (${config.rules.length} rule(s), ${config.allowlists.length} global allowlist(s)) from ${config.file}.
  .gitleaksignore is still honoured; \`leakward ignore\` entries (.leakwardignore) survive rebases and moved lines.
  Remove ${config.file} once you have checked the result: .leakward.toml is read first.
`);
  return 0;
}
export {
  configCheck,
  configMigrate
};
