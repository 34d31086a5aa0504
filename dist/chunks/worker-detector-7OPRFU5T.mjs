import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  detectOnWorker,
  unpack,
  workerAvailable
} from "./chunk-E5USKPOF.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-Z2TNV32B.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  detectOnWorker,
  unpack,
  workerAvailable
};
