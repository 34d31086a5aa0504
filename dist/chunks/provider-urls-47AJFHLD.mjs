import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  checkProviderUrls,
  isPrivateAddress,
  parseProviderUrls
} from "./chunk-OTVOBSTV.mjs";
import "./chunk-4UU6KND7.mjs";
import "./chunk-CCGIFMQI.mjs";
export {
  checkProviderUrls,
  isPrivateAddress,
  parseProviderUrls
};
