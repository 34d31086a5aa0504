/**
 * Which files a Node process loads — ES modules as an ESM loader hook sees them; CommonJS files (the
 * launcher dist/cli.js, the hook's bundle dist/hook.cjs) from the require cache and the code files read
 * with fs.readFileSync: for "this path never loads that code" tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './fs.js';

export function loadedFiles(script: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): string[] {
  const dir = tempDir();
  const log = join(dir, 'loaded.txt');
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'; register(${JSON.stringify(`file://${join(dir, 'hooks.mjs')}`)});\n`);
  // CommonJS: the require cache, and code files read by hand (the hook bundle is compiled with vm.Script, see src/cli/code-cache.ts).
  writeFileSync(join(dir, 'cjs.cjs'), `const fs = require('node:fs'); const { appendFileSync } = fs; const { pathToFileURL } = require('node:url');
const seen = new Set(); const read = fs.readFileSync;
fs.readFileSync = function (p, ...rest) { if (typeof p === 'string' && /\\.(c|m)?js$/.test(p)) seen.add(p); return read.call(this, p, ...rest); };
process.on('exit', () => { for (const f of [...Object.keys(require.cache), ...seen]) if (f.startsWith('/')) appendFileSync(${JSON.stringify(log)}, pathToFileURL(f).href + '\\n'); });\n`);
  spawnSync(process.execPath, ['--require', join(dir, 'cjs.cjs'), '--import', join(dir, 'register.mjs'), script, ...args], { cwd: opts.cwd, env: opts.env, encoding: 'utf8' });
  const cjsSelf = join(dir, 'cjs.cjs');
  const files = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((u) => fileURLToPath(u)) : [];
  // The main script can show up both ways.
  return [...new Set(files)].filter((f) => f !== cjsSelf);
}

/** The loaded files that hold the verification code (the AWS verifier's action name is only there). */
export const verifyCode = (files: string[]): string[] => files.filter((f) => readFileSync(f, 'utf8').includes('GetCallerIdentity'));
