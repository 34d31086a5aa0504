import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/sources/message-path.ts
var MESSAGE_PATH = "(commit message)";

export {
  MESSAGE_PATH
};
