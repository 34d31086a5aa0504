import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  VERIFIERS
} from "./chunk-LJG64S4L.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-2T3MYWK7.js";
export {
  VERIFIERS
};
