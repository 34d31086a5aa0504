import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/sources/git-stream.ts
import { spawn, spawnSync as spawnSync2 } from "node:child_process";
import { once } from "node:events";
import { StringDecoder } from "node:string_decoder";

// src/sources/git-env.ts
import { spawnSync } from "node:child_process";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { devNull } from "node:os";
import { delimiter, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var BASE = {
  ...process.env,
  GIT_OPTIONAL_LOCKS: "0",
  GIT_PAGER: "cat",
  LC_ALL: "C",
  GIT_NO_REPLACE_OBJECTS: "1",
  GIT_GRAFT_FILE: devNull
};
var LOCATION_VARS = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_IMPLICIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_SHALLOW_FILE",
  "GIT_PREFIX",
  "GIT_INTERNAL_SUPER_PREFIX"
];
var PATH_VARS = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_SHALLOW_FILE"];
var byFolder = /* @__PURE__ */ new Map();
function gitEnv(cwd) {
  if (!LOCATION_VARS.some((v) => process.env[v] !== void 0)) return BASE;
  const folder = realPath(cwd);
  if (folder === void 0) return BASE;
  let env = byFolder.get(folder);
  if (env === void 0) {
    env = chooseEnv(folder);
    byFolder.set(folder, env);
  }
  return env;
}
var given;
var own;
var about;
function chooseEnv(folder) {
  const here = process.cwd();
  if (!given) {
    given = { ...BASE };
    for (const v of PATH_VARS) if (given[v]) given[v] = resolve(here, given[v]);
    const alternates = given.GIT_ALTERNATE_OBJECT_DIRECTORIES;
    if (alternates) given.GIT_ALTERNATE_OBJECT_DIRECTORIES = alternates.split(delimiter).map((p) => resolve(here, p)).join(delimiter);
    own = { ...BASE };
    for (const v of LOCATION_VARS) delete own[v];
  }
  about ??= { repo: given.GIT_DIR !== void 0 ? realPath(given.GIT_DIR) : repositoryOf(here) };
  const repo = repositoryOf(folder);
  if (repo !== void 0) return repo === about.repo ? given : own;
  const workTree = given.GIT_WORK_TREE !== void 0 ? realPath(given.GIT_WORK_TREE) : void 0;
  return workTree === void 0 || within(folder, workTree) ? given : own;
}
function repositoryOf(folder) {
  for (let dir = folder; ; dir = dirname(dir)) {
    const dotGit = join(dir, ".git");
    const kind = statKind(dotGit);
    if (kind === "dir") return realPath(dotGit);
    if (kind === "file") {
      const to = /^gitdir: (.+)$/m.exec(readText(dotGit))?.[1]?.trim();
      if (to) return realPath(resolve(dir, to));
    }
    if (statKind(join(dir, "HEAD")) === "file" && statKind(join(dir, "objects")) === "dir" && statKind(join(dir, "refs")) === "dir") return dir;
    if (dirname(dir) === dir) break;
  }
  const r = spawnSync("git", ["rev-parse", "--absolute-git-dir"], { cwd: folder, env: own, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 ? realPath(r.stdout.trim()) : void 0;
}
function within(path, folder) {
  const rel = relative(folder, path);
  return rel === "" || rel.split(sep)[0] !== ".." && !isAbsolute(rel);
}
function statKind(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  return s?.isDirectory() ? "dir" : s?.isFile() ? "file" : void 0;
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
function realPath(path) {
  try {
    return realpathSync(resolve(path));
  } catch {
    return void 0;
  }
}

// src/sources/git-stream.ts
var PINNED_CONFIG = [
  "-c",
  "log.showRoot=true",
  "-c",
  "i18n.logOutputEncoding=UTF-8",
  "-c",
  "color.ui=never",
  "-c",
  "core.quotePath=off",
  // GIT_GRAFT_FILE (git-env.ts) names a file that exists, so git would print its grafts deprecation hint
  // on every command, first on stderr, where gitReason looks for the error.
  "-c",
  "advice.graftFileDeprecated=false"
];
function gitReason(stderr) {
  return stderr.split("\n").find((l) => l.trim() && !l.startsWith("hint:"))?.replace(/^fatal: /, "").trim();
}
async function gitRun(cwd, args, input) {
  const child = spawn("git", [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd) });
  const out = [];
  const err = [];
  child.stdout.on("data", (b) => out.push(b));
  child.stderr.on("data", (b) => err.push(b));
  child.stdin.on("error", () => {
  });
  child.stdin.end(input ?? "");
  const [code] = await exited(child);
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}
function gitRunSync(cwd, args) {
  const r = spawnSync2("git", [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd), stdio: ["ignore", "pipe", "pipe"] });
  if (r.error) throw cannotRunGit(r.error);
  return { code: r.status ?? (r.signal ? 128 : 1), stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}
async function exited(child) {
  return new Promise((resolveExit, reject) => {
    child.once("error", (e) => reject(cannotRunGit(e)));
    child.once("close", (code, signal) => resolveExit([code ?? (signal ? 128 : 1)]));
  });
}
function cannotRunGit(e) {
  return new LeakwardError("GIT_FAILED", `cannot run git: ${e.code ?? e.message}`, "Install git and make sure it is on PATH.");
}
function spawnGit(cwd, args, what) {
  return watchGit(spawn("git", [...PINNED_CONFIG, ...args], { cwd, env: gitEnv(cwd) }), what);
}
function watchGit(child, what) {
  const err = [];
  let errBytes = 0;
  child.stderr.on("data", (b) => {
    if (errBytes < 16384) err.push(b);
    errBytes += b.length;
  });
  child.stdin.on("error", () => {
  });
  child.stdout.on("readable", () => {
  });
  let killed = false;
  const done = exited(child);
  done.catch(() => {
  });
  return {
    child,
    async finish() {
      const [code] = await done;
      if (code !== 0 && !killed) {
        const first = gitReason(Buffer.concat(err).toString("utf8")) ?? `exit code ${code}`;
        throw new LeakwardError(
          "GIT_FAILED",
          `git could not ${what}: ${first}`,
          "Run the same git command in the repository to see what is wrong (a corrupt or partial clone?)."
        );
      }
    },
    kill() {
      killed = true;
      if (child.pid !== void 0) child.kill();
    }
  };
}
function spawnGitAfterTopLevel(cwd, args, what) {
  if (process.platform === "win32") return void 0;
  const quote = (a) => `'${a.replace(/'/g, "'\\''")}'`;
  const git = ["git", ...[...PINNED_CONFIG].map(quote)].join(" ");
  const script = `${git} rev-parse --show-toplevel && printf '\\000' && exec ${git} ${args.map(quote).join(" ")}`;
  const child = spawn("sh", ["-c", script], { cwd, env: gitEnv(cwd) });
  child.stdin.end();
  const proc = watchGit(child, what);
  const stderr = [];
  child.stderr.on("data", (b) => stderr.push(b));
  const topLevel = new Promise((resolveTop) => {
    const head = [];
    const readHead = () => {
      for (let chunk; (chunk = child.stdout.read()) !== null; ) {
        const nul = chunk.indexOf(0);
        if (nul === -1) {
          head.push(chunk);
          continue;
        }
        head.push(chunk.subarray(0, nul));
        child.stdout.off("readable", readHead);
        if (nul + 1 < chunk.length) child.stdout.unshift(chunk.subarray(nul + 1));
        resolveTop({ code: 0, stdout: Buffer.concat(head).toString("utf8"), stderr: "" });
        return;
      }
    };
    child.stdout.on("readable", readHead);
    child.once("error", () => resolveTop(void 0));
    child.once("close", (code) => {
      if (code === 127) resolveTop(void 0);
      else resolveTop({ code: code ?? 128, stdout: Buffer.concat(head).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") });
    });
  });
  return { proc, topLevel };
}
function readAhead(stream, maxBuffered = 16 * 1024 * 1024) {
  const queue = [];
  let head = 0;
  let queued = 0;
  let ended = false;
  let failed;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  stream.removeAllListeners("readable");
  stream.on("data", (b) => {
    queue.push(b);
    queued += b.length;
    if (queued > maxBuffered) stream.pause();
    notify();
  });
  stream.once("end", () => {
    ended = true;
    notify();
  });
  stream.once("error", (e) => {
    failed = e;
    notify();
  });
  stream.resume();
  if (stream.readableEnded) ended = true;
  return (async function* chunks() {
    for (; ; ) {
      if (failed) throw failed;
      if (head === queue.length) {
        if (ended) return;
        queue.length = head = 0;
        await new Promise((r) => wake = r);
        continue;
      }
      const chunk = queue[head];
      queue[head++] = EMPTY;
      queued -= chunk.length;
      if (stream.isPaused() && queued < maxBuffered / 2) stream.resume();
      yield chunk;
      await new Promise((r) => setImmediate(r));
    }
  })();
}
var EMPTY = Buffer.alloc(0);
async function feedLines(child, lines) {
  let batch = "";
  try {
    for await (const line of lines) {
      batch += line + "\n";
      if (batch.length >= 32768) {
        const ok = child.stdin.write(batch);
        batch = "";
        if (!ok) await Promise.race([once(child.stdin, "drain"), once(child, "close")]);
      }
    }
    if (batch) child.stdin.write(batch);
  } finally {
    child.stdin.end();
  }
}
async function* checkObjects(cwd, ids) {
  const fmt = "--batch-check=%(objectname) %(objecttype) %(objectsize)";
  const args = ids ? ["cat-file", fmt] : ["cat-file", "--batch-all-objects", "--unordered", fmt];
  const proc = spawnGit(cwd, args, "list the objects of the repository");
  const feeding = ids ? feedLines(proc.child, ids) : (proc.child.stdin.end(), Promise.resolve());
  let ok = false;
  try {
    const decoder = new StringDecoder("latin1");
    let rest = "";
    for await (const chunk of proc.child.stdout) {
      const lines = (rest + decoder.write(chunk)).split("\n");
      rest = lines.pop();
      for (const line of lines) {
        const a = line.indexOf(" ");
        const b = line.indexOf(" ", a + 1);
        if (b === -1) continue;
        yield { oid: line.slice(0, a), type: line.slice(a + 1, b), size: Number(line.slice(b + 1)) };
      }
    }
    await feeding;
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
}
var BlobStreamParser = class {
  /** `onMissing` hears of each id git does not have (`<oid> missing`, a partial or shallow clone). */
  constructor(onMissing) {
    this.onMissing = onMissing;
  }
  onMissing;
  pending;
  cur;
  /** Bytes of the newline after an object's content still to skip. */
  skipNewline = 0;
  /** Parses `chunk`, appending each blob it completes to `out`. */
  push(chunk, out) {
    const b = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = void 0;
    let i = 0;
    while (i < b.length) {
      if (this.skipNewline) {
        i++;
        this.skipNewline = 0;
        continue;
      }
      const cur = this.cur;
      if (cur) {
        const take = Math.min(cur.size - cur.got, b.length - i);
        b.copy(cur.data, cur.got, i, i + take);
        cur.got += take;
        i += take;
        if (cur.got === cur.size) {
          this.cur = void 0;
          this.skipNewline = 1;
          out.push({ oid: cur.oid, data: cur.data });
        }
        continue;
      }
      const nl = b.indexOf(10, i);
      if (nl === -1) {
        this.pending = b.subarray(i);
        return;
      }
      const header = b.toString("latin1", i, nl);
      i = nl + 1;
      const parts = header.split(" ");
      if (parts.length < 3) {
        this.onMissing?.(parts[0]);
        continue;
      }
      const size = Number(parts[2]);
      const oid = parts[0];
      if (b.length - i >= size) {
        out.push({ oid, data: b.subarray(i, i + size) });
        i += size;
        this.skipNewline = 1;
      } else {
        this.cur = { oid, size, data: Buffer.allocUnsafe(size), got: 0 };
      }
    }
  }
};
async function* readBlobs(cwd, ids) {
  const proc = spawnGit(cwd, ["cat-file", "--batch", "--buffer"], "read blobs");
  const feeding = feedLines(proc.child, ids);
  feeding.catch(() => {
  });
  let ok = false;
  try {
    const parser = new BlobStreamParser();
    const ready = [];
    for await (const chunk of readAhead(proc.child.stdout)) {
      parser.push(chunk, ready);
      for (let k = 0; k < ready.length; k++) yield ready[k];
      ready.length = 0;
    }
    await feeding;
    ok = true;
  } finally {
    if (!ok) proc.kill();
  }
  await proc.finish();
}
function streamBlobs(stdout, take, hold) {
  return new Promise((resolve2, reject) => {
    const parser = new BlobStreamParser();
    const blobs = [];
    let failed = false;
    const fail = (e) => {
      if (failed) return;
      failed = true;
      stdout.pause();
      reject(e);
    };
    const goOn = () => {
      if (failed) return;
      const h = hold();
      if (h) h.then(goOn, fail);
      else stdout.resume();
    };
    stdout.removeAllListeners("readable");
    stdout.on("data", (chunk) => {
      if (failed) return;
      try {
        parser.push(chunk, blobs);
        take(blobs);
      } catch (e) {
        fail(e);
        return;
      } finally {
        blobs.length = 0;
      }
      const h = hold();
      if (h) {
        stdout.pause();
        h.then(goOn, fail);
      }
    });
    stdout.once("end", () => {
      if (!failed) resolve2();
    });
    stdout.once("error", fail);
    stdout.resume();
  });
}
var BlobFetcher = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  proc;
  waiting = [];
  /** The blob's content; undefined when the repository does not have it. */
  read(oid) {
    const proc = this.proc ?? this.start();
    proc.child.stdin.write(`${oid}
`);
    return new Promise((resolve2) => this.waiting.push(resolve2));
  }
  async close() {
    if (!this.proc) return;
    this.proc.child.stdin.end();
    await this.proc.finish();
  }
  /** Stops git (when the reader gives up early). */
  kill() {
    this.proc?.kill();
  }
  start() {
    const proc = spawnGit(this.cwd, ["cat-file", "--batch"], "read blobs");
    this.proc = proc;
    const ready = [];
    const missing = Buffer.alloc(0);
    const parser = new BlobStreamParser((oid) => ready.push({ oid, data: missing }));
    const out = proc.child.stdout;
    out.removeAllListeners("readable");
    out.on("data", (chunk) => {
      parser.push(chunk, ready);
      for (const b of ready) this.waiting.shift()?.(b.data === missing ? void 0 : b.data);
      ready.length = 0;
    });
    proc.child.once("close", () => {
      for (const w of this.waiting.splice(0)) w(void 0);
    });
    return proc;
  }
};

export {
  gitReason,
  gitRun,
  gitRunSync,
  spawnGit,
  spawnGitAfterTopLevel,
  readAhead,
  feedLines,
  checkObjects,
  readBlobs,
  streamBlobs,
  BlobFetcher
};
