import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LinearMatcher
} from "./chunk-M3AUCTYU.mjs";
import "./chunk-5CMBDCFE.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  LinearMatcher
};
