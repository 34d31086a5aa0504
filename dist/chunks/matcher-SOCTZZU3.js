import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
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
} from "./chunk-OSSUDABC.js";
import "./chunk-2T3MYWK7.js";
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
