/**
 * A loopback server speaking the GitHub REST endpoints the Action calls: a pull request's commits,
 * files and review comments (paginated with Link headers, a few items per page so pagination is
 * exercised), and creating a review comment (422 when the line is not in the file's diff, as GitHub does).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll } from 'vitest';
import { addedLines } from '../../src/action/comments.js';
import { git } from './fs.js';

export interface StoredComment {
  id: number;
  body: string;
  path: string;
  line: number;
  side: string;
  commit_id: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface PullState {
  commits: Array<{ sha: string }>;
  files: Array<{ filename: string; status: string; patch?: string }>;
  comments: StoredComment[];
}

export interface FakeGitHub {
  url: string;
  token: string;
  pulls: Map<string, PullState>;
  requests: Array<{ method: string; path: string; auth: string | undefined }>;
  /** Answer every request with this status (e.g. 403, a read-only token). */
  failWith?: number;
  /** The token's account when it is a personal access token; unset, it is a workflow token (a bot). */
  user?: { login: string; type: 'User' };
  close(): Promise<void>;
}

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
}

export async function startGitHub(opts: { token: string; pageSize?: number }): Promise<FakeGitHub> {
  const pageSize = opts.pageSize ?? 2;
  const gh: FakeGitHub = { url: '', token: opts.token, pulls: new Map(), requests: [], close: async () => {} };
  let nextId = 1;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', gh.url);
      gh.requests.push({ method: req.method ?? '', path: url.pathname, auth: req.headers.authorization });
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      if (req.headers.authorization !== `Bearer ${gh.token}`) return send(401, { message: 'Bad credentials' });
      if (gh.failWith) return send(gh.failWith, { message: 'Resource not accessible by integration' });
      if (req.method === 'GET' && url.pathname === '/api/v3/user') {
        // As GitHub answers an installation (workflow) token.
        return gh.user ? send(200, gh.user) : send(403, { message: 'Resource not accessible by integration' });
      }
      const m = /^\/api\/v3\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/(commits|files|comments)$/.exec(url.pathname);
      const pull = m ? gh.pulls.get(`${m[1]}#${m[2]}`) : undefined;
      if (!m || !pull) return send(404, { message: 'Not Found' });
      const list = pull[m[3] as 'commits' | 'files' | 'comments'];
      if (req.method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? '1');
        const items = list.slice((page - 1) * pageSize, page * pageSize);
        const headers: Record<string, string> = {};
        if (page * pageSize < list.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next", <${next.href}>; rel="last"`;
        }
        return send(200, items, headers);
      }
      if (req.method === 'POST' && m[3] === 'comments') {
        const b = (await body(req)) as Omit<StoredComment, 'id' | 'user'>;
        const file = pull.files.find((f) => f.filename === b.path);
        const onDiff = file?.patch && addedLines(file.patch).some((l) => l.line === b.line);
        if (!onDiff || b.side !== 'RIGHT' || typeof b.body !== 'string') {
          return send(422, { message: 'Validation Failed: pull_request_review_thread.line must be part of the diff' });
        }
        const c: StoredComment = { ...b, id: nextId++, user: gh.user ?? { login: 'github-actions[bot]', type: 'Bot' } };
        pull.comments.push(c);
        return send(201, c);
      }
      return send(405, { message: 'Method Not Allowed' });
    })();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  // GitHub Enterprise Server shape (a path prefix), so the client must keep the base path.
  gh.url = `http://127.0.0.1:${addr.port}/api/v3`;
  gh.close = () => new Promise((r) => server.close(() => r()));
  return gh;
}

/** A pull request's commits and files as the REST API would list them, from a real repository. */
export function pullFromRepo(repo: string, base: string, head: string): PullState {
  const commits = git(repo, 'rev-list', '--reverse', `${base}..${head}`).trim().split('\n').filter(Boolean).map((sha) => ({ sha }));
  const names = git(repo, 'diff', '--name-only', `${base}...${head}`).trim().split('\n').filter(Boolean);
  const files = names.map((filename) => {
    const diff = git(repo, 'diff', `${base}...${head}`, '--', filename);
    const at = diff.indexOf('\n@@');
    return { filename, status: 'modified', ...(at >= 0 ? { patch: diff.slice(at + 1).replace(/\n$/, '') } : {}) };
  });
  return { commits, files, comments: [] };
}
