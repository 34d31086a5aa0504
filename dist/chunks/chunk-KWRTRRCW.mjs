import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/build-file.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function buildFile(name) {
  for (const rel of [`../${name}`, `./${name}`]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return void 0;
}

export {
  buildFile
};
