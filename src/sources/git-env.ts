/**
 * The environment git runs in, per folder: leakward's fixed settings, and git's location variables
 * (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE …) only where they are about the folder scanned.
 *
 * git sets GIT_INDEX_FILE for every commit hook (a temporary index with `git commit -a` or `git commit
 * FILE`, which the staged scan must read) and GIT_DIR for hooks in a linked worktree; a bare-dotfiles
 * setup exports GIT_DIR and GIT_WORK_TREE. They win over the folder git runs in, so with them
 * `leakward scan --history ../other` read the environment's repository and said "No secrets found"
 * for the other. The rule: the environment is about one repository — the one GIT_DIR names, else the
 * current folder's. A folder in that repository keeps the environment (paths in it made absolute:
 * git takes them from the folder it runs in, and leakward runs git in the folder scanned); a folder in
 * a repository of its own, another one, drops it; a folder in none keeps it if it is in GIT_WORK_TREE
 * (a dotfiles work tree) and drops it otherwise (a plain folder, scanned as files).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { devNull } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Besides no locks, no pager and untranslated messages: git reads the objects as they are, not as a
 * repository's replace refs (`git replace`) or `info/grafts` file present them. Those swap a commit for
 * another or cut a history short on this clone only — they are not cloned by default — so a secret in
 * a replaced or grafted-away commit went unscanned here while every clone has it. (The replacement
 * commits are scanned too: their refs are among `--all`.)
 */
const BASE: NodeJS.ProcessEnv = {
  ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_NO_REPLACE_OBJECTS: '1', GIT_GRAFT_FILE: devNull,
};

/** git's variables that say where the repository, work tree and index are (of `git rev-parse --local-env-vars`). */
const LOCATION_VARS = [
  'GIT_DIR', 'GIT_WORK_TREE', 'GIT_IMPLICIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_SHALLOW_FILE', 'GIT_PREFIX', 'GIT_INTERNAL_SUPER_PREFIX',
];
/** Those that hold a path (or, alternates, a list of them), which git reads from the folder it runs in. */
const PATH_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_SHALLOW_FILE'];

const byFolder = new Map<string, NodeJS.ProcessEnv>();

/** The environment to run git in, in folder `cwd` (see the module's comment). */
export function gitEnv(cwd: string): NodeJS.ProcessEnv {
  if (!LOCATION_VARS.some((v) => process.env[v] !== undefined)) return BASE;
  const folder = realPath(cwd);
  if (folder === undefined) return BASE; // git says the folder is not there
  let env = byFolder.get(folder);
  if (env === undefined) {
    env = chooseEnv(folder);
    byFolder.set(folder, env);
  }
  return env;
}

let given: NodeJS.ProcessEnv | undefined;
let own: NodeJS.ProcessEnv | undefined;
let about: { repo: string | undefined } | undefined;

function chooseEnv(folder: string): NodeJS.ProcessEnv {
  const here = process.cwd();
  if (!given) {
    given = { ...BASE };
    for (const v of PATH_VARS) if (given[v]) given[v] = resolve(here, given[v]!);
    const alternates = given.GIT_ALTERNATE_OBJECT_DIRECTORIES;
    if (alternates) given.GIT_ALTERNATE_OBJECT_DIRECTORIES = alternates.split(delimiter).map((p) => resolve(here, p)).join(delimiter);
    own = { ...BASE };
    for (const v of LOCATION_VARS) delete own[v];
  }
  // The repository the environment is about.
  about ??= { repo: given.GIT_DIR !== undefined ? realPath(given.GIT_DIR) : repositoryOf(here) };
  const repo = repositoryOf(folder);
  if (repo !== undefined) return repo === about.repo ? given : own!;
  const workTree = given.GIT_WORK_TREE !== undefined ? realPath(given.GIT_WORK_TREE) : undefined;
  return workTree === undefined || within(folder, workTree) ? given : own!;
}

/**
 * The git folder (resolved) of the repository `folder` is in, as git finds it without the location
 * variables. Looked up on disk first — a `.git` folder or file (a linked worktree's, a submodule's)
 * in the folder or above, or the folder itself a repository (bare) — so a hook decides without
 * spawning git; git is asked when nothing is found there (a ceiling, another file system).
 */
function repositoryOf(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    const kind = statKind(dotGit);
    if (kind === 'dir') return realPath(dotGit);
    if (kind === 'file') {
      const to = /^gitdir: (.+)$/m.exec(readText(dotGit))?.[1]?.trim();
      if (to) return realPath(resolve(dir, to));
    }
    if (statKind(join(dir, 'HEAD')) === 'file' && statKind(join(dir, 'objects')) === 'dir' && statKind(join(dir, 'refs')) === 'dir') return dir;
    if (dirname(dir) === dir) break;
  }
  const r = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: folder, env: own, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 ? realPath(r.stdout.trim()) : undefined;
}

function within(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

function statKind(path: string): 'dir' | 'file' | undefined {
  const s = statSync(path, { throwIfNoEntry: false });
  return s?.isDirectory() ? 'dir' : s?.isFile() ? 'file' : undefined;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(resolve(path));
  } catch {
    return undefined;
  }
}
