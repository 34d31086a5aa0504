import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  detectOnWorker,
  unpack,
  workerAvailable
} from "./chunk-UUUCP7LD.js";
import "./chunk-YNC63ACA.js";
import "./chunk-SYIQJMG7.js";
import "./chunk-OVZ6N6FJ.js";
import "./chunk-2T3MYWK7.js";
export {
  detectOnWorker,
  unpack,
  workerAvailable
};
