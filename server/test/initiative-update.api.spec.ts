import { Factories, factories } from './factories';
import { apiFactories, ApiFactories, ids, UPDATE_INITIATIVE } from './graphql-helpers';
import { useTestApp } from './test-app';

describe('initiatives API: updateInitiative', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  const update = (input: Record<string, unknown>) => sut.gql(UPDATE_INITIATIVE, { input });

  async function fullInitiative() {
    const [lead, team, goal, metric] = [await make.team(), await make.team(), await make.goal(), await make.metric()];
    return api.initiative({
      description: 'Why',
      status: 'PLANNED',
      startDate: '2027-01-01',
      endDate: '2027-06-30',
      owner: 'Ada',
      effortWeeks: 8,
      leadTeamId: lead.id,
      teamIds: [team.id],
      goalIds: [goal.id],
      metricIds: [metric.id],
    });
  }

  it('changes the given fields, keeps the omitted ones and increases the version', async () => {
    const before = await fullInitiative();
    const { updateInitiative: after } = await sut.ok(UPDATE_INITIATIVE, {
      input: { id: before.id, version: 1, title: ' Renamed ', health: 'OFF_TRACK' },
    });
    expect(after).toEqual({ ...before, title: 'Renamed', health: 'OFF_TRACK', version: 2 });
    expect(await api.getInitiative(before.id)).toEqual(after);
  });

  it('clears nullable fields given as explicit null', async () => {
    const before = await fullInitiative();
    const cleared = { description: null, startDate: null, endDate: null, owner: null, effortWeeks: null, leadTeamId: null };
    const { updateInitiative: after } = await sut.ok(UPDATE_INITIATIVE, { input: { id: before.id, version: 1, ...cleared } });
    expect(after).toMatchObject({ description: null, startDate: null, endDate: null, owner: null, effortWeeks: null, leadTeam: null });
    expect(after).toMatchObject({
      title: before.title,
      status: 'PLANNED',
      teams: before.teams,
      goals: before.goals,
      metrics: before.metrics,
    });
  });

  it('replaces each link set that is given and keeps the others', async () => {
    const before = await fullInitiative();
    const [team, goal] = [await make.team(), await make.goal()];
    const { updateInitiative: after } = await sut.ok(UPDATE_INITIATIVE, {
      input: { id: before.id, version: 1, teamIds: [team.id], goalIds: [goal.id], metricIds: [] },
    });
    expect(ids(after.teams)).toEqual([before.leadTeam.id, team.id].sort());
    expect(ids(after.goals)).toEqual([goal.id]);
    expect(after.metrics).toEqual([]);
    expect(after.version).toBe(2);

    const { updateInitiative: again } = await sut.ok(UPDATE_INITIATIVE, { input: { id: before.id, version: 2, goalIds: null } });
    expect(again.goals).toEqual([]);
    expect(ids(again.teams)).toEqual(ids(after.teams));
  });

  it('adds a new lead team to the teams', async () => {
    const before = await fullInitiative();
    const lead = await make.team();
    const { updateInitiative: after } = await sut.ok(UPDATE_INITIATIVE, { input: { id: before.id, version: 1, leadTeamId: lead.id } });
    expect(after.leadTeam).toEqual({ id: lead.id });
    expect(ids(after.teams)).toEqual([...ids(before.teams), lead.id].sort());
  });

  it('checks the dates as merged with the stored ones', async () => {
    const before = await fullInitiative();
    const result = await update({ id: before.id, version: 1, startDate: '2027-07-01' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
    const ok = await sut.ok(UPDATE_INITIATIVE, { input: { id: before.id, version: 1, startDate: '2027-07-01', endDate: null } });
    expect(ok.updateInitiative).toMatchObject({ startDate: '2027-07-01', endDate: null });
    const early = await update({ id: before.id, version: 2, endDate: '2027-06-30' });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
  });

  describe('rejections change nothing', () => {
    const unknownId = '00000000-0000-4000-8000-00000000000a';
    it.each([
      ['a stale version', { version: 0, title: 'X' }, 'CONFLICT', 'input.version'],
      ['a null title', { title: null }, 'BAD_USER_INPUT', 'input.title'],
      ['a blank title', { title: ' ' }, 'BAD_USER_INPUT', 'input.title'],
      ['a null status', { status: null }, 'BAD_USER_INPUT', 'input.status'],
      ['a null health', { health: null }, 'BAD_USER_INPUT', 'input.health'],
      ['a 1 MB description', { description: 'x'.repeat(1_000_000) }, 'BAD_USER_INPUT', 'input.description'],
      ['a negative effort', { effortWeeks: -0.5 }, 'BAD_USER_INPUT', 'input.effortWeeks'],
      ['an unknown goal among new links', { title: 'X', teamIds: [], goalIds: [unknownId] }, 'NOT_FOUND', 'input.goalIds'],
      ['an unknown metric', { title: 'X', metricIds: [unknownId] }, 'NOT_FOUND', 'input.metricIds'],
      ['an unknown lead team', { title: 'X', leadTeamId: unknownId }, 'NOT_FOUND', 'input.leadTeamId'],
      ['a malformed team id', { teamIds: ['nope'] }, 'BAD_USER_INPUT', 'input.teamIds'],
    ])('%s', async (_label, changes, code, field) => {
      const before = await fullInitiative();
      const result = await update({ id: before.id, version: 1, ...changes });
      expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      expect(result.errors?.[0].message).toContain(field === 'input.version' ? before.id : field);
      expect(await api.getInitiative(before.id)).toEqual(before);
    });

    it('an unknown or malformed id', async () => {
      const missing = await update({ id: unknownId, version: 1, title: 'X' });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
      const malformed = await update({ id: 'x', version: 1, title: 'X' });
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    });
  });

  it('lets exactly one of two racing updates of the same version win', async () => {
    const before = await fullInitiative();
    const [goalA, goalB] = [await make.goal(), await make.goal()];
    const results = await Promise.all([
      update({ id: before.id, version: 1, title: 'A', goalIds: [goalA.id] }),
      update({ id: before.id, version: 1, title: 'B', goalIds: [goalB.id] }),
    ]);

    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((result) => result.errors?.[0].extensions?.code)).toEqual(['CONFLICT']);
    const stored = await api.getInitiative(before.id);
    expect(stored).toEqual(winners[0].data!.updateInitiative);
    expect(stored!.version).toBe(2);
    expect(ids(stored!.goals)).toEqual([stored!.title === 'A' ? goalA.id : goalB.id]);
  });

  it('accepts successive updates each carrying the version it got back', async () => {
    const before = await api.initiative();
    let version = before.version;
    for (const title of ['one', 'two', 'three']) {
      version = (await sut.ok(UPDATE_INITIATIVE, { input: { id: before.id, version, title } })).updateInitiative.version;
    }
    expect(await api.getInitiative(before.id)).toMatchObject({ title: 'three', version: 4 });
  });
});
