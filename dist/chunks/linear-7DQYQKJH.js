import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LinearMatcher
} from "./chunk-D6X6A2YW.js";
import "./chunk-GIO35MQL.js";
import "./chunk-2T3MYWK7.js";
export {
  LinearMatcher
};
