/**
 * Where a finding in a commit's message is reported (history and --range scan messages too): a name
 * no file in a tree has in practice (git would allow it), which path allowlists do not match. Reports
 * and the Action tell such a finding from one in a file by it.
 */
export const MESSAGE_PATH = '(commit message)';
