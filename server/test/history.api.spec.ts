import { ActorKind, AuditAction, Role } from '@throughline/shared';
import { changesOf, EVENT_FIELDS } from './audit-helpers';
import { gqlAs, okAs, SignedIn, signedIn } from './callers';
import { factories } from './factories';
import { CREATE_INITIATIVE, expectError, UPDATE_INITIATIVE } from './graphql-helpers';
import { AnswerData, useTestApp } from './test-app';

const HISTORY = `query ($id: ID!) { initiative(id: $id) { endDateDriftDays history { ${EVENT_FIELDS} } } }`;
const CREATE_BASELINE = `mutation ($name: String!) { createBaseline(name: $name) { id name createdAt initiativeCount createdBy { id name } } }`;
const DELETE_BASELINE = `mutation ($id: ID!) { deleteBaseline(id: $id) }`;
const AGAINST = `query ($id: ID!, $baseline: ID!) { initiative(id: $id) { baseline(id: $baseline) { startDate endDate slipDays } } }`;

describe('history, drift and baselines', () => {
  const t = useTestApp();
  let editor: SignedIn;
  let other: SignedIn;
  let viewer: SignedIn;

  const make = () => factories(t.dataSource);

  beforeAll(async () => {
    editor = await signedIn(t, Role.EDITOR, 'Priya Raman');
    other = await signedIn(t, Role.EDITOR, 'Sam Okafor');
    viewer = await signedIn(t, Role.VIEWER);
  });

  const move = async (who: SignedIn, id: string, endDate: string) => {
    const { initiative } = await okAs<AnswerData>(t, who, `query ($id: ID!) { initiative(id: $id) { version } }`, { id });
    await okAs(t, who, UPDATE_INITIATIVE, { input: { id, version: initiative.version, endDate } });
  };

  it('an initiative moved twice: its history newest first, whoever moved it, and its drift from the end first planned', async () => {
    const { createInitiative } = await okAs<AnswerData>(t, editor, CREATE_INITIATIVE, {
      input: { title: 'Moves', startDate: '2027-01-04', endDate: '2027-03-31' },
    });
    await move(other, createInitiative.id, '2027-04-21');
    await move(editor, createInitiative.id, '2027-05-12');

    const { initiative } = await okAs<AnswerData>(t, viewer, HISTORY, { id: createInitiative.id });

    expect(initiative.endDateDriftDays).toBe(42);
    const history = initiative.history as Array<{ action: string; actor: { name: string; kind: string } }>;
    expect(history.map((event) => [event.action, event.actor.name])).toEqual([
      [AuditAction.UPDATE, 'Priya Raman'],
      [AuditAction.UPDATE, 'Sam Okafor'],
      [AuditAction.CREATE, 'Priya Raman'],
    ]);
    expect(changesOf(initiative.history[1])).toEqual({ endDate: ['2027-03-31', '2027-04-21'] });
  });

  it('drift counts from the first end date it was given, and is null without an end date', async () => {
    const undated = await make().initiative({ title: 'Undated' });
    await move(editor, undated.id, '2027-06-30');
    await move(editor, undated.id, '2027-06-20');
    const never = await make().initiative({ title: 'Never dated' });

    expect((await okAs<AnswerData>(t, viewer, HISTORY, { id: undated.id })).initiative.endDateDriftDays).toBe(-10);
    expect((await okAs<AnswerData>(t, viewer, HISTORY, { id: never.id })).initiative).toMatchObject({
      endDateDriftDays: null,
      history: [{ action: AuditAction.CREATE, actor: { kind: ActorKind.SYSTEM, name: 'System', user: null } }],
    });
  });

  it("a baseline keeps every initiative's dates; slipDays is the current end minus the baseline end", async () => {
    const planned = await make().initiative({ startDate: '2027-02-01', endDate: '2027-04-30' });
    const undated = await make().initiative();
    const { count } = (await t.dataSource.query(`SELECT count(*)::int AS count FROM initiative`))[0];

    const { createBaseline } = await okAs<AnswerData>(t, editor, CREATE_BASELINE, { name: '  FY2027-Q1 plan as agreed ' });
    await move(editor, planned.id, '2027-05-14');
    const later = await make().initiative({ endDate: '2027-09-30' });

    expect(createBaseline).toMatchObject({ name: 'FY2027-Q1 plan as agreed', initiativeCount: count, createdBy: { id: editor.user.id } });
    const against = async (id: string) =>
      (await okAs<AnswerData>(t, viewer, AGAINST, { id, baseline: createBaseline.id })).initiative.baseline;
    expect(await against(planned.id)).toEqual({ startDate: '2027-02-01', endDate: '2027-04-30', slipDays: 14 });
    expect(await against(undated.id)).toEqual({ startDate: null, endDate: null, slipDays: null });
    expect(await against(later.id)).toBeNull();
    const { baselines } = await okAs<AnswerData>(t, viewer, `{ baselines { id name initiativeCount } }`);
    expect(baselines).toContainEqual({ id: createBaseline.id, name: 'FY2027-Q1 plan as agreed', initiativeCount: count });
  });

  it('editors save and delete baselines, viewers only read them; both are in the trail', async () => {
    expectError(await gqlAs(t, viewer, CREATE_BASELINE, { name: 'Not mine' }), 'FORBIDDEN');
    expectError(await gqlAs(t, editor, CREATE_BASELINE, { name: '   ' }), 'BAD_USER_INPUT', 'name');
    const { createBaseline } = await okAs<AnswerData>(t, editor, CREATE_BASELINE, { name: 'Short-lived' });

    expectError(await gqlAs(t, viewer, DELETE_BASELINE, { id: createBaseline.id }), 'FORBIDDEN');
    expect(await okAs(t, editor, DELETE_BASELINE, { id: createBaseline.id })).toEqual({ deleteBaseline: true });
    expectError(await gqlAs(t, editor, DELETE_BASELINE, { id: createBaseline.id }), 'NOT_FOUND', 'id');

    const admin = await signedIn(t, Role.ADMIN);
    const { auditEvents } = await okAs<AnswerData>(t, admin, `query ($f: AuditFilter) { auditEvents(filter: $f) { items { action } } }`, {
      f: { entityType: 'Baseline', entityId: createBaseline.id },
    });
    expect(auditEvents.items).toEqual([{ action: AuditAction.DELETE }, { action: AuditAction.CREATE }]);
  });
});
