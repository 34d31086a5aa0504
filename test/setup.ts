// Tests compile user regexes directly (not through the CLI, which loads the linear engine when a
// config needs it), so the engine is loaded for every test file.
import { loadLinearEngine } from '../src/engine/regex/matcher.js';

await loadLinearEngine();
