import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-XSWLI6WA.js";
import "./chunk-2T3MYWK7.js";
export default require_picomatch();
