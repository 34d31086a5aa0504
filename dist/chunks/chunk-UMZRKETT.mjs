import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  gitReason,
  gitRun
} from "./chunk-WJIJQGAM.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/hooks/init.ts
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var HOOK_MARKER = "leakward scan --staged";
var CHAINED_NAME = "pre-commit.before-leakward";
function hookText() {
  for (const rel of ["../hooks/pre-commit", "../../hooks/pre-commit"]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return readFileSync(p, "utf8");
  }
  throw new LeakwardError("IO", "the hook text (hooks/pre-commit) is missing from the leakward package", "Reinstall leakward.");
}
async function initHook(options) {
  const dir = resolve(options.cwd, options.target ?? ".");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new LeakwardError("USAGE", `${dir} is not a directory`, "Run `leakward init` in your repository, or pass its path.");
  }
  const root = await git(
    dir,
    ["rev-parse", "--show-toplevel"],
    (why) => /not a git repository/i.test(why) ? new LeakwardError("NOT_A_REPO", `${dir} is not in a git repository: there is no commit to guard`, "Run `git init` first, or run `leakward init` in a repository.") : new LeakwardError("NOT_A_REPO", `cannot install a pre-commit hook here: ${why}`, "Run `leakward init` in a working tree of the repository.")
  );
  const husky = findHusky(dir, root);
  const { body, leakward } = forProject(hookText(), root, husky ? dirname(husky) : projectDir(realpathSync(dir), root));
  const result = await (husky ? installHusky(root, husky, body) : installGit(root, body));
  if (result.action === "unchanged" && !readFileSync(result.hookPath, "utf8").includes(leakward)) {
    result.notes.push(`the hook does not look for leakward at ${leakward}, where this project has it: remove leakward's lines from ${result.hookPath} and run \`leakward init\` again`);
  }
  return result;
}
function projectDir(dir, root) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "package.json")) || existsSync(join(d, "node_modules"))) return d;
    if (d === root || dirname(d) === d) return root;
  }
}
function forProject(body, root, project) {
  const shipped = "node_modules/.bin/leakward";
  const rel = relative(root, project).split("\\").join("/");
  if (rel === "" || rel.startsWith("..")) return { body, leakward: shipped };
  const leakward = `'${rel.replace(/'/g, `'\\''`)}'/${shipped}`;
  return { body: body.split(shipped).join(leakward), leakward };
}
async function git(cwd, args, fail) {
  const r = await gitRun(cwd, args);
  if (r.code !== 0) throw fail(gitReason(r.stderr) ?? `git exited ${r.code}`);
  return r.stdout.replace(/\n$/, "");
}
function findHusky(dir, root) {
  for (const d of dir === root ? [root] : [dir, root]) {
    if (existsSync(join(d, ".husky")) && statSync(join(d, ".husky")).isDirectory()) return join(d, ".husky");
    const pkg = join(d, "package.json");
    if (!existsSync(pkg)) continue;
    try {
      const p = JSON.parse(readFileSync(pkg, "utf8"));
      if (p.devDependencies && "husky" in p.devDependencies || p.dependencies && "husky" in p.dependencies) return join(d, ".husky");
    } catch {
    }
  }
  return void 0;
}
async function installHusky(root, huskyDir, body) {
  const hookPath = join(huskyDir, "pre-commit");
  const notes = [];
  const hooksPath = (await gitRun(root, ["config", "--get", "core.hooksPath"])).stdout.trim();
  const expected = relative(root, huskyDir).split("\\").join("/");
  if (hooksPath !== `${expected}/_` && hooksPath !== expected) {
    notes.push(`husky is not set up in this clone (core.hooksPath is ${hooksPath ? `"${hooksPath}"` : "not set"}): run \`npx husky\`, or add "prepare": "husky" to the scripts in package.json so that npm install does it.`);
  }
  let action;
  if (!existsSync(hookPath)) {
    mkdirSync(huskyDir, { recursive: true });
    writeFileSync(hookPath, body, { mode: 493 });
    action = "created";
  } else {
    const old = readFileSync(hookPath, "utf8");
    if (old.includes(HOOK_MARKER)) action = "unchanged";
    else {
      writeFileSync(hookPath, addToShellHook(old, body));
      action = "appended";
    }
  }
  return { manager: "husky", hookPath, action, notes };
}
function addToShellHook(old, body) {
  const endsEarly = /^(?:exit|exec)\b/m.test(old);
  if (!endsEarly) return `${old}${old.endsWith("\n") || old === "" ? "" : "\n"}
${body}`;
  const lines = old.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i].startsWith("#!") || /husky\.sh/.test(lines[i]))) i++;
  return [...lines.slice(0, i), ...i > 0 ? [""] : [], body.replace(/\n$/, ""), "", ...lines.slice(i)].join("\n");
}
async function installGit(root, body) {
  const [commonDir, gitPath] = (await git(root, ["rev-parse", "--git-common-dir", "--git-path", "hooks"], (why) => new LeakwardError("GIT_FAILED", `git cannot tell where hooks go: ${why}`, "Run `git rev-parse --git-path hooks` to see what is wrong."))).split("\n");
  const hooksDir = resolve(root, gitPath);
  const inside = (base) => {
    const r = relative(base, hooksDir);
    return r === "" || !r.startsWith("..") && !isAbsolute(r);
  };
  if (!inside(root) && !inside(resolve(root, commonDir))) {
    throw new LeakwardError(
      "USAGE",
      `core.hooksPath is ${hooksDir}, outside this repository: a hook there runs for every repository that uses it, so leakward will not install one`,
      `Add the lines of leakward's hooks/pre-commit to ${join(hooksDir, "pre-commit")} yourself, or unset core.hooksPath for this repository.`
    );
  }
  const hookPath = join(hooksDir, "pre-commit");
  const chained = join(hooksDir, CHAINED_NAME);
  const plain = `#!/bin/sh
${body}`;
  mkdirSync(hooksDir, { recursive: true });
  if (!existsSync(hookPath)) {
    writeFileSync(hookPath, plain, { mode: 493 });
    return { manager: "git", hookPath, action: "created", notes: [] };
  }
  const old = readFileSync(hookPath, "utf8");
  if (old.includes(HOOK_MARKER)) {
    const notes = [];
    if ((statSync(hookPath).mode & 73) === 0) {
      chmodSync(hookPath, 493);
      notes.push("the hook was not executable (git ignores such hooks): made it executable");
    }
    return { manager: "git", hookPath, action: "unchanged", notes };
  }
  if (existsSync(chained)) {
    throw new LeakwardError(
      "USAGE",
      `${hookPath} is not leakward's, and ${CHAINED_NAME} is already there: leakward will not overwrite either`,
      `Merge them by hand: keep one hook that runs both, and add the lines of leakward's hooks/pre-commit to it.`
    );
  }
  renameSync(hookPath, chained);
  const chain = [
    `# The pre-commit hook that was here before leakward's (moved to ${CHAINED_NAME}) runs first;`,
    "# its failure stops the commit as before.",
    `if [ -x "$(dirname "$0")/${CHAINED_NAME}" ]; then`,
    `  "$(dirname "$0")/${CHAINED_NAME}" "$@" || exit $?`,
    "fi",
    ""
  ].join("\n");
  writeFileSync(hookPath, `#!/bin/sh
${chain}${body}`, { mode: 493 });
  return {
    manager: "git",
    hookPath,
    action: "chained",
    notes: [`your existing pre-commit hook was kept as ${join(hooksDir, CHAINED_NAME)} and runs first`]
  };
}

export {
  HOOK_MARKER,
  CHAINED_NAME,
  hookText,
  initHook,
  forProject,
  addToShellHook
};
