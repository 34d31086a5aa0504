import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import "./chunk-CCGIFMQI.mjs";

// src/cli/progress.ts
var REDRAW_MS = 100;
var NONE = { update() {
}, stop() {
} };
function showsProgress(stream, env) {
  const columns = stream?.columns;
  return Boolean(stream?.isTTY) && (columns === void 0 || columns > 0) && env.TERM !== "dumb" && !env.CI;
}
function createProgress(stream, options) {
  const env = options.env ?? process.env;
  if (!showsProgress(stream, env)) return NONE;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const delay = options.delayMs ?? 1e3;
  let last = 0;
  let spinner;
  let stopped = false;
  let ora = options.spinner;
  if (!ora) {
    import("./ora-IBSKWBSV.mjs").then(
      (m) => {
        ora = m.default;
      },
      () => {
      }
    );
  }
  return {
    update(p) {
      const t = now();
      if (stopped || t - last < REDRAW_MS || t - started < delay) return;
      last = t;
      const text = describe(p, options.kind, (t - started) / 1e3);
      if (!spinner) {
        if (!ora) return;
        spinner = ora({ text, stream, color: options.color === false ? false : "cyan", hideCursor: false, discardStdin: false, isEnabled: true });
        spinner.start();
        return;
      }
      spinner.text = text;
      spinner.render();
    },
    stop() {
      stopped = true;
      spinner?.stop();
    }
  };
}
function describe(p, kind, seconds) {
  const n = (x) => x.toLocaleString("en-US");
  const mb = p.bytes / 1e6;
  const rate = seconds > 0 ? ` (${(mb / seconds).toFixed(1)} MB/s)` : "";
  const what = kind === "tree" ? "Scanning" : kind === "history" ? "Scanning history" : "Scanning range";
  const commits = p.commits !== void 0 && kind !== "tree" ? `${n(p.commits)} commit${p.commits === 1 ? "" : "s"}, ` : "";
  const files = kind === "tree" ? `${n(p.files)} file${p.files === 1 ? "" : "s"}` : `${n(p.files)} file change${p.files === 1 ? "" : "s"}`;
  return `${what}: ${commits}${files}, ${mb.toFixed(1)} MB${rate}`;
}
export {
  createProgress,
  describe,
  showsProgress
};
