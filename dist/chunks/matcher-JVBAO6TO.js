import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  MAX_LINEAR_PROGRAM,
  compilePattern,
  loadLinearEngine,
  planPattern
} from "./chunk-WS7ZD4CQ.js";
import {
  MAX_ANCHORED_WAYS,
  MAX_BACKTRACK_WAYS,
  MAX_BACKTRACK_WAYS_BUILTIN,
  PatternError,
  matcherFromPlan,
  registerLinearEngine
} from "./chunk-OU6W5R2H.js";
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
