import { SyncRunStatus } from '@throughline/shared';
import { RunHooks } from '../src/jira/sync/run-context';
import { SecretBox } from '../src/common/secret-box';
import { SyncEngine } from '../src/jira/sync/sync-engine';
import { SyncRunEntity } from '../src/jira/runs/sync-run.entity';
import { SyncRuns } from '../src/jira/runs/sync-runs';
import { SyncScheduler } from '../src/jira/runs/sync-scheduler';
import { FakeJira } from './fake-jira/fake-jira';
import { blocks, createConnection, epic, imported, ImportedRow, story, sync, waitForRun } from './jira-factories';
import { useTestApp } from './test-app';

describe('Jira sync: faults, interruptions and resumption', () => {
  // The fake Jira listens on 127.0.0.1, which the network guard refuses unless told otherwise.
  const t = useTestApp({ JIRA_SYNC_WORKERS: '2', ALLOW_PRIVATE_NETWORK_TARGETS: 'true' });
  const fakes: FakeJira[] = [];

  afterEach(async () => {
    await Promise.all(fakes.splice(0).map((fake) => fake.close()));
  });

  async function fakeWith(project: string, epics = 7): Promise<FakeJira> {
    const fake = await FakeJira.start({ maxResults: 2 });
    fakes.push(fake);
    for (let n = 1; n <= epics; n++) {
      fake.upsertIssue(
        epic(`${project}-${n}`, `Epic ${n} of ${project}`, {
          blocksKeys: n > 1 ? [`${project}-${n - 1}`] : [],
          statusCategory: n % 2 ? 'new' : 'indeterminate',
        }),
      );
    }
    for (let n = 1; n <= 3; n++) fake.upsertIssue(story(`${project}-${epics + n}`, `${project}-${n}`, n === 1 ? 'done' : 'new'));
    return fake;
  }

  /** A run executed here rather than by the queue, so that a test can act between pages. */
  async function runHere(connectionId: string, full: boolean, hooks: RunHooks) {
    const { run } = await t.app.get(SyncRuns).request(connectionId, full);
    return t.app.get(SyncEngine).execute(run.id, hooks);
  }

  const comparable = (rows: Map<string, ImportedRow>) =>
    [...rows.values()]
      .map(({ externalKey, title, status, startDate, endDate, progress, leadTeamName, externalUrl }) => ({
        ...{ externalKey, title, status, startDate, endDate, progress, leadTeamName },
        link: externalUrl?.replace(/^http:\/\/[^/]+/, ''),
      }))
      .sort((a, b) => a.externalKey.localeCompare(b.externalKey));

  it('rides out 429s, 5xx bursts and dropped connections, ending with exactly the data of a run without faults', async () => {
    const clean = await fakeWith('RIDE');
    const faulty = await fakeWith('RIDE');
    const cleanId = await createConnection(t, clean, 'project = RIDE AND issuetype = Epic');
    const faultyId = await createConnection(t, faulty, 'project = RIDE AND issuetype = Epic');
    const cleanRun = await runHere(cleanId, true, {});
    // Injected between pages, so that they hit requests in the middle of the run (7 failed answers).
    const faults: Record<string, () => void> = {
      'issues 1': () => faulty.failNext(2, 429, 1),
      'issues 2': () => faulty.failNext(3, 503),
      'issues 3': () => faulty.failNext(2, 'network'),
    };

    const faultyRun = await runHere(faultyId, true, { afterPage: ({ phase, page }) => faults[`${phase} ${page}`]?.() });

    const counters = ({ status, created, updated, unchanged, removed, issuesSeen, expectedIssues, error }: SyncRunEntity) => ({
      status,
      created,
      updated,
      unchanged,
      removed,
      issuesSeen,
      expectedIssues,
      error,
    });
    expect(counters(faultyRun!)).toEqual(counters(cleanRun!));
    expect(faultyRun!.status).toBe(SyncRunStatus.SUCCEEDED);
    expect(faulty.requests.length).toBe(clean.requests.length + 7);
    expect(comparable(await imported(t, faultyId))).toEqual(comparable(await imported(t, cleanId)));
    expect(await blocks(t, faultyId)).toEqual(await blocks(t, cleanId));
  });

  it('fails with an actionable message, never the token, when Jira refuses the stored token', async () => {
    const fake = await fakeWith('DENY');
    const connectionId = await createConnection(t, fake, 'project = DENY');
    const revoked = t.app.get(SecretBox).encrypt('revoked-token-77', connectionId);
    await t.dataSource.query(`UPDATE jira_connection SET api_token_encrypted = $2 WHERE id = $1`, [connectionId, revoked]);

    const run = await sync(t, connectionId, true);

    expect(run.status).toBe(SyncRunStatus.FAILED);
    expect(run.error).toMatch(/token|credentials|email/i);
    expect(run.error).not.toContain('revoked-token-77');
    expect((await imported(t, connectionId)).size).toBe(0);
  });

  it("fails with Jira's own words when the JQL has become invalid", async () => {
    const fake = await fakeWith('BADQ');
    const connectionId = await createConnection(t, fake, 'project = BADQ');
    await t.dataSource.query(`UPDATE jira_connection SET jql = 'project = BADQ AND flavour = sweet' WHERE id = $1`, [connectionId]);

    const run = await sync(t, connectionId, true);

    expect(run.status).toBe(SyncRunStatus.FAILED);
    expect(run.error).toContain("Field 'flavour' does not exist");
  });

  it('applies a page all or nothing: a page the database refuses leaves none of its issues', async () => {
    const fake = await fakeWith('ATOM');
    const connectionId = await createConnection(t, fake, 'project = ATOM AND issuetype = Epic');
    fake.upsertIssue(epic('ATOM-4', 'BOOM'));
    await t.dataSource.query(`
      CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'BOOM' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_boom BEFORE INSERT ON initiative FOR EACH ROW EXECUTE FUNCTION refuse_boom();`);
    try {
      const run = await sync(t, connectionId, true);

      expect(run).toMatchObject({ status: SyncRunStatus.FAILED, created: 2, issuesSeen: 2 });
      // Pages of two, by id: ATOM-1, ATOM-2 | ATOM-3, ATOM-4 (refused) | …
      expect([...(await imported(t, connectionId)).keys()].sort()).toEqual(['ATOM-1', 'ATOM-2']);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_boom ON initiative; DROP FUNCTION refuse_boom();`);
    }
  });

  it('picks up after a run killed halfway, without duplicates', async () => {
    const fake = await fakeWith('KILL');
    const connectionId = await createConnection(t, fake, 'project = KILL AND issuetype = Epic');
    const killed = await runHere(connectionId, true, {
      afterPage: ({ phase, page }) => {
        if (phase === 'issues' && page === 2) throw new Error('killed');
      },
    });
    expect(killed).toMatchObject({ status: SyncRunStatus.FAILED, created: 4 });
    expect((await imported(t, connectionId)).size).toBe(4);

    const next = await sync(t, connectionId, true);

    // The four applied before the kill are not applied again; the three with children only get the
    // progress the killed run never reached.
    expect(next).toMatchObject({ status: SyncRunStatus.SUCCEEDED, created: 3, unchanged: 1, updated: 3 });
    await expectNoDuplicates(connectionId, 'KILL', 7);
    expect(await blocks(t, connectionId)).toEqual([
      'KILL-2>KILL-1',
      'KILL-3>KILL-2',
      'KILL-4>KILL-3',
      'KILL-5>KILL-4',
      'KILL-6>KILL-5',
      'KILL-7>KILL-6',
    ]);
  });

  it('lets another process take over a run whose process died, and finish it once', async () => {
    const fake = await fakeWith('DIED');
    const connectionId = await createConnection(t, fake, 'project = DIED AND issuetype = Epic');
    const stop = new AbortController();
    const first = await runHere(connectionId, true, {
      signal: stop.signal,
      afterPage: ({ phase, page }) => (phase === 'issues' && page === 2 ? stop.abort() : undefined),
    });
    // What a killed process leaves: RUNNING, its heartbeat long silent.
    await t.dataSource.query(`UPDATE sync_run SET status = 'RUNNING', heartbeat_at = now() - interval '1 hour' WHERE id = $1`, [first!.id]);

    await t.app.get(SyncScheduler).tick();
    const resumed = await waitForRun(t, first!.id);

    expect(resumed).toMatchObject({ status: SyncRunStatus.SUCCEEDED, created: 7, unchanged: 0, issuesSeen: 7 + 3 });
    await expectNoDuplicates(connectionId, 'DIED', 7);
  });

  it('skips, and reports, a Blocks link that would close a dependency cycle', async () => {
    const fake = await fakeWith('LOOP', 3);
    fake.upsertIssue(epic('LOOP-1', 'Epic 1 of LOOP', { blocksKeys: ['LOOP-3'] }));
    const connectionId = await createConnection(t, fake, 'project = LOOP AND issuetype = Epic');

    const run = await sync(t, connectionId, true);

    expect(run.status).toBe(SyncRunStatus.SUCCEEDED);
    expect(await blocks(t, connectionId)).toHaveLength(2);
    expect(run.warnings).toEqual([expect.stringMatching(/^LOOP-\d blocks LOOP-\d in Jira, but that dependency would close a cycle/)]);
  });

  async function expectNoDuplicates(connectionId: string, project: string, epics: number): Promise<void> {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM jira_issue WHERE connection_id = $1 AND imported) AS issues,
              (SELECT count(*)::int FROM initiative WHERE external_key LIKE $2) AS initiatives`,
      [connectionId, `${project}-%`],
    );
    expect(counts).toEqual({ issues: epics, initiatives: epics });
  }
});
