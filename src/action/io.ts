/**
 * The Action's I/O port: everything run() reads from or does to the runner. Tests pass their own;
 * coreIo() is the real one, over @actions/core (workflow commands, GITHUB_OUTPUT and the step summary
 * file) and the global fetch.
 */
import * as core from '@actions/core';
import type { Annotation } from './annotations.js';
import type { Confirm } from './confirm.js';
import type { Fetch } from './github.js';
import { confirmWithProviders } from './verify.js';

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Registers a value with the runner's log masking: from then on the log shows `***` for it. */
  setSecret(value: string): void;
  appendSummary(markdown: string): Promise<void>;
  annotate(a: Annotation): void;
  info(message: string): void;
  warning(message: string): void;
  setFailed(message: string): void;
  /** For the GitHub REST API (GITHUB_API_URL). */
  fetch: Fetch;
  /** Verification, revocation and the audit trail; run() calls it only with `verify: true`. */
  confirm: Confirm;
}

export function coreIo(): ActionIo {
  return {
    env: process.env,
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    async appendSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('leakward: no job summary file (GITHUB_STEP_SUMMARY is not set); skipping the summary.');
        return;
      }
      await core.summary.addRaw(markdown, true).write();
    },
    annotate({ level, message, ...properties }) {
      if (level === 'error') core.error(message, properties);
      else core.warning(message, properties);
    },
    // core.info writes the text as is: a line break there could start a workflow command on the next line.
    info: (message) => core.info(message.replace(/[\r\n]+/g, ' ')),
    warning: (message) => core.warning(message),
    setFailed: (message) => core.setFailed(message),
    fetch: globalThis.fetch,
    confirm: confirmWithProviders,
  };
}
