import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  WorkerFeed,
  unpack,
  workerAvailable
} from "./chunk-AYSY4O26.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-RBX45IUS.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  WorkerFeed,
  unpack,
  workerAvailable
};
