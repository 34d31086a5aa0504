/**
 * A small GitHub REST client over fetch: the few endpoints the Action calls, with Link-header
 * pagination (an unpaginated list silently stops at 30 items). The base URL is the runner's
 * GITHUB_API_URL (api.github.com, or a GitHub Enterprise Server), a loopback server in tests.
 */
export type Fetch = typeof globalThis.fetch;

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    detail: string,
  ) {
    super(`GitHub API ${method} ${path} answered ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'GitHubApiError';
  }
}

export interface GitHubClient {
  /** Every item of a list endpoint, following `Link: <…>; rel="next"` up to `maxPages`. */
  paginate<T>(path: string, maxPages?: number): Promise<T[]>;
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

export function createGitHubClient(opts: { apiUrl: string; token: string; fetch?: Fetch; userAgent?: string; timeoutMs?: number }): GitHubClient {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const base = opts.apiUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${opts.token}`,
    'user-agent': opts.userAgent ?? 'leakward-action',
    'x-github-api-version': '2022-11-28',
  };

  async function call(method: string, url: string, body?: unknown): Promise<Response> {
    // The token goes only to the API's own origin, even if a Link header pointed elsewhere.
    if (new URL(url).origin !== origin) throw new GitHubApiError(0, method, url, `refusing to send the token to another host than ${origin}`);
    const res = await doFetch(url, {
      method,
      // A hung API must not hold the job until its own timeout.
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      let detail = text.slice(0, 300);
      try {
        detail = String((JSON.parse(text) as { message?: unknown }).message ?? detail);
      } catch {
        // not JSON: keep the text
      }
      throw new GitHubApiError(res.status, method, new URL(url).pathname, detail);
    }
    return res;
  }

  return {
    async paginate<T>(path: string, maxPages = 100): Promise<T[]> {
      const items: T[] = [];
      let url: string | undefined = `${base}${path}${path.includes('?') ? '&' : '?'}per_page=100`;
      for (let page = 0; url && page < maxPages; page++) {
        const res = await call('GET', url);
        const data = (await res.json()) as T[];
        if (!Array.isArray(data)) throw new GitHubApiError(res.status, 'GET', path, 'expected a list');
        items.push(...data);
        url = nextLink(res.headers.get('link'));
      }
      return items;
    },
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await call(method, `${base}${path}`, body);
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
  };
}
