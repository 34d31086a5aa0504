import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LinearMatcher
} from "./chunk-NZ7TPMH3.js";
import "./chunk-OSSUDABC.js";
import "./chunk-2T3MYWK7.js";
export {
  LinearMatcher
};
