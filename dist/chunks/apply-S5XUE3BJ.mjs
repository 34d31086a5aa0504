import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyConfig
} from "./chunk-YKC2IKON.mjs";
import "./chunk-4PT276W4.mjs";
import "./chunk-P7L454IC.mjs";
import "./chunk-MCDJBE3I.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-7CBM26Y7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  applyConfig
};
