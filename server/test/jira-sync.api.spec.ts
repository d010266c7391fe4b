import { SyncRunStatus } from '@throughline/shared';
import { FakeJira } from './fake-jira/fake-jira';
import { blocks, createConnection, epic, imported, story, sync } from './jira-factories';
import { useTestApp } from './test-app';

const ADF = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('Jira sync: full import', () => {
  // The fake Jira listens on 127.0.0.1, which the network guard refuses unless told otherwise.
  const t = useTestApp({ JIRA_SYNC_WORKERS: '2', ALLOW_PRIVATE_NETWORK_TARGETS: 'true' });
  let fake: FakeJira;

  beforeEach(async () => {
    fake = await FakeJira.start({ maxResults: 2 });
  });
  afterEach(async () => {
    await fake.close();
  });

  /** Two projects: PLAT with the Team field set, FULL team-managed (no Team); children in a third project. */
  function seedFull(): void {
    fake.upsertIssue(
      epic('PLAT-1', 'Redesign the caching layer', {
        statusCategory: 'indeterminate',
        description: ADF('Cache **everything** that is safe to cache.'),
        targetStart: '2027-01-04',
        targetEnd: '2027-06-30',
        team: { id: '3c8e2d2a-1111-4a4a-9a9a-000000000001', name: 'Platform Crew' },
      }),
    );
    fake.upsertIssue(
      epic('FULL-1', 'Migrate sessions 🚀 to the new Redis — ünïcødé', {
        duedate: '2027-03-31',
        blocksKeys: ['PLAT-1'],
        projectName: 'Full Stack',
      }),
    );
    fake.upsertIssue(epic('FULL-2', 'Undated work', { statusCategory: 'done' }));
    fake.upsertIssue(story('PLAT-2', 'PLAT-1', 'done'));
    fake.upsertIssue(story('PLAT-3', 'PLAT-1', 'new'));
    fake.upsertIssue(story('OPSX-7', 'PLAT-1', 'done'));
    fake.upsertIssue(story('FULL-3', 'FULL-2', 'done'));
  }

  it('imports every epic the JQL selects, with dates, teams, links and child progress', async () => {
    seedFull();
    const connectionId = await createConnection(t, fake, 'project in (PLAT, FULL) AND issuetype = Epic');

    const run = await sync(t, connectionId, true);

    expect(run).toMatchObject({
      status: SyncRunStatus.SUCCEEDED,
      full: true,
      created: 3,
      updated: 0,
      unchanged: 0,
      removed: 0,
      error: null,
    });
    expect(run.issuesSeen).toBe(3 + 4);
    // Jira's count of the epics; the children are not known before a first run.
    expect(run.expectedIssues).toBe(3);
    const rows = await imported(t, connectionId);
    expect([...rows.keys()].sort()).toEqual(['FULL-1', 'FULL-2', 'PLAT-1']);
    expect(rows.get('PLAT-1')).toMatchObject({
      title: 'Redesign the caching layer',
      status: 'IN_PROGRESS',
      startDate: '2027-01-04',
      endDate: '2027-06-30',
      externalUrl: `${fake.baseUrl}/browse/PLAT-1`,
      leadTeamName: 'Platform Crew',
      progress: 2 / 3,
    });
    expect(rows.get('PLAT-1')!.description).toContain('Cache **everything** that is safe to cache.');
    expect(rows.get('FULL-1')).toMatchObject({
      title: 'Migrate sessions 🚀 to the new Redis — ünïcødé',
      status: 'PLANNED',
      startDate: null,
      endDate: '2027-03-31',
      leadTeamKey: 'FULL',
      leadTeamName: 'Full Stack',
      progress: null,
    });
    expect(rows.get('FULL-2')).toMatchObject({ status: 'DONE', startDate: null, endDate: null, progress: 1 });
    expect(await blocks(t, connectionId)).toEqual(['FULL-1>PLAT-1']);
  });

  it('imports a hierarchy across projects: an initiative-level issue gets its progress from epics in other projects', async () => {
    seedFull();
    fake.upsertIssue({ key: 'PORT-1', summary: 'Portfolio: faster checkout', issuetype: 'Initiative', projectName: 'Portfolio' });
    fake.upsertIssue({ key: 'PLAT-1', summary: 'Redesign the caching layer', parentKey: 'PORT-1' });
    fake.upsertIssue({ key: 'FULL-2', summary: 'Undated work', parentKey: 'PORT-1' });
    const connectionId = await createConnection(t, fake, 'project in (PLAT, FULL, PORT) AND issuetype in (Initiative, Epic)');

    const run = await sync(t, connectionId, true);

    expect(run).toMatchObject({ status: SyncRunStatus.SUCCEEDED, created: 4 });
    const rows = await imported(t, connectionId);
    expect(rows.get('PORT-1')).toMatchObject({ progress: 1 / 2, leadTeamKey: 'PORT', leadTeamName: 'Portfolio' });
    expect(rows.get('PLAT-1')!.progress).toBe(2 / 3);
  });

  it('shows the Jira link and progress through the API', async () => {
    seedFull();
    const connectionId = await createConnection(t, fake, 'project in (PLAT, FULL) AND issuetype = Epic');
    await sync(t, connectionId, true);
    const { initiativeId } = (await imported(t, connectionId)).get('PLAT-1')!;

    const { initiative } = await t.ok(
      `query($id: ID!) { initiative(id: $id) { externalKey externalUrl progress dependsOn { externalKey } } }`,
      { id: initiativeId },
    );

    expect(initiative).toEqual({
      externalKey: 'PLAT-1',
      externalUrl: `${fake.baseUrl}/browse/PLAT-1`,
      progress: 2 / 3,
      dependsOn: [{ externalKey: 'FULL-1' }],
    });
  });

  it('changes nothing when it runs again over unchanged Jira data', async () => {
    seedFull();
    const connectionId = await createConnection(t, fake, 'project in (PLAT, FULL) AND issuetype = Epic');
    await sync(t, connectionId, true);
    const before = await snapshot(connectionId);

    const again = await sync(t, connectionId, true);
    const incremental = await sync(t, connectionId, false);

    expect(again).toMatchObject({
      status: SyncRunStatus.SUCCEEDED,
      created: 0,
      updated: 0,
      unchanged: 3,
      removed: 0,
      expectedIssues: 3 + 4,
      issuesSeen: 3 + 4,
    });
    expect(incremental).toMatchObject({ status: SyncRunStatus.SUCCEEDED, full: false, created: 0, updated: 0, removed: 0 });
    expect(await snapshot(connectionId)).toEqual(before);
  });

  it("reads only what changed since the last run in an incremental run, in the Jira user's time zone", async () => {
    await fake.close();
    // Behind UTC: a time written in UTC would be read hours later here and miss the edits.
    fake = await FakeJira.start({ maxResults: 2, timeZone: 'America/Los_Angeles' });
    seedFull();
    const connectionId = await createConnection(t, fake, 'project in (PLAT, FULL) AND issuetype = Epic');
    await sync(t, connectionId, true);
    const before = await imported(t, connectionId);
    fake.upsertIssue(epic('PLAT-1', 'Redesign the caching layer, phase 1'));
    fake.upsertIssue(story('PLAT-3', 'PLAT-1', 'done'));
    fake.upsertIssue(epic('PLAT-9', 'Brand new epic'));
    fake.upsertIssue(story('PLAT-10', 'PLAT-9', 'indeterminate'));
    fake.requests.length = 0;

    const run = await sync(t, connectionId, false);

    expect(run).toMatchObject({ status: SyncRunStatus.SUCCEEDED, full: false, created: 1, updated: 1, removed: 0 });
    const after = await imported(t, connectionId);
    expect(after.get('PLAT-1')).toMatchObject({ title: 'Redesign the caching layer, phase 1', progress: 1, startDate: '2027-01-04' });
    expect(after.get('PLAT-9')).toMatchObject({ title: 'Brand new epic', progress: 0 });
    expect(after.get('FULL-1')!.version).toBe(before.get('FULL-1')!.version);
    const searches = fake.requests.filter((r) => r.path === '/rest/api/3/search/jql').map((r) => String(r.body?.jql));
    expect(searches[0]).toMatch(
      /^project in \(PLAT, FULL\) AND issuetype = Epic AND updated >= "\d{4}-\d{2}-\d{2} \d{2}:\d{2}" ORDER BY updated ASC, id ASC$/,
    );
  });

  it('keeps the initiative of an issue moved to another project, under its new key', async () => {
    seedFull();
    const connectionId = await createConnection(t, fake, 'project in (PLAT, FULL) AND issuetype = Epic');
    await sync(t, connectionId, true);
    const { initiativeId } = (await imported(t, connectionId)).get('FULL-2')!;
    fake.moveIssue('FULL-2', 'PLAT-20');

    const run = await sync(t, connectionId, true);

    const rows = await imported(t, connectionId);
    expect(run).toMatchObject({ created: 0, updated: 1, removed: 0 });
    expect(rows.get('PLAT-20')).toMatchObject({ initiativeId, externalUrl: `${fake.baseUrl}/browse/PLAT-20` });
    expect(rows.has('FULL-2')).toBe(false);
  });

  it('cancels, and never deletes, an imported issue a full run no longer finds; it comes back when found again', async () => {
    seedFull();
    const connectionId = await createConnection(t, fake, 'project in (PLAT, FULL) AND issuetype = Epic');
    await sync(t, connectionId, true);
    const gone = (await imported(t, connectionId)).get('FULL-1')!;
    await t.dataSource.query(`INSERT INTO risk (title, likelihood, impact, initiative_id) VALUES ('Stale sessions', 2, 3, $1)`, [
      gone.initiativeId,
    ]);
    fake.deleteIssue('FULL-1');

    const incremental = await sync(t, connectionId, false);
    const full = await sync(t, connectionId, true);

    expect(incremental.removed).toBe(0);
    expect(full).toMatchObject({ status: SyncRunStatus.SUCCEEDED, removed: 1, created: 0 });
    expect((await imported(t, connectionId)).get('FULL-1')).toMatchObject({
      initiativeId: gone.initiativeId,
      status: 'CANCELLED',
      title: gone.title,
    });
    expect(await t.dataSource.query(`SELECT title FROM risk WHERE initiative_id = $1`, [gone.initiativeId])).toEqual([
      { title: 'Stale sessions' },
    ]);
    expect(await blocks(t, connectionId)).toEqual(['FULL-1>PLAT-1']);

    fake.upsertIssue(epic('FULL-1', 'Migrate sessions, take two', { id: '99001' }));
    expect((await sync(t, connectionId, true)).removed).toBe(0);
  });

  /** Everything a run could have touched, for a before/after comparison. */
  async function snapshot(connectionId: string) {
    const rows = [...(await imported(t, connectionId)).values()].sort((a, b) => a.key.localeCompare(b.key));
    const teams = await t.dataSource.query(`SELECT id, key, name FROM team ORDER BY key`);
    const issues = await t.dataSource.query(`SELECT * FROM jira_issue WHERE connection_id = $1 ORDER BY jira_id`, [connectionId]);
    return { rows, teams, issues, links: await blocks(t, connectionId) };
  }
});
