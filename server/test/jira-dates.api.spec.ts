import { SyncRunStatus } from '@throughline/shared';
import { FakeJira } from './fake-jira/fake-jira';
import { createConnection, epic, imported, sync } from './jira-factories';
import { useTestApp } from './test-app';

// The contract's date rules through a real sync: Target start, else Jira's Start date; Target
// end, else the due date; each end on its own.
describe('Jira sync: dates', () => {
  // The fake Jira listens on 127.0.0.1, which the network guard refuses unless told otherwise.
  const t = useTestApp({ JIRA_SYNC_WORKERS: '2', ALLOW_PRIVATE_NETWORK_TARGETS: 'true' });
  let fake: FakeJira;

  beforeEach(async () => {
    fake = await FakeJira.start();
  });
  afterEach(async () => {
    await fake.close();
  });

  const datesOf = async (connectionId: string) =>
    new Map([...(await imported(t, connectionId))].map(([key, row]) => [key, [row.startDate, row.endDate]]));

  it('lets each end fall back on its own', async () => {
    fake.upsertIssue(epic('DATE-1', 'Target start, due date', { targetStart: '2027-01-04', duedate: '2027-03-31' }));
    fake.upsertIssue(epic('DATE-2', 'Start date, Target end', { startDate: '2027-02-01', targetEnd: '2027-05-31' }));
    fake.upsertIssue(
      epic('DATE-3', 'All four', { targetStart: '2027-04-01', targetEnd: '2027-06-30', startDate: '2027-01-01', duedate: '2027-12-31' }),
    );
    fake.upsertIssue(epic('DATE-4', 'Start date only', { startDate: '2027-02-01' }));
    fake.upsertIssue(epic('DATE-5', 'Nothing'));
    const connectionId = await createConnection(t, fake, 'project = DATE');

    expect(await sync(t, connectionId, true)).toMatchObject({ status: SyncRunStatus.SUCCEEDED, created: 5 });

    expect(await datesOf(connectionId)).toEqual(
      new Map([
        ['DATE-1', ['2027-01-04', '2027-03-31']],
        ['DATE-2', ['2027-02-01', '2027-05-31']],
        ['DATE-3', ['2027-04-01', '2027-06-30']],
        ['DATE-4', ['2027-02-01', null]],
        ['DATE-5', [null, null]],
      ]),
    );
  });

  it('updates the span when a fallback date changes in Jira', async () => {
    fake.upsertIssue(epic('MOVE-1', 'Moves', { targetStart: '2027-01-04', duedate: '2027-03-31' }));
    const connectionId = await createConnection(t, fake, 'project = MOVE');
    await sync(t, connectionId, true);

    fake.upsertIssue(epic('MOVE-1', 'Moves', { targetStart: null, startDate: '2027-02-01', duedate: '2027-04-30' }));

    expect(await sync(t, connectionId)).toMatchObject({ status: SyncRunStatus.SUCCEEDED, updated: 1, unchanged: 0 });
    expect((await datesOf(connectionId)).get('MOVE-1')).toEqual(['2027-02-01', '2027-04-30']);
  });
});
