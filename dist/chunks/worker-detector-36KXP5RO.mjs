import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  WorkerFeed,
  unpack,
  workerAvailable
} from "./chunk-HE5R4TBB.mjs";
import "./chunk-KWRTRRCW.mjs";
import "./chunk-2WP26UXQ.mjs";
import "./chunk-ALVH6ZA4.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  WorkerFeed,
  unpack,
  workerAvailable
};
