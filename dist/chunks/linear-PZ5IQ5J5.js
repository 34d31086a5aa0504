import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LinearMatcher
} from "./chunk-7AV62MPO.js";
import "./chunk-OU6W5R2H.js";
import "./chunk-2T3MYWK7.js";
export {
  LinearMatcher
};
