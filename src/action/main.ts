/** The Action's entry point (action.yml `runs.main`, bundled to dist/action.js): only calls run(). */
import { coreIo } from './io.js';
import { run } from './run.js';

await run(coreIo());
