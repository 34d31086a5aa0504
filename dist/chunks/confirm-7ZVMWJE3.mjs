import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  confirmFindings
} from "./chunk-BHWILBTS.mjs";
import "./chunk-S5RDDSFS.mjs";
import "./chunk-OTVOBSTV.mjs";
import "./chunk-UJ7VG7A6.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  confirmFindings
};
