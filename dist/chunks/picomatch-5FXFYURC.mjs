import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-SQNRKERU.mjs";
import "./chunk-CCGIFMQI.mjs";
export default require_picomatch();
