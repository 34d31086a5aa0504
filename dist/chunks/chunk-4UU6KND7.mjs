import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);

// src/errors.ts
var LeakwardError = class extends Error {
  constructor(code, message, hint) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.name = "LeakwardError";
  }
  code;
  hint;
};
var RuleError = class extends LeakwardError {
  constructor(file, line, ruleId, problem, hint, code = "RULE_INVALID") {
    const where = `${file}${line ? `:${line}` : ""}${ruleId ? ` (rule "${ruleId}")` : ""}`;
    super(code, `${where}: ${problem}`, hint);
    this.file = file;
    this.line = line;
    this.ruleId = ruleId;
  }
  file;
  line;
  ruleId;
};

export {
  LeakwardError,
  RuleError
};
