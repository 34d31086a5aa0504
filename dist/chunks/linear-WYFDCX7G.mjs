import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LinearMatcher
} from "./chunk-ZROLPZ6K.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  LinearMatcher
};
