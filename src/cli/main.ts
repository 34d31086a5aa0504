/**
 * The full CLI (dist/main.mjs), started by the `leakward` command (bin.ts): argv → options → library
 * call → print → exit code. A bare `scan --staged` comes here only when the hook's own bundle hands over
 * (a config file in the repository); it still skips the argument parser, which costs start-up time.
 */
import { processIo } from './io.js';

export async function main(argv: string[]): Promise<number> {
  const io = processIo();
  return argv.length === 2 && argv[0] === 'scan' && argv[1] === '--staged'
    ? (await import('./scan-command.js')).runStagedHook(io)
    : (await import('./run.js')).run(argv, io);
}
