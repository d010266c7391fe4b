import { ActorKind, AuditAction, Role } from '@throughline/shared';
import { auditEvents, changesOf } from './audit-helpers';
import { gqlAs, okAs, SignedIn, signedIn } from './callers';
import { factories } from './factories';
import { CREATE_INITIATIVE, DELETE_INITIATIVE, expectError, UPDATE_INITIATIVE } from './graphql-helpers';
import { AnswerData, useTestApp } from './test-app';

const ADD_DEPENDENCY = `mutation ($a: ID!, $b: ID!) { addDependency(initiativeId: $a, dependsOnId: $b) { id } }`;
const REMOVE_DEPENDENCY = `mutation ($a: ID!, $b: ID!) { removeDependency(initiativeId: $a, dependsOnId: $b) { id } }`;

describe('audit trail: initiatives and dependencies', () => {
  const t = useTestApp();
  const make = () => factories(t.dataSource);
  let admin: SignedIn;
  let editor: SignedIn;

  beforeAll(async () => {
    admin = await signedIn(t, Role.ADMIN);
    editor = await signedIn(t, Role.EDITOR, 'Priya Raman');
  });

  const eventsOf = (entityId: string) => auditEvents(t, admin, { entityId });
  const byEditor = (id: string) => auditEvents(t, admin, { entityId: id, actorUserId: editor.user.id });

  it('creating an initiative is one CREATE event naming the user and the request, with each field it was given', async () => {
    const [lead, other] = [await make().team(), await make().team()];
    const input = { title: 'Cache everything', startDate: '2027-01-04', endDate: '2027-06-30', leadTeamId: lead.id, teamIds: [other.id] };

    const { createInitiative } = await okAs<AnswerData>(t, editor, CREATE_INITIATIVE, { input });

    const events = await eventsOf(createInitiative.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: AuditAction.CREATE,
      entityType: 'Initiative',
      actor: { kind: ActorKind.USER, name: 'Priya Raman', user: { id: editor.user.id } },
    });
    expect(events[0].requestId).toBeTruthy();
    expect(changesOf(events[0])).toEqual({
      key: [undefined, createInitiative.key],
      title: [undefined, 'Cache everything'],
      status: [undefined, 'PROPOSED'],
      health: [undefined, 'ON_TRACK'],
      startDate: [undefined, '2027-01-04'],
      endDate: [undefined, '2027-06-30'],
      leadTeamId: [undefined, lead.id],
      teamIds: [undefined, [lead.id, other.id].sort()],
    });
  });

  it('an update is one UPDATE event with the before and after of exactly the fields that changed, link sets included', async () => {
    const [a, b] = [await make().team(), await make().team()];
    const goal = await make().goal();
    const initiative = await make().initiative({ title: 'Same', endDate: '2027-03-31', teamIds: [a.id] });

    await okAs(t, editor, UPDATE_INITIATIVE, {
      input: { id: initiative.id, version: initiative.version, title: 'Same', endDate: '2027-04-30', teamIds: [b.id], goalIds: [goal.id] },
    });

    const events = await byEditor(initiative.id);
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe(AuditAction.UPDATE);
    expect(changesOf(events[0])).toEqual({
      endDate: ['2027-03-31', '2027-04-30'],
      teamIds: [[a.id], [b.id]],
      goalIds: [[], [goal.id]],
    });
  });

  it('an update that changes nothing writes no event', async () => {
    const initiative = await make().initiative({ title: 'Unchanged', endDate: '2027-03-31' });

    await okAs(t, editor, UPDATE_INITIATIVE, {
      input: { id: initiative.id, version: initiative.version, title: 'Unchanged', endDate: '2027-03-31' },
    });

    expect(await byEditor(initiative.id)).toEqual([]);
  });

  it('a rejected change writes no event: bad input, a stale version, a dependency cycle', async () => {
    const [a, b] = [await make().initiative({ startDate: '2027-02-01' }), await make().initiative()];
    await make().dependency(a.id, b.id);
    const [newest] = await auditEvents(t, admin, {});

    const bad = await gqlAs(t, editor, UPDATE_INITIATIVE, { input: { id: a.id, version: a.version, endDate: '2027-01-01' } });
    const stale = await gqlAs(t, editor, UPDATE_INITIATIVE, { input: { id: a.id, version: a.version + 5, title: 'Late' } });
    const cycle = await gqlAs(t, editor, ADD_DEPENDENCY, { a: b.id, b: a.id });

    expectError(bad, 'BAD_USER_INPUT', 'input.endDate');
    expectError(stale, 'CONFLICT');
    expectError(cycle, 'DEPENDENCY_CYCLE');
    expect((await auditEvents(t, admin, {}))[0]).toEqual(newest);
  });

  it('a dependency is an entity of its own: added and removed, each one event', async () => {
    const [a, b] = [await make().initiative(), await make().initiative()];

    await okAs(t, editor, ADD_DEPENDENCY, { a: a.id, b: b.id });
    await okAs(t, editor, ADD_DEPENDENCY, { a: a.id, b: b.id });
    await okAs(t, editor, REMOVE_DEPENDENCY, { a: a.id, b: b.id });
    await okAs(t, editor, REMOVE_DEPENDENCY, { a: a.id, b: b.id });

    const events = await auditEvents(t, admin, { entityType: 'Dependency', entityId: `${a.id}:${b.id}` });
    expect(events.map((event) => event.action)).toEqual([AuditAction.DELETE, AuditAction.CREATE]);
    expect(changesOf(events[1])).toEqual({ dependentId: [undefined, a.id], blockerId: [undefined, b.id], origin: [undefined, 'MANUAL'] });
    expect(changesOf(events[0])).toEqual({ dependentId: [a.id, undefined], blockerId: [b.id, undefined], origin: ['MANUAL', undefined] });
  });

  it('deleting an initiative is its DELETE event, plus one for each dependency and risk that went with it', async () => {
    const [a, b] = [await make().initiative({ title: 'Doomed', endDate: '2027-05-31' }), await make().initiative()];
    await make().dependency(a.id, b.id);
    const risk = await make().risk({ initiativeId: a.id, title: 'Vendor' });

    await okAs(t, editor, DELETE_INITIATIVE, { id: a.id });

    const [deleted] = await byEditor(a.id);
    expect(deleted.action).toBe(AuditAction.DELETE);
    expect(changesOf(deleted)).toMatchObject({ title: ['Doomed', undefined], endDate: ['2027-05-31', undefined] });
    const dependency = await auditEvents(t, admin, { entityId: `${a.id}:${b.id}`, actorUserId: editor.user.id });
    expect(dependency.map((event) => event.action)).toEqual([AuditAction.DELETE]);
    const risks = await auditEvents(t, admin, { entityId: risk.id, actorUserId: editor.user.id });
    expect(risks.map((event) => [event.action, changesOf(event).title])).toEqual([[AuditAction.DELETE, ['Vendor', undefined]]]);
  });

  it("of two updates racing with one version, the winner's event is there and the loser's is not", async () => {
    for (let round = 0; round < 3; round++) {
      const initiative = await make().initiative({ endDate: '2027-03-31' });
      const update = (endDate: string) =>
        gqlAs<AnswerData>(t, editor, UPDATE_INITIATIVE, { input: { id: initiative.id, version: initiative.version, endDate } });

      const answers = await Promise.all([update('2027-04-30'), update('2027-05-31')]);

      const winners = answers.filter((answer) => !answer.errors);
      expect(winners).toHaveLength(1);
      expectError(
        answers.find((answer) => answer.errors)!,
        'CONFLICT',
      );
      const events = await byEditor(initiative.id);
      expect(events).toHaveLength(1);
      expect(changesOf(events[0]).endDate).toEqual(['2027-03-31', winners[0].data!.updateInitiative.endDate]);
    }
  });
});
