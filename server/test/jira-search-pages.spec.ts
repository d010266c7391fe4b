import { JiraClient, JiraSearchPage } from '../src/jira/client/jira-client';
import { JiraError } from '../src/jira/client/jira-errors';
import { forEachPage } from '../src/jira/sync/search-pages';
import { FakeJira } from './fake-jira/fake-jira';

/** A fetch that lets `edit` change each /search/jql answer of the fake Jira (the n-th from 0). */
function editingSearches(edit: (body: Record<string, unknown>, n: number) => Record<string, unknown>): typeof fetch {
  let n = 0;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!String(input).endsWith('/rest/api/3/search/jql')) return response;
    const body = (await response.json()) as Record<string, unknown>;
    return new Response(JSON.stringify(edit(body, n++)), { status: response.status });
  };
}

describe('forEachPage (the sync’s paging) against the fake Jira Cloud', () => {
  let jira: FakeJira;

  beforeEach(async () => {
    jira = await FakeJira.start({ maxResults: 2 });
    for (let n = 1; n <= 5; n++) jira.upsertIssue({ key: `ALPHA-${n}`, summary: `Epic ${n}` });
  });
  afterEach(() => jira.close());

  const client = (fetchImpl?: typeof fetch) =>
    new JiraClient({
      baseUrl: jira.baseUrl,
      email: jira.email,
      apiToken: jira.apiToken,
      maxRetries: 0,
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    });

  async function keysOfPages(sut: JiraClient, jql = 'project = ALPHA ORDER BY id ASC'): Promise<string[][]> {
    const pages: string[][] = [];
    await forEachPage(sut, jql, ['summary'], async (page) => void pages.push(page.issues.map((issue) => issue.key)));
    return pages;
  }

  it('reads every page in order through /search/jql with only the requested fields', async () => {
    const pages: JiraSearchPage[] = [];

    await forEachPage(client(), 'project = ALPHA ORDER BY id ASC', ['summary', 'status'], async (page) => void pages.push(page));

    expect(pages.map((p) => p.issues.map((i) => i.key))).toEqual([['ALPHA-1', 'ALPHA-2'], ['ALPHA-3', 'ALPHA-4'], ['ALPHA-5']]);
    expect(pages.map((p) => p.isLast)).toEqual([false, false, true]);
    expect(Object.keys(pages[0].issues[0].fields).sort()).toEqual(['status', 'summary']);
    const searches = jira.requests.filter((r) => r.path === '/rest/api/3/search/jql');
    expect(searches.map((r) => r.body?.nextPageToken)).toEqual([undefined, pages[0].nextPageToken, pages[1].nextPageToken]);
    expect(searches[0].body).toMatchObject({ jql: 'project = ALPHA ORDER BY id ASC', fields: ['summary', 'status'] });
    expect(jira.requests.some((r) => r.path === '/rest/api/3/search')).toBe(false);
  });

  it('stops when Jira sends no next token, even without isLast', async () => {
    const withoutIsLast = editingSearches(({ isLast: _dropped, ...body }) => body);

    expect(await keysOfPages(client(withoutIsLast))).toHaveLength(3);
  });

  it('stops when Jira says isLast, even if a token comes along', async () => {
    const alwaysLast = editingSearches((body) => ({ ...body, isLast: true }));

    expect(await keysOfPages(client(alwaysLast))).toEqual([['ALPHA-1', 'ALPHA-2']]);
  });

  it('stops a site that sends the same page token again, instead of paging forever', async () => {
    let first: unknown;
    const repeating = editingSearches((body) => {
      first ??= body.nextPageToken;
      return { ...body, isLast: false, nextPageToken: first };
    });

    const error = await keysOfPages(client(repeating)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JiraError);
    expect((error as JiraError).message).toMatch(/same page token twice/);
  });

  it('stops a site whose tokens go round in a circle', async () => {
    const tokens: unknown[] = [];
    // Tokens A, B, A, B…: never the same twice in a row, never the last page.
    const circling = editingSearches((body, n) => {
      if (n < 2) tokens.push(body.nextPageToken);
      return { ...body, isLast: false, nextPageToken: tokens[n % 2] };
    });
    let pages = 0;

    const error = await forEachPage(client(circling), 'project = ALPHA ORDER BY id ASC', ['summary'], async () => void pages++).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(JiraError);
    expect(pages).toBe(2);
  });
});
