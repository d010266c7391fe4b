import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { SyncRunStatus } from '@throughline/shared';
import { PASSWORD } from './callers';
import { FakeJira } from './fake-jira/fake-jira';
import { freePort } from './free-port';
import { epic } from './jira-factories';
import { RUNNING, ServerProcess, startServer } from './server-process';
import { createTestDatabase, TestDatabase } from './test-database';

// Two real server processes on one fresh database, as behind a load balancer: started at the same
// moment (both migrate), with one secret key, Jira workers and a scheduler ticking every second in each.

const ADMIN = { email: 'admin@example.com', password: PASSWORD };

interface Node {
  process: ServerProcess;
  base: string;
}

type GraphQLAnswer<T> = { data?: T; errors?: Array<{ message: string }> };

async function gql<T>(node: Node, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${node.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (answer.errors?.length) throw new Error(`GraphQL errors from ${node.base}: ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

async function signIn(node: Node): Promise<string> {
  const response = await fetch(`${node.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(response.status).toBe(204);
  return response.headers.getSetCookie()[0].split(';')[0];
}

describe('two server processes on one database', () => {
  let database: TestDatabase;
  let db: Client;
  let fake: FakeJira;
  let nodes: Node[];

  beforeAll(async () => {
    database = await createTestDatabase();
    fake = await FakeJira.start();
    const env = {
      DATABASE_URL: database.url,
      THROUGHLINE_SECRET_KEY: randomBytes(32).toString('base64'),
      THROUGHLINE_ADMIN_EMAIL: ADMIN.email,
      THROUGHLINE_ADMIN_PASSWORD: ADMIN.password,
      JIRA_SYNC_WORKERS: '2',
      JIRA_SYNC_TICK_SECONDS: '1',
      ALLOW_PRIVATE_NETWORK_TARGETS: 'true',
      LOG_LEVEL: 'warn',
    };
    const ports = [await freePort(), await freePort()];
    nodes = ports.map((port) => ({ process: startServer({ ...env, PORT: String(port) }), base: `http://127.0.0.1:${port}` }));
    await Promise.all(nodes.map((node) => node.process.waitFor(RUNNING)));
    db = new Client({ connectionString: database.url });
    await db.connect();
  }, 180_000);

  afterAll(async () => {
    for (const node of nodes ?? []) node.process.stop();
    await Promise.all((nodes ?? []).map((node) => node.process.exited));
    await db?.end();
    await fake?.close();
    await database?.drop();
  });

  it('both start, having applied each migration once between them', async () => {
    const { rows } = await db.query<{ name: string; times: number }>('SELECT name, count(*)::int AS times FROM migrations GROUP BY name');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.times !== 1)).toEqual([]);
    const { rows: admins } = await db.query('SELECT 1 FROM users WHERE email = $1', [ADMIN.email]);
    expect(admins).toHaveLength(1);
  });

  it('a session made on one process works on the other', async () => {
    const cookie = await signIn(nodes[0]);
    const me = await gql<{ me: { name: string; role: string } | null }>(nodes[1], cookie, '{ me { name role } }');
    expect(me.me).toEqual({ name: 'Administrator', role: 'ADMIN' });
  });

  it('an API token made on one process works on the other', async () => {
    const cookie = await signIn(nodes[1]);
    const { createApiToken } = await gql<{ createApiToken: { token: string } }>(
      nodes[1],
      cookie,
      'mutation { createApiToken(input: { name: "from the other process", role: VIEWER }) { token } }',
    );
    const response = await fetch(`${nodes[0].base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiToken.token}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: { name: 'Administrator' } } });
  });

  async function connect(node: Node, cookie: string, project: string, extra: Record<string, unknown> = {}): Promise<string> {
    const { createJiraConnection } = await gql<{ createJiraConnection: { id: string } }>(
      node,
      cookie,
      'mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }',
      {
        input: {
          name: `Jira ${project}`,
          baseUrl: fake.baseUrl,
          email: fake.email,
          apiToken: fake.apiToken,
          jql: `project = ${project}`,
          ...extra,
        },
      },
    );
    return createJiraConnection.id;
  }

  /** The first page of this project's epics was asked for this many times: once per sync run. */
  function searchesOf(project: string): number {
    return fake.requests.filter(
      (request) =>
        request.path.endsWith('/search/jql') && String(request.body?.jql).includes(`project = ${project}`) && !request.body?.nextPageToken,
    ).length;
  }

  async function runsOf(connectionId: string) {
    const { rows } = await db.query<{ id: string; status: string; attempts: number }>(
      'SELECT id, status, attempts FROM sync_run WHERE connection_id = $1',
      [connectionId],
    );
    return rows;
  }

  async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const ended = (runs: Array<{ status: string }>) =>
    runs.length > 0 && runs.every((run) => run.status === SyncRunStatus.SUCCEEDED || run.status === SyncRunStatus.FAILED);

  it('a sync asked for on one process runs exactly once, on either', async () => {
    fake.upsertIssue(epic('ALPHA-1', 'First alpha epic'));
    fake.upsertIssue(epic('ALPHA-2', 'Second alpha epic'));
    const cookie = await signIn(nodes[1]);
    const connectionId = await connect(nodes[1], cookie, 'ALPHA');
    await gql(nodes[0], cookie, 'mutation($id: ID!) { syncJiraConnection(id: $id, full: true) { id } }', { id: connectionId });

    const runs = await until('the run', () => runsOf(connectionId), ended);
    // Both processes' workers and schedulers had seconds to pick it up again.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await runsOf(connectionId)).toEqual([{ id: runs[0].id, status: SyncRunStatus.SUCCEEDED, attempts: 1 }]);
    expect(searchesOf('ALPHA')).toBe(1);
    const { rows } = await db.query('SELECT external_key FROM initiative WHERE external_key LIKE $1 ORDER BY 1', ['ALPHA-%']);
    expect(rows.map((row) => row.external_key)).toEqual(['ALPHA-1', 'ALPHA-2']);
  });

  it('the schedulers of both processes fire once for one slot', async () => {
    fake.upsertIssue(epic('BETA-1', 'A scheduled epic'));
    const cookie = await signIn(nodes[0]);
    // Due at once (it never ran), then not for five minutes; both processes tick every second.
    const connectionId = await connect(nodes[0], cookie, 'BETA', { syncEveryMinutes: 5 });

    await until('the scheduled run', () => runsOf(connectionId), ended);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const runs = await runsOf(connectionId);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: SyncRunStatus.SUCCEEDED, attempts: 1 });
    expect(searchesOf('BETA')).toBe(1);
  });
});
