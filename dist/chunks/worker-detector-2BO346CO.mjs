import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  WorkerFeed,
  unpack,
  workerAvailable
} from "./chunk-DRPOP2DL.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-QYHKEGST.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  WorkerFeed,
  unpack,
  workerAvailable
};
