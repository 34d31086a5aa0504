import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  applyBaseline,
  formatBaseline,
  parseBaseline
} from "./chunk-Z66QYUJO.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  applyBaseline,
  formatBaseline,
  parseBaseline
};
