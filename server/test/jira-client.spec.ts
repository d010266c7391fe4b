import { createServer } from 'node:net';
import { JiraClient, JiraClientOptions } from '../src/jira/client/jira-client';
import { JiraError } from '../src/jira/client/jira-errors';
import { FakeJira } from './fake-jira/fake-jira';

describe('JiraClient against the fake Jira Cloud', () => {
  let jira: FakeJira;
  let sleeps: number[];

  beforeEach(async () => {
    jira = await FakeJira.start({ maxResults: 2 });
    sleeps = [];
  });
  afterEach(() => jira.close());

  function client(overrides: Partial<JiraClientOptions> = {}): JiraClient {
    return new JiraClient({
      baseUrl: jira.baseUrl,
      email: jira.email,
      apiToken: jira.apiToken,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 1,
      ...overrides,
    });
  }

  function seed(count: number): void {
    for (let n = 1; n <= count; n++) jira.upsertIssue({ key: `ALPHA-${n}`, summary: `Epic ${n}` });
  }

  async function failure(promise: Promise<unknown>): Promise<JiraError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(JiraError);
    expect((error as JiraError).message).not.toContain(jira.apiToken);
    return error as JiraError;
  }

  it('signs in with Basic auth and reads the user and the field list', async () => {
    const sut = client();

    const me = await sut.myself();
    const fields = await sut.fields();

    expect(me).toMatchObject({ emailAddress: jira.email, timeZone: 'UTC' });
    expect(fields.map((f) => f.id)).toContain('customfield_10022');
  });

  it('waits exactly what Retry-After says on 429, then succeeds', async () => {
    seed(1);
    jira.failNext(2, 429, 7);

    const page = await client().searchPage('project = ALPHA', ['summary']);

    expect(page.issues).toHaveLength(1);
    expect(sleeps).toEqual([7000, 7000]);
  });

  it('never retries a 429 before a real Retry-After of 1 s has passed', async () => {
    seed(1);
    jira.failNext(1, 429, 1);

    await client({ sleep: undefined }).searchPage('project = ALPHA', ['summary']);

    const [limited, retried] = jira.requests;
    expect(jira.requests).toHaveLength(2);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
  });

  it('backs off on 429 without Retry-After', async () => {
    jira.failNext(2, 429);

    await client().myself();

    expect(sleeps).toEqual([500, 1000]);
  });

  it('retries a burst of 5xx answers and dropped connections with growing backoff', async () => {
    seed(1);
    jira.failNext(1, 503);
    jira.failNext(1, 'network');
    jira.failNext(1, 502);
    jira.failNext(1, 500);

    const page = await client().searchPage('project = ALPHA', ['summary']);

    expect(page.issues.map((i) => i.key)).toEqual(['ALPHA-1']);
    expect(sleeps).toEqual([500, 1000, 2000, 4000]);
  });

  it('jitters the backoff', async () => {
    jira.failNext(1, 500);

    await client({ random: () => 0 }).myself();

    expect(sleeps).toEqual([250]);
  });

  it('gives up after maxRetries 5xx answers with Jira’s message', async () => {
    jira.failNext(3, 500);

    const error = await failure(client({ maxRetries: 2 }).myself());

    expect(error).toMatchObject({ kind: 'HTTP', status: 500 });
    expect(error.message).toContain('Internal server error');
    expect(jira.requests).toHaveLength(3);
  });

  it('gives up after too many dropped connections with NETWORK', async () => {
    jira.failNext(2, 'network');

    const error = await failure(client({ maxRetries: 1 }).myself());

    expect(error.kind).toBe('NETWORK');
    expect(error.message).toContain(jira.baseUrl);
  });

  it('abandons a request Jira does not answer in time, retries, then reports NETWORK', async () => {
    let calls = 0;
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        calls++;
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason));
      });

    const error = await failure(client({ fetch: silent, timeoutMs: 20, maxRetries: 1 }).myself());

    expect(error.kind).toBe('NETWORK');
    expect(error.message).toContain('no answer within 0.02 s');
    expect(calls).toBe(2);
  });

  it('gives up on endless 429 with RATE_LIMITED', async () => {
    jira.failNext(4, 429, 1);

    const error = await failure(client({ maxRateLimitWaits: 3 }).myself());

    expect(error.kind).toBe('RATE_LIMITED');
    expect(sleeps).toEqual([1000, 1000, 1000]);
  });

  it('reports a wrong token as UNAUTHORIZED naming the site, never the token', async () => {
    const wrongToken = 'wrong-token-123456';

    const error = await failure(client({ apiToken: wrongToken }).myself());

    expect(error).toMatchObject({ kind: 'UNAUTHORIZED', status: 401 });
    expect(error.message).toContain(jira.baseUrl);
    expect(error.message).toContain('id.atlassian.com');
    expect(error.message).not.toContain(wrongToken);
    expect(sleeps).toEqual([]);
  });

  it('reports 403 as FORBIDDEN with what to fix', async () => {
    const forbidden: typeof fetch = async () =>
      new Response(JSON.stringify({ errorMessages: ['You do not have permission to view these issues.'] }), { status: 403 });

    const error = await failure(client({ fetch: forbidden }).searchPage('project = ALPHA', ['summary']));

    expect(error.kind).toBe('FORBIDDEN');
    expect(error.message).toContain('Browse projects');
    expect(error.message).toContain('You do not have permission to view these issues.');
  });

  it('reports JQL that Jira rejects in search as INVALID_JQL with Jira’s words', async () => {
    const error = await failure(client().searchPage('projekt = ALPHA', ['summary']));

    expect(error.kind).toBe('INVALID_JQL');
    expect(error.message).toContain("Field 'projekt' does not exist or you do not have permission to view it.");
  });

  it('validates JQL through /jql/parse', async () => {
    const sut = client();

    await expect(sut.validateJql('project in (ALPHA, BETA) AND issuetype = Epic ORDER BY updated ASC, id ASC')).resolves.toBeUndefined();
    const error = await failure(sut.validateJql('project = ALPHA AND'));

    expect(error.kind).toBe('INVALID_JQL');
    expect(error.message).toContain('Error in the JQL Query');
    expect(jira.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/rest/api/3/jql/parse',
      body: { queries: ['project = ALPHA AND'] },
    });
  });

  it('asks for an approximate count, and answers null when Jira cannot count', async () => {
    seed(3);
    const sut = client();

    expect(await sut.approximateCount('project = ALPHA')).toBe(3);
    expect(await sut.approximateCount('nonsense = 1')).toBeNull();
  });

  it('reports an unknown host as SITE_NOT_FOUND naming it, without retrying', async () => {
    const error = await failure(client({ baseUrl: 'https://no-such-site.invalid' }).myself());

    expect(error.kind).toBe('SITE_NOT_FOUND');
    expect(error.message).toContain('https://no-such-site.invalid');
    expect(sleeps).toEqual([]);
  });

  it('reports a refused first connection as SITE_NOT_FOUND', async () => {
    const closedPort = await freePort();

    const error = await failure(client({ baseUrl: `http://127.0.0.1:${closedPort}` }).myself());

    expect(error.kind).toBe('SITE_NOT_FOUND');
    expect(error.message).toContain(`127.0.0.1:${closedPort}`);
  });

  it('reports a site that answers in something other than JSON as SITE_NOT_FOUND on first contact', async () => {
    const html: typeof fetch = async () =>
      new Response('<html>Your Atlassian Cloud site is currently unavailable.</html>', { status: 404 });

    const error = await failure(client({ fetch: html }).myself());

    expect(error.kind).toBe('SITE_NOT_FOUND');
  });

  it('reports the removed /rest/api/3/search answer with Jira’s own message', async () => {
    const removed: typeof fetch = (input, init) => fetch(String(input).replace('/search/jql', '/search'), init);

    const error = await failure(
      client({ fetch: removed })
        .myself()
        .then(() => client({ fetch: removed }).searchPage('project = A', [])),
    );

    expect(error).toMatchObject({ kind: 'HTTP', status: 410 });
    expect(error.message).toContain('/rest/api/3/search/jql');
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
