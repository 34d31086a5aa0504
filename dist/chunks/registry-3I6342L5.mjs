import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  VERIFIERS
} from "./chunk-UJ7VG7A6.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  VERIFIERS
};
