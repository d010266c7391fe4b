import { ActorKind, AuditAction, Role } from '@throughline/shared';
import { auditEvents, AuditEventView, changesOf, EVENT_FIELDS } from './audit-helpers';
import { gqlAs, okAs, SignedIn, signedIn } from './callers';
import { CREATE_GOAL, CREATE_METRIC, CREATE_RISK, expectError, RECORD, UPDATE_GOAL, UPDATE_METRIC, UPDATE_RISK } from './graphql-helpers';
import { AnswerData, useTestApp } from './test-app';

const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const PAGE = `query ($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { items { ${EVENT_FIELDS} } nextCursor } }`;

interface Page {
  auditEvents: { items: AuditEventView[]; nextCursor: string | null };
}

describe('audit trail: goals, metrics, risks, teams, and reading it', () => {
  const t = useTestApp();
  let admin: SignedIn;
  let editor: SignedIn;

  beforeAll(async () => {
    admin = await signedIn(t, Role.ADMIN);
    editor = await signedIn(t, Role.EDITOR);
  });

  const as = (query: string, variables: Record<string, unknown>) => okAs<AnswerData>(t, editor, query, variables);
  const eventsOf = (entityId: string) => auditEvents(t, admin, { entityId });
  const actions = (events: AuditEventView[]) => events.map((event) => event.action);

  it('a goal: one event per create and per update, with what changed', async () => {
    const { createGoal } = await as(CREATE_GOAL, { input: { title: 'Faster checkout', targetDate: '2027-12-31' } });
    await as(UPDATE_GOAL, {
      input: { id: createGoal.id, version: createGoal.version, title: 'Fastest checkout', targetDate: '2027-12-31' },
    });

    const events = await eventsOf(createGoal.id);
    expect(actions(events)).toEqual([AuditAction.UPDATE, AuditAction.CREATE]);
    expect(changesOf(events[0])).toEqual({ title: ['Faster checkout', 'Fastest checkout'] });
    expect(changesOf(events[1])).toEqual({ title: [undefined, 'Faster checkout'], targetDate: [undefined, '2027-12-31'] });
  });

  it('a metric: its changes, and a measurement as one event on the metric with the count', async () => {
    const input = { name: 'p95 latency', unit: 'ms', direction: 'DECREASE', baseline: 900, target: 300 };
    const { createMetric } = await as(CREATE_METRIC, { input });
    await as(UPDATE_METRIC, { input: { id: createMetric.id, version: createMetric.version, target: 250 } });
    await as(RECORD, { input: { metricId: createMetric.id, value: 812.5 } });

    const events = await eventsOf(createMetric.id);
    expect(actions(events)).toEqual([AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE]);
    expect(changesOf(events[0])).toEqual({ measurementsRecorded: [undefined, 1] });
    expect(changesOf(events[1])).toEqual({ target: [300, 250] });
    expect(changesOf(events[2])).toMatchObject({
      name: [undefined, 'p95 latency'],
      baseline: [undefined, 900],
      direction: [undefined, 'DECREASE'],
    });
  });

  it('a risk and a team: one event per mutation; a refused one none', async () => {
    const { createRisk } = await as(CREATE_RISK, { input: { title: 'Vendor lock-in', likelihood: 2, impact: 3 } });
    await as(UPDATE_RISK, { input: { id: createRisk.id, version: createRisk.version, likelihood: 4 } });
    const stale = await gqlAs(t, editor, UPDATE_RISK, { input: { id: createRisk.id, version: createRisk.version, likelihood: 5 } });
    const { createTeam } = await as(CREATE_TEAM, { input: { key: 'AUDT', name: 'Audit team' } });
    const taken = await gqlAs(t, editor, CREATE_TEAM, { input: { key: 'AUDT', name: 'Again' } });

    expectError(stale, 'CONFLICT');
    expectError(taken, 'BAD_USER_INPUT', 'input.key');
    const risk = await eventsOf(createRisk.id);
    expect(actions(risk)).toEqual([AuditAction.UPDATE, AuditAction.CREATE]);
    expect(changesOf(risk[0])).toEqual({ likelihood: [2, 4] });
    const team = await eventsOf(createTeam.id);
    expect(team.map((event) => [event.action, event.entityType, changesOf(event)])).toEqual([
      [AuditAction.CREATE, 'Team', { key: [undefined, 'AUDT'], name: [undefined, 'Audit team'] }],
    ]);
  });

  it('lists newest first, a page at a time, by person, kind, entity type and time', async () => {
    const writer = await signedIn(t, Role.EDITOR, 'Page Writer');
    for (const title of ['One', 'Two', 'Three']) await okAs(t, writer, CREATE_GOAL, { input: { title } });
    const filter = { actorUserId: writer.user.id, actorKind: ActorKind.USER, entityType: 'Goal' };

    const first = await okAs<Page>(t, admin, PAGE, { filter, first: 2 });
    const second = await okAs<Page>(t, admin, PAGE, { filter, first: 2, after: first.auditEvents.nextCursor });

    const titles = [...first.auditEvents.items, ...second.auditEvents.items].map((event) => changesOf(event).title[1]);
    expect(titles).toEqual(['Three', 'Two', 'One']);
    expect(second.auditEvents.nextCursor).toBeNull();
    expect(first.auditEvents.items[0].actor).toEqual({
      kind: ActorKind.USER,
      name: 'Page Writer',
      user: { id: writer.user.id, name: 'Page Writer' },
    });
    const future = { ...filter, from: new Date(Date.now() + 3_600_000).toISOString() };
    expect((await okAs<Page>(t, admin, PAGE, { filter: future })).auditEvents.items).toEqual([]);
    const past = { ...filter, to: new Date(Date.now() - 3_600_000).toISOString() };
    expect((await okAs<Page>(t, admin, PAGE, { filter: past })).auditEvents.items).toEqual([]);
  });

  it('is for admins only; paging arguments are checked', async () => {
    const viewer = await signedIn(t, Role.VIEWER);

    expectError(await gqlAs(t, editor, PAGE, {}), 'FORBIDDEN');
    expectError(await gqlAs(t, viewer, PAGE, {}), 'FORBIDDEN');
    expectError(await gqlAs(t, admin, PAGE, { first: 0 }), 'BAD_USER_INPUT', 'first');
    expectError(await gqlAs(t, admin, PAGE, { after: 'not a cursor' }), 'BAD_USER_INPUT', 'after');
  });
});
