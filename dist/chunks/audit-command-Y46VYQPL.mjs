import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  checkChain
} from "./chunk-S5RDDSFS.mjs";
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";
import "./chunk-CCGIFMQI.mjs";

// src/cli/audit-command.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function auditVerify(io, file) {
  let text;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (e) {
    throw new LeakwardError("IO", `cannot read the audit log ${file}: ${e.code}`, "Check the path.");
  }
  const r = checkChain(text);
  if (r.ok) {
    io.out(`${file}: intact, ${r.records} record${r.records === 1 ? "" : "s"}; last hash ${r.lastHash}
  (records dropped from the end cannot be seen in the file alone: compare the last hash with one kept elsewhere)
`);
    return 0;
  }
  io.out(`${file}:${r.line}: broken: ${r.problem}
  the ${r.records} record${r.records === 1 ? "" : "s"} before line ${r.line} are intact.
`);
  return 1;
}
export {
  auditVerify
};
