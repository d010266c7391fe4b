import { addDays, Role, todayIso } from '@throughline/shared';
import { auditEvents, changesOf } from './audit-helpers';
import { gqlAs, okAs, SignedIn, signedIn } from './callers';
import { factories } from './factories';
import { expectError, MISSING_ID } from './graphql-helpers';
import { AnswerData, useTestApp } from './test-app';

const CREATE_CHECK_IN = `mutation ($input: CreateCheckInInput!) {
  createCheckIn(input: $input) { id health body expectedEndDate createdAt author { kind name user { id } } initiative { id health version } }
}`;
const CHECK_INS = `query ($id: ID!) { initiative(id: $id) { stale latestCheckInAt checkIns { body health expectedEndDate } } }`;
const STALE = `{ staleInitiatives { id key stale } }`;

describe('check-ins: posting them, the health they set, and stale work', () => {
  const t = useTestApp();
  let editor: SignedIn;
  let viewer: SignedIn;
  let admin: SignedIn;
  const make = () => factories(t.dataSource);

  beforeAll(async () => {
    [editor, viewer, admin] = await Promise.all([signedIn(t, Role.EDITOR), signedIn(t, Role.VIEWER), signedIn(t, Role.ADMIN)]);
  });

  const checkIn = (input: Record<string, unknown>, caller = editor) => okAs<AnswerData>(t, caller, CREATE_CHECK_IN, { input });
  const inProgress = (startDate: string | null) => make().initiative({ status: 'IN_PROGRESS' as never, startDate, endDate: null });

  it("an editor's check-in gives the initiative its health and a new version; listed newest first, audited with both changes", async () => {
    const initiative = await make().initiative({ startDate: '2027-01-04', endDate: '2027-03-31' });
    const first = (await checkIn({ initiativeId: initiative.id, health: 'AT_RISK', body: 'Vendor is *late*' })).createCheckIn;
    expect(first).toMatchObject({
      health: 'AT_RISK',
      body: 'Vendor is *late*',
      expectedEndDate: null,
      author: { kind: 'USER', name: editor.user.name, user: { id: editor.user.id } },
      initiative: { id: initiative.id, health: 'AT_RISK', version: initiative.version + 1 },
    });
    const second = (await checkIn({ initiativeId: initiative.id, health: 'OFF_TRACK', body: 'Slipping', expectedEndDate: '2027-04-30' }))
      .createCheckIn;
    expect(second.initiative).toMatchObject({ health: 'OFF_TRACK', version: initiative.version + 2 });

    const { initiative: read } = await okAs<AnswerData>(t, viewer, CHECK_INS, { id: initiative.id });
    expect(read.checkIns).toEqual([
      { body: 'Slipping', health: 'OFF_TRACK', expectedEndDate: '2027-04-30' },
      { body: 'Vendor is *late*', health: 'AT_RISK', expectedEndDate: null },
    ]);
    expect(new Date(read.latestCheckInAt).toISOString()).toBe(new Date(second.createdAt).toISOString());

    const [event] = await auditEvents(t, admin, { entityType: 'CheckIn', entityId: second.id });
    expect(event).toMatchObject({ action: 'CREATE', actor: { name: editor.user.name } });
    expect(changesOf(event)).toMatchObject({ health: [undefined, 'OFF_TRACK'], expectedEndDate: [undefined, '2027-04-30'] });
    const [health] = await auditEvents(t, admin, { entityType: 'Initiative', entityId: initiative.id });
    expect(changesOf(health)).toEqual({ health: ['AT_RISK', 'OFF_TRACK'] });
  });

  it('refuses a viewer, a missing initiative, an expected end before the start and a bad health, naming the field; nothing written', async () => {
    const initiative = await make().initiative({ startDate: '2027-02-01', endDate: '2027-03-31' });
    const input = { initiativeId: initiative.id, health: 'AT_RISK', body: 'x' };
    expectError(await gqlAs(t, viewer, CREATE_CHECK_IN, { input }), 'FORBIDDEN');
    expectError(
      await gqlAs(t, editor, CREATE_CHECK_IN, { input: { ...input, initiativeId: MISSING_ID } }),
      'NOT_FOUND',
      'input.initiativeId',
    );
    expectError(
      await gqlAs(t, editor, CREATE_CHECK_IN, { input: { ...input, initiativeId: 'nope' } }),
      'BAD_USER_INPUT',
      'input.initiativeId',
    );
    expectError(
      await gqlAs(t, editor, CREATE_CHECK_IN, { input: { ...input, expectedEndDate: '2027-01-31' } }),
      'BAD_USER_INPUT',
      'input.expectedEndDate',
    );
    expectError(await gqlAs(t, editor, CREATE_CHECK_IN, { input: { ...input, body: 'x'.repeat(20_001) } }), 'BAD_USER_INPUT', 'input.body');
    expect((await gqlAs(t, editor, CREATE_CHECK_IN, { input: { ...input, health: 'FINE' } })).errors?.[0].extensions?.code).toBeDefined();
    const { initiative: read } = await okAs<AnswerData>(
      t,
      viewer,
      `query ($id: ID!) { initiative(id: $id) { version health checkIns { id } } }`,
      {
        id: initiative.id,
      },
    );
    expect(read).toEqual({ version: initiative.version, health: initiative.health, checkIns: [] });
  });

  it('stale: in progress with no check-in for more than 14 days, counted from the start without one', async () => {
    const today = todayIso();
    const [day13, day14, day15, undated] = await Promise.all([
      inProgress(addDays(today, -13)),
      inProgress(addDays(today, -14)),
      inProgress(addDays(today, -15)),
      inProgress(null),
    ]);
    const planned = await make().initiative({ status: 'PLANNED' as never, startDate: addDays(today, -90) });
    const staleOf = async (id: string) => (await okAs<AnswerData>(t, viewer, CHECK_INS, { id })).initiative.stale;
    expect(await Promise.all([day13, day14, day15, undated, planned].map((row) => staleOf(row.id)))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    const listed = (await okAs<AnswerData>(t, viewer, STALE)).staleInitiatives.map((row: { id: string }) => row.id);
    expect(listed).toContain(day15.id);
    expect(listed).not.toEqual(expect.arrayContaining([day14.id]));
  });

  it('stale: counted from the latest check-in, 13 and 14 days ago fresh, 15 stale; the list puts the longest without an update first', async () => {
    const longAgo = addDays(todayIso(), -200);
    const rows = await Promise.all([13, 14, 15, 40].map(() => inProgress(longAgo)));
    for (const [i, days] of [13, 14, 15, 40].entries()) {
      const { createCheckIn } = await checkIn({ initiativeId: rows[i].id, health: 'ON_TRACK', body: `${days} days ago` });
      await t.dataSource.query(`UPDATE check_in SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [
        createCheckIn.id,
        days,
      ]);
    }
    const staleOf = async (id: string) => (await okAs<AnswerData>(t, viewer, CHECK_INS, { id })).initiative.stale;
    expect(await Promise.all(rows.map((row) => staleOf(row.id)))).toEqual([false, false, true, true]);
    const listed = (await okAs<AnswerData>(t, viewer, STALE)).staleInitiatives.map((row: { id: string }) => row.id);
    const mine = listed.filter((id: string) => rows.some((row) => row.id === id));
    expect(mine).toEqual([rows[3].id, rows[2].id]);
  });
});

describe('check-ins with CHECKIN_STALE_DAYS=3', () => {
  const t = useTestApp({ CHECKIN_STALE_DAYS: '3' });

  it('takes the threshold from the setting', async () => {
    const viewer = await signedIn(t, Role.VIEWER);
    const at = (days: number) =>
      factories(t.dataSource).initiative({ status: 'IN_PROGRESS' as never, startDate: addDays(todayIso(), -days) });
    const [three, four] = await Promise.all([at(3), at(4)]);
    const staleOf = async (id: string) =>
      (await okAs<AnswerData>(t, viewer, `query ($id: ID!) { initiative(id: $id) { stale } }`, { id })).initiative.stale;
    expect([await staleOf(three.id), await staleOf(four.id)]).toEqual([false, true]);
  });
});
