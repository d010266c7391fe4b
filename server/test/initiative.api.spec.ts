import { Factories, factories } from './factories';
import { apiFactories, ApiFactories, CREATE_INITIATIVE, DELETE_INITIATIVE, GET_INITIATIVE, ids, MISSING_ID } from './graphql-helpers';
import { useTestApp } from './test-app';

describe('initiatives API: create, read, delete', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  const countInitiatives = async () => Number((await sut.dataSource.query(`SELECT count(*) AS n FROM initiative`))[0].n);
  const create = (input: Record<string, unknown>) => sut.gql(CREATE_INITIATIVE, { input });

  it('creates an initiative with a server-assigned key and the defaults', async () => {
    const created = await api.initiative({ title: '  Move billing to the new ledger  ' });
    expect(created).toMatchObject({
      key: expect.stringMatching(/^TL-\d+$/),
      title: 'Move billing to the new ledger',
      description: null,
      status: 'PROPOSED',
      health: 'ON_TRACK',
      startDate: null,
      endDate: null,
      effortWeeks: null,
      externalKey: null,
      version: 1,
      leadTeam: null,
      teams: [],
      goals: [],
      metrics: [],
      dependsOn: [],
      dependents: [],
      risks: [],
    });
  });

  it('numbers keys from the sequence, one after another', async () => {
    const first = await api.initiative();
    const second = await api.initiative();
    expect(Number(second.key.slice(3))).toBe(Number(first.key.slice(3)) + 1);
  });

  it('stores every field and links, the lead team among the teams', async () => {
    const [lead, other] = [await make.team(), await make.team()];
    const [goal, metric] = [await make.goal(), await make.metric()];
    const input = {
      title: 'Checkout v2',
      description: 'All of it',
      status: 'PLANNED',
      health: 'AT_RISK',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
      owner: ' Ada ',
      effortWeeks: 12.5,
      leadTeamId: lead.id,
      teamIds: [other.id, other.id],
      goalIds: [goal.id],
      metricIds: [metric.id],
    };
    const { createInitiative: created } = await sut.ok(CREATE_INITIATIVE, { input });
    const read = await api.getInitiative(created.id);
    expect(read).toEqual(created);
    expect(read).toMatchObject({ description: 'All of it', status: 'PLANNED', health: 'AT_RISK', owner: 'Ada', effortWeeks: 12.5 });
    expect(read).toMatchObject({ startDate: '2027-01-04', endDate: '2027-03-31', leadTeam: { id: lead.id } });
    expect(ids(read!.teams)).toEqual([lead.id, other.id].sort());
    expect(ids(read!.goals)).toEqual([goal.id]);
    expect(ids(read!.metrics)).toEqual([metric.id]);
  });

  it('accepts an end date equal to the start date', async () => {
    const created = await api.initiative({ startDate: '2027-05-01', endDate: '2027-05-01' });
    expect(created.endDate).toBe('2027-05-01');
  });

  it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect(await api.getInitiative(MISSING_ID)).toBeNull();
    const result = await sut.gql(GET_INITIATIVE, { id: 'not-an-id' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('resolves risks through the initiative', async () => {
    const initiative = await api.initiative();
    const risk = await make.risk({ initiativeId: initiative.id });
    expect((await api.getInitiative(initiative.id))!.risks).toEqual([{ id: risk.id }]);
  });

  it('lists its risks most severe first, whatever order they were made in', async () => {
    const initiative = await api.initiative();
    const minor = await make.risk({ initiativeId: initiative.id, likelihood: 2, impact: 2 });
    const major = await make.risk({ initiativeId: initiative.id, likelihood: 3, impact: 5 });
    expect((await api.getInitiative(initiative.id))!.risks).toEqual([{ id: major.id }, { id: minor.id }]);
  });

  describe('rejects invalid input naming the field, and creates nothing', () => {
    const unknownId = '00000000-0000-4000-8000-000000000001';
    it.each([
      ['a blank title', { title: '   ' }, 'input.title'],
      ['a title over the limit', { title: 'x'.repeat(301) }, 'input.title'],
      ['a 1 MB title', { title: 'x'.repeat(1_000_000) }, 'input.title'],
      ['a 1 MB description', { title: 'T', description: 'x'.repeat(1_000_000) }, 'input.description'],
      ['an owner over the limit', { title: 'T', owner: 'x'.repeat(201) }, 'input.owner'],
      ['a negative effort', { title: 'T', effortWeeks: -1 }, 'input.effortWeeks'],
      ['an end before the start', { title: 'T', startDate: '2027-02-01', endDate: '2027-01-31' }, 'input.endDate'],
      ['a malformed lead team id', { title: 'T', leadTeamId: 'abc' }, 'input.leadTeamId'],
      ['a malformed team id', { title: 'T', teamIds: ['abc'] }, 'input.teamIds'],
      ['a malformed goal id', { title: 'T', goalIds: ['abc'] }, 'input.goalIds'],
    ])('%s', async (_label, input, field) => {
      const before = await countInitiatives();
      const result = await create(input);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toContain(field);
      expect(await countInitiatives()).toBe(before);
    });

    it.each([
      ['lead team', 'leadTeamId', unknownId],
      ['team', 'teamIds', [unknownId]],
      ['goal', 'goalIds', [unknownId]],
      ['metric', 'metricIds', [unknownId]],
    ])('an unknown %s is NOT_FOUND', async (_label, key, value) => {
      const before = await countInitiatives();
      const goal = await make.goal();
      // A known goal rides along, to show that nothing of a rejected create is kept.
      const result = await create({ title: 'T', goalIds: [goal.id], [key]: key === 'goalIds' ? [goal.id, unknownId] : value });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: `input.${key}` });
      expect(result.errors?.[0].message).toContain(unknownId);
      expect(await countInitiatives()).toBe(before);
      expect(await sut.dataSource.query(`SELECT 1 FROM initiative_goal WHERE goal_id = $1`, [goal.id])).toEqual([]);
    });

    it.each([
      ['an unknown status', { title: 'T', status: 'SOMEDAY' }, 'SOMEDAY'],
      ['a malformed date', { title: 'T', startDate: '2027-02-30' }, 'Date'],
      ['a date with a time', { title: 'T', endDate: '2027-02-01T00:00:00Z' }, 'Date'],
      ['a missing title', {}, 'title'],
    ])('%s', async (_label, input, mention) => {
      const before = await countInitiatives();
      const result = await create(input);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain(mention);
      expect(await countInitiatives()).toBe(before);
    });
  });

  describe('deleteInitiative', () => {
    it('deletes it with its links, dependencies and risks, leaving what it linked to', async () => {
      const [team, goal, metric] = [await make.team(), await make.goal(), await make.metric()];
      const sut1 = await api.initiative({ leadTeamId: team.id, goalIds: [goal.id], metricIds: [metric.id] });
      const other = await api.initiative();
      await make.dependency(other.id, sut1.id);
      await make.risk({ initiativeId: sut1.id });

      expect(await sut.ok(DELETE_INITIATIVE, { id: sut1.id })).toEqual({ deleteInitiative: true });

      expect(await api.getInitiative(sut1.id)).toBeNull();
      expect((await api.getInitiative(other.id))!.dependsOn).toEqual([]);
      for (const table of ['initiative_team', 'initiative_goal', 'initiative_metric', 'risk']) {
        expect(await sut.dataSource.query(`SELECT 1 FROM ${table} WHERE initiative_id = $1`, [sut1.id])).toEqual([]);
      }
      const remaining = await sut.dataSource.query(
        `SELECT (SELECT count(*) FROM team WHERE id = $1) + (SELECT count(*) FROM goal WHERE id = $2)
        + (SELECT count(*) FROM metric WHERE id = $3) AS n`,
        [team.id, goal.id, metric.id],
      );
      expect(Number(remaining[0].n)).toBe(3);
    });

    it('is NOT_FOUND for an unknown id, also the second time', async () => {
      const initiative = await api.initiative();
      await sut.ok(DELETE_INITIATIVE, { id: initiative.id });
      const result = await sut.gql(DELETE_INITIATIVE, { id: initiative.id });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('rejects a malformed id', async () => {
      const result = await sut.gql(DELETE_INITIATIVE, { id: '42' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });
});
