/** `leakward config check` and `leakward config migrate`. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { applyConfig } from '../config/apply.js';
import { dialectOf, findConfig, loadConfig, resolveExtendPath } from '../config/load.js';
import { migrateGitleaks } from '../config/migrate.js';
import { loadLinearEngine } from '../engine/regex/matcher.js';
import { LeakwardError } from '../errors.js';
import { loadBuiltinRuleSet } from '../rules/builtin.js';
import { parseToml } from '../rules/load.js';
import type { Io } from './io.js';

export async function configCheck(io: Io, file: string | undefined): Promise<number> {
  const path = findConfig(io.cwd, file ? resolve(io.cwd, file) : undefined);
  if (!path) {
    throw new LeakwardError('USAGE', 'no config here: neither .leakward.toml nor .gitleaks.toml', 'Name one: `leakward config check FILE`.');
  }
  await loadLinearEngine();
  const builtin = loadBuiltinRuleSet();
  const config = loadConfig(path, io.cwd);
  const { ruleSet, notes } = applyConfig(builtin, config);
  for (const n of notes) io.err(`leakward: ${n}\n`);
  const builtinIds = new Set(builtin.rules.map((r) => r.rule.id));
  const own = ruleSet.rules.filter((r) => !builtinIds.has(r.rule.id)).length;
  const checked = config.rules.filter((r) => r.examples.length + r.negatives.length > 0).length;
  io.out(`${config.file} (${config.dialect} format): ${ruleSet.rules.length} rules (${ruleSet.rules.length - own} built-in, ${own} added), ` +
    `${ruleSet.allowlists.length} global allowlists; ${checked} rule(s) with examples, all hold.\n`);
  return 0;
}

export async function configMigrate(io: Io, file: string, flags: { output: string; force?: boolean }): Promise<number> {
  const from = resolve(io.cwd, file);
  if (!existsSync(from)) {
    throw new LeakwardError('USAGE', `${file} not found`, 'Name the gitleaks config: `leakward config migrate path/to/.gitleaks.toml`.');
  }
  const toStdout = flags.output === '-';
  const to = resolve(io.cwd, flags.output);
  if (!toStdout && existsSync(to) && !flags.force) {
    throw new LeakwardError('USAGE', `${flags.output} already exists`, 'Pass --force to overwrite it, or --output another file.');
  }
  // Load it first, exactly as a scan would: a config leakward cannot read is not migrated half-way.
  await loadLinearEngine();
  const config = loadConfig(from, io.cwd);
  const builtin = loadBuiltinRuleSet();
  const { notes } = applyConfig(builtin, config);
  // The rules the migrated file extends: the base config's (through leakward's reading of it), or the built-in ones.
  const base = config.base ? applyConfig(builtin, config.base).ruleSet : config.header.extend.useDefault ? builtin : { rules: [] };
  const knownRules = new Set(base.rules.map((r) => r.rule.id));
  const doc = parseToml(readFileSync(from, 'utf8'), config.file);
  const extendPath = config.header.extend.path !== undefined
    ? relative(dirname(toStdout ? from : to), resolveExtendPath(config.header.extend.path, from, dialectOf(from), io.cwd)).split('\\').join('/')
    : undefined;
  const text = migrateGitleaks({ doc, from: config.file, knownRules, ...(extendPath !== undefined ? { extendPath } : {}) });
  if (toStdout) {
    io.out(text);
    return 0;
  }
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, text);
  for (const n of notes) io.err(`leakward: note: ${n}\n`);
  io.err(`leakward: wrote ${flags.output} (${config.rules.length} rule(s), ${config.allowlists.length} global allowlist(s)) from ${config.file}.\n` +
    `  .gitleaksignore is still honoured; \`leakward ignore\` entries (.leakwardignore) survive rebases and moved lines.\n` +
    `  Remove ${config.file} once you have checked the result: .leakward.toml is read first.\n`);
  return 0;
}
