import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActorKind, AuditAction, Role, SyncRunStatus } from '@throughline/shared';
import { auditEvents, AuditEventView, changesOf } from './audit-helpers';
import { okAs, SignedIn, signedIn } from './callers';
import { FakeJira } from './fake-jira/fake-jira';
import { createConnection, epic, imported, sync } from './jira-factories';
import { AnswerData, useTestApp } from './test-app';

describe('audit trail: Jira syncs', () => {
  // The fake Jira listens on 127.0.0.1, which the network guard refuses unless told otherwise.
  const t = useTestApp({ JIRA_SYNC_WORKERS: '1', ALLOW_PRIVATE_NETWORK_TARGETS: 'true' });
  let fake: FakeJira;
  let admin: SignedIn;

  beforeAll(async () => {
    admin = await signedIn(t, Role.ADMIN);
  });
  beforeEach(async () => {
    fake = await FakeJira.start();
  });
  afterEach(async () => {
    await fake.close();
  });

  const kinds = (events: AuditEventView[]) => events.map((event) => `${event.action} ${event.entityType}`).sort();

  it('names the sync as the actor of what it changes, one event per entity, none for what it leaves as it was', async () => {
    fake.upsertIssue(epic('PLAT-1', 'Cache everything', { targetStart: '2027-01-04', targetEnd: '2027-06-30', blocksKeys: ['PLAT-2'] }));
    fake.upsertIssue(epic('PLAT-2', 'Then the sessions', { targetEnd: '2027-09-30' }));
    const connectionId = await createConnection(t, fake, 'project = PLAT');
    const [{ name }] = await t.dataSource.query(`SELECT name FROM jira_connection WHERE id = $1`, [connectionId]);
    const bySync = () => auditEvents(t, admin, { actorKind: ActorKind.JIRA_SYNC });

    expect(await sync(t, connectionId, true)).toMatchObject({ status: SyncRunStatus.SUCCEEDED, created: 2 });
    const first = await bySync();
    expect(kinds(first)).toEqual(['CREATE Dependency', 'CREATE Initiative', 'CREATE Initiative', 'CREATE Team']);
    for (const event of first) expect(event.actor).toEqual({ kind: ActorKind.JIRA_SYNC, name: `Jira sync: ${name}`, user: null });

    fake.upsertIssue(epic('PLAT-1', 'Cache everything', { targetStart: '2027-01-04', targetEnd: '2027-07-31', blocksKeys: ['PLAT-2'] }));
    expect(await sync(t, connectionId, true)).toMatchObject({ status: SyncRunStatus.SUCCEEDED, updated: 1, unchanged: 1 });
    expect(await sync(t, connectionId, true)).toMatchObject({ status: SyncRunStatus.SUCCEEDED, updated: 0 });

    const plat1 = (await imported(t, connectionId)).get('PLAT-1')!;
    const moved = (await bySync()).filter((event) => !first.some((earlier) => earlier.id === event.id));
    expect(moved.map((event) => [event.action, event.entityId, changesOf(event)])).toEqual([
      [AuditAction.UPDATE, plat1.initiativeId, { endDate: ['2027-06-30', '2027-07-31'] }],
    ]);
    const { initiative } = await okAs<AnswerData>(
      t,
      admin,
      `query ($id: ID!) { initiative(id: $id) { endDateDriftDays history { action actor { kind name } } } }`,
      { id: plat1.initiativeId },
    );
    expect(initiative).toEqual({
      endDateDriftDays: 31,
      history: [
        { action: AuditAction.UPDATE, actor: { kind: ActorKind.JIRA_SYNC, name: `Jira sync: ${name}` } },
        { action: AuditAction.CREATE, actor: { kind: ActorKind.JIRA_SYNC, name: `Jira sync: ${name}` } },
      ],
    });
  });

  it('names a CSV import after its connection and the person who uploaded the file', async () => {
    const response = await t.fetch('/api/jira/import-csv?name=Audited%20export', {
      method: 'POST',
      body: readFileSync(join(__dirname, 'fake-jira/jira-export-all-fields.csv')),
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.status).toBe(200);

    const uploader = await t.userOf(Role.ADMIN);
    const events = await auditEvents(t, admin, { actorUserId: uploader.id, entityType: 'Initiative' });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.actor).toEqual({
        kind: ActorKind.JIRA_SYNC,
        name: `Jira CSV import: Audited export (${uploader.name})`,
        user: { id: uploader.id, name: uploader.name },
      });
    }
  });
});
