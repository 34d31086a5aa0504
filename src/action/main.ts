/** The Action's entry point (action.yml `runs.main`, bundled to dist/action.mjs): only calls run(). */
import { coreIo } from './io.js';
import { run } from './run.js';

await run(coreIo());
