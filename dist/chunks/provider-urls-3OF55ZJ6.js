import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  checkProviderUrls,
  isPrivateAddress,
  parseProviderUrls
} from "./chunk-RWG24MB4.js";
import "./chunk-BVVL3BHR.js";
import "./chunk-2T3MYWK7.js";
export {
  checkProviderUrls,
  isPrivateAddress,
  parseProviderUrls
};
