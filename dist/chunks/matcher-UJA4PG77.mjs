import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  MAX_LINEAR_PROGRAM,
  compilePattern,
  loadLinearEngine,
  planPattern
} from "./chunk-MCDJBE3I.mjs";
import {
  MAX_ANCHORED_WAYS,
  MAX_BACKTRACK_WAYS,
  MAX_BACKTRACK_WAYS_BUILTIN,
  PatternError,
  matcherFromPlan,
  registerLinearEngine
} from "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  MAX_ANCHORED_WAYS,
  MAX_BACKTRACK_WAYS,
  MAX_BACKTRACK_WAYS_BUILTIN,
  MAX_LINEAR_PROGRAM,
  PatternError,
  compilePattern,
  loadLinearEngine,
  matcherFromPlan,
  planPattern,
  registerLinearEngine
};
