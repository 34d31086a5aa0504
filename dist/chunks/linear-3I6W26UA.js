import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LinearMatcher
} from "./chunk-BEJKLTQP.js";
import "./chunk-TQFX5WXU.js";
import "./chunk-2T3MYWK7.js";
export {
  LinearMatcher
};
