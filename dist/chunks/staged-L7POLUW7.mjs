import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readRootBaseline,
  readStaged,
  scanStaged,
  scanStagedIn
} from "./chunk-REGEACW5.mjs";
import "./chunk-5JWPLCYZ.mjs";
import "./chunk-KYW7TU4C.mjs";
import "./chunk-WJIJQGAM.mjs";
import "./chunk-Z66QYUJO.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  BASELINE_NAME,
  STAGED_DIFF_ARGS,
  readRootBaseline,
  readStaged,
  scanStaged,
  scanStagedIn
};
