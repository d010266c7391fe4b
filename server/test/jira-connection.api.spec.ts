import { SyncRunStatus } from '@throughline/shared';
import { SyncScheduler } from '../src/jira/runs/sync-scheduler';
import { FakeJira } from './fake-jira/fake-jira';
import { createConnection, epic, imported, RUN_FIELDS, sync, waitForRun } from './jira-factories';
import { useTestApp } from './test-app';

const CONNECTION_FIELDS =
  'id name baseUrl email jql syncEveryMinutes lastSyncedAt hasApiToken fieldOverrides { targetStart targetEnd team }';
const CREATE = `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { ${CONNECTION_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateJiraConnectionInput!) { updateJiraConnection(input: $input) { ${CONNECTION_FIELDS} } }`;

describe('Jira connections', () => {
  // The fake Jira listens on 127.0.0.1, which the network guard refuses unless told otherwise.
  const t = useTestApp({ JIRA_SYNC_WORKERS: '2', ALLOW_PRIVATE_NETWORK_TARGETS: 'true' });
  let fake: FakeJira;
  let seq = 0;

  beforeEach(async () => {
    fake = await FakeJira.start();
    fake.upsertIssue(epic('CONN-1', 'Connected epic'));
  });
  afterEach(async () => {
    await fake.close();
  });

  const input = (extra: Record<string, unknown> = {}) => ({
    name: `Acme Jira ${++seq}`,
    baseUrl: `${fake.baseUrl}/`,
    email: fake.email,
    apiToken: fake.apiToken,
    jql: 'project = CONN AND issuetype = Epic',
    ...extra,
  });

  async function expectBadInput(query: string, variables: Record<string, unknown>, field: string, message: RegExp): Promise<void> {
    const { errors } = await t.gql(query, variables);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(errors?.[0].message).toMatch(message);
  }

  it('creates a connection after checking it against Jira, and never gives the token back', async () => {
    const given = input({ syncEveryMinutes: 15 });
    const response = await t.gql(CREATE, { input: given });

    expect(response.errors).toBeUndefined();
    expect(response.data!.createJiraConnection).toMatchObject({
      ...{ name: given.name, baseUrl: fake.baseUrl, email: fake.email, jql: given.jql, syncEveryMinutes: 15 },
      ...{ lastSyncedAt: null, hasApiToken: true, fieldOverrides: { targetStart: null, targetEnd: null, team: null } },
    });
    expect(JSON.stringify(response)).not.toContain(fake.apiToken);
    const [row] = await t.dataSource.query(`SELECT api_token_encrypted FROM jira_connection WHERE id = $1`, [
      response.data!.createJiraConnection.id,
    ]);
    expect(row.api_token_encrypted).not.toContain(fake.apiToken);
    const listed = await t.ok(`{ jiraConnections { ${CONNECTION_FIELDS} } }`);
    expect(JSON.stringify(listed)).not.toContain(fake.apiToken);
    const { __type } = await t.ok(`{ __type(name: "JiraConnection") { fields { name } } }`);
    expect(__type.fields.map((f: { name: string }) => f.name).filter((name: string) => /token/i.test(name))).toEqual(['hasApiToken']);
  });

  it('names the input at fault when Jira refuses the site, the credentials or the JQL', async () => {
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM jira_connection`))[0].n;
    const before = await count();
    await expectBadInput(CREATE, { input: input({ baseUrl: 'http://127.0.0.1:9' }) }, 'input.baseUrl', /127\.0\.0\.1:9/);
    await expectBadInput(CREATE, { input: input({ baseUrl: 'http://acme.atlassian.net' }) }, 'input.baseUrl', /https/);
    await expectBadInput(CREATE, { input: input({ baseUrl: 'acme' }) }, 'input.baseUrl', /not a web address/);
    await expectBadInput(CREATE, { input: input({ apiToken: 'wrong-token' }) }, 'input.apiToken', /token|credentials/i);
    await expectBadInput(
      CREATE,
      { input: input({ jql: 'project = CONN AND flavour = sweet' }) },
      'input.jql',
      /Field 'flavour' does not exist/,
    );
    await expectBadInput(
      CREATE,
      { input: input({ fieldOverrides: { team: 'customfield_99999' } }) },
      'input.fieldOverrides.team',
      /customfield_99999/,
    );
    expect(await count()).toBe(before);
  });

  it('refuses malformed input before asking Jira', async () => {
    fake.requests.length = 0;
    await expectBadInput(CREATE, { input: input({ syncEveryMinutes: 3 }) }, 'input.syncEveryMinutes', /5 to 1440/);
    await expectBadInput(CREATE, { input: input({ name: '  ' }) }, 'input.name', /blank/);
    await expectBadInput(CREATE, { input: input({ email: 'not-an-email' }) }, 'input.email', /email/);
    await expectBadInput(CREATE, { input: input({ jql: '' }) }, 'input.jql', /blank/);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a second connection with the same name', async () => {
    const first = input();
    await t.ok(CREATE, { input: first });
    await expectBadInput(CREATE, { input: input({ name: first.name }) }, 'input.name', /already exists/);
  });

  it('updates names and schedules without asking Jira, and checks changed credentials and JQL', async () => {
    const id = await createConnection(t, fake, 'project = CONN');
    fake.requests.length = 0;

    const renamed = await t.ok(UPDATE, { input: { id, name: 'Renamed', syncEveryMinutes: 60 } });
    expect(renamed.updateJiraConnection).toMatchObject({ name: 'Renamed', syncEveryMinutes: 60, jql: 'project = CONN' });
    expect(fake.requests).toHaveLength(0);

    await expectBadInput(UPDATE, { input: { id, apiToken: 'wrong-token' } }, 'input.apiToken', /token|credentials/i);
    await expectBadInput(UPDATE, { input: { id, jql: 'flavour = sweet' } }, 'input.jql', /flavour/);
    await expectBadInput(UPDATE, { input: { id, name: null } }, 'input.name', /null/);
    const cleared = await t.ok(UPDATE, { input: { id, syncEveryMinutes: null, jql: 'project = CONN AND issuetype = Epic' } });
    expect(cleared.updateJiraConnection).toMatchObject({
      name: 'Renamed',
      syncEveryMinutes: null,
      jql: 'project = CONN AND issuetype = Epic',
    });
  });

  it('makes the next run a full one after the JQL changed', async () => {
    const id = await createConnection(t, fake, 'project = CONN');
    await sync(t, id, true);
    await t.ok(UPDATE, { input: { id, jql: 'project = CONN AND issuetype = Epic' } });

    expect(await sync(t, id, false)).toMatchObject({ status: SyncRunStatus.SUCCEEDED, full: true });
  });

  it('deletes a connection and its runs, keeping the initiatives it imported', async () => {
    const id = await createConnection(t, fake, 'project = CONN');
    await sync(t, id, true);
    const { initiativeId } = (await imported(t, id)).get('CONN-1')!;

    expect(await t.ok(`mutation($id: ID!) { deleteJiraConnection(id: $id) }`, { id })).toEqual({ deleteJiraConnection: true });

    expect(await t.dataSource.query(`SELECT title FROM initiative WHERE id = $1`, [initiativeId])).toEqual([{ title: 'Connected epic' }]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM sync_run WHERE connection_id = $1`, [id])).toEqual([{ n: 0 }]);
    const again = await t.gql(`mutation($id: ID!) { deleteJiraConnection(id: $id) }`, { id });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers the queued or running run instead of starting another', async () => {
    const id = await createConnection(t, fake, 'project = CONN');
    // Another process is on it: RUNNING with a fresh heartbeat.
    const [{ id: runningId }] = await t.dataSource.query(
      `INSERT INTO sync_run (connection_id, "full", status, started_at, heartbeat_at, attempts) VALUES ($1, true, 'RUNNING', now(), now(), 1) RETURNING id`,
      [id],
    );

    const asked = await t.ok(
      `mutation($id: ID!) { a: syncJiraConnection(id: $id) { id status } b: syncJiraConnection(id: $id, full: true) { id } }`,
      { id },
    );

    expect(asked).toEqual({ a: { id: runningId, status: 'RUNNING' }, b: { id: runningId } });
    await expect(t.dataSource.query(`INSERT INTO sync_run (connection_id, "full") VALUES ($1, false)`, [id])).rejects.toThrow(
      /uq_sync_run_active/,
    );
  });

  it('lists runs newest first, and answers NOT_FOUND for an unknown connection', async () => {
    const id = await createConnection(t, fake, 'project = CONN');
    const first = await sync(t, id, true);
    const second = await sync(t, id, false);

    const { jiraConnections } = await t.ok(`{ jiraConnections { id runs(take: 5) { ${RUN_FIELDS} } latest: runs(take: 1) { id } } }`);
    const mine = jiraConnections.find((c: { id: string }) => c.id === id);
    expect(mine.runs.map((r: { id: string }) => r.id)).toEqual([second.id, first.id]);
    expect(mine.latest).toEqual([{ id: second.id }]);
    const tooMany = await t.gql(`{ jiraConnections { runs(take: 0) { id } } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'take' });
    const missing = await t.gql(`mutation { syncJiraConnection(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('runs a scheduled connection when it is due, once per interval', async () => {
    const id = await createConnection(t, fake, 'project = CONN', { syncEveryMinutes: 5 });
    const scheduler = t.app.get(SyncScheduler);

    await scheduler.tick();
    const [queued] = await t.dataSource.query(`SELECT id FROM sync_run WHERE connection_id = $1`, [id]);
    const run = await waitForRun(t, queued.id);
    await scheduler.tick();

    expect(run).toMatchObject({ status: SyncRunStatus.SUCCEEDED, full: true, created: 1 });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM sync_run WHERE connection_id = $1`, [id])).toEqual([{ n: 1 }]);
  });
});
