export type FakeAnswer = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * Installs a fetch that answers from `answers`, by "METHOD /path" or else by path (404 otherwise),
 * and records the calls.
 */
export function fakeFetch(answers: Record<string, FakeAnswer>) {
  const fetch = jest.fn(async (path: string, init?: RequestInit) => {
    const { status, body, headers = {} } = answers[`${init?.method ?? 'GET'} ${path}`] ?? answers[path] ?? { status: 404 };
    // jsdom has no Response: what the code reads of one.
    return { ok: status < 300, status, json: async () => body, headers: { get: (name: string): string | null => headers[name] ?? null } };
  });
  Object.assign(globalThis, { fetch });
  return fetch;
}

/** The JSON body POSTed to `path`. */
export function sentBody(fetch: ReturnType<typeof fakeFetch>, path: string): unknown {
  const call = fetch.mock.calls.find(([p, init]) => p === path && init?.method === 'POST');
  return call ? JSON.parse(String(call[1]?.body)) : undefined;
}

export function removeFakeFetch() {
  delete (globalThis as { fetch?: unknown }).fetch;
}
