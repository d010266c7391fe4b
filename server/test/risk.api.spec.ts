import { Factories, factories } from './factories';
import { apiFactories, ApiFactories, CREATE_RISK, expectError, LIST_RISKS, MISSING_ID, Row, UPDATE_RISK } from './graphql-helpers';
import { useTestApp } from './test-app';

describe('risks API', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  const risks = async (filter?: Record<string, unknown>) => (await sut.ok(LIST_RISKS, { filter })).risks as Row[];
  const getRisk = async (risk: Row) => {
    const query = `query ($filter: RiskFilter) { risks(filter: $filter) { id title description likelihood impact severity status owner mitigation version initiative { id } goal { id } } }`;
    const { risks: found } = await sut.ok(query, { filter: { goalId: risk.goal.id } });
    return found.find((r: Row) => r.id === risk.id);
  };
  const riskCount = async () => (await risks()).length;

  describe('createRisk', () => {
    it('creates a risk with every field, trimming text, with severity = likelihood × impact', async () => {
      const goal = await api.goal();
      const initiative = await make.initiative();
      const input = {
        title: '  Vendor slips  ',
        description: 'Details',
        likelihood: 4,
        impact: 5,
        status: 'MITIGATING',
        owner: ' Bo ',
        mitigation: 'Second vendor',
        initiativeId: initiative.id,
        goalId: goal.id,
      };
      const { createRisk } = await sut.ok(CREATE_RISK, { input });
      expect(createRisk).toMatchObject({
        title: 'Vendor slips',
        description: 'Details',
        likelihood: 4,
        impact: 5,
        severity: 20,
        status: 'MITIGATING',
      });
      expect(createRisk).toMatchObject({
        owner: 'Bo',
        mitigation: 'Second vendor',
        version: 1,
        initiative: { id: initiative.id },
        goal: { id: goal.id },
      });
      expect(await getRisk(createRisk)).toEqual(createRisk);
    });

    it('defaults the status to OPEN and leaves optional fields null', async () => {
      const risk = await api.risk({ likelihood: 1, impact: 1 });
      expect(risk).toMatchObject({
        status: 'OPEN',
        severity: 1,
        description: null,
        owner: null,
        mitigation: null,
        initiative: null,
        goal: null,
      });
    });

    it.each([
      ['likelihood 0', { likelihood: 0 }, 'input.likelihood'],
      ['likelihood 6', { likelihood: 6 }, 'input.likelihood'],
      ['impact 0', { impact: 0 }, 'input.impact'],
      ['impact 6', { impact: 6 }, 'input.impact'],
      ['a blank title', { title: ' ' }, 'input.title'],
      ['a 1 MB title', { title: 'x'.repeat(1_000_000) }, 'input.title'],
      ['a 1 MB mitigation', { mitigation: 'x'.repeat(1_000_000) }, 'input.mitigation'],
      ['a malformed initiativeId', { initiativeId: 'TL-1' }, 'input.initiativeId'],
      ['a malformed goalId', { goalId: 'g' }, 'input.goalId'],
    ])('rejects %s naming the field, and creates nothing', async (_label, change, field) => {
      const before = await riskCount();
      expectError(await sut.gql(CREATE_RISK, { input: { title: 'R', likelihood: 3, impact: 3, ...change } }), 'BAD_USER_INPUT', field);
      expect(await riskCount()).toBe(before);
    });

    it.each([
      ['a fractional likelihood', { likelihood: 2.5 }],
      ['an unknown status', { status: 'WORRYING' }],
    ])('rejects %s', async (_label, change) => {
      const before = await riskCount();
      const result = await sut.gql(CREATE_RISK, { input: { title: 'R', likelihood: 3, impact: 3, ...change } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await riskCount()).toBe(before);
    });

    it.each([['initiativeId'], ['goalId']])('rejects a %s that does not exist with NOT_FOUND, and creates nothing', async (field) => {
      const before = await riskCount();
      expectError(
        await sut.gql(CREATE_RISK, { input: { title: 'R', likelihood: 3, impact: 3, [field]: MISSING_ID } }),
        'NOT_FOUND',
        `input.${field}`,
      );
      expect(await riskCount()).toBe(before);
    });
  });

  describe('risks', () => {
    it('orders by severity descending, then by title', async () => {
      const goal = await api.goal();
      const b = await api.risk({ goalId: goal.id, title: 'B', likelihood: 2, impact: 3 });
      const top = await api.risk({ goalId: goal.id, title: 'Z', likelihood: 5, impact: 5 });
      const a = await api.risk({ goalId: goal.id, title: 'A', likelihood: 3, impact: 2 });
      expect((await risks({ goalId: goal.id })).map((r) => r.id)).toEqual([top.id, a.id, b.id]);
      const all = (await risks()).map((r) => r.id).filter((id) => [a.id, b.id, top.id].includes(id));
      expect(all).toEqual([top.id, a.id, b.id]);
    });

    it('filters by initiative, goal, statuses and minimum severity together', async () => {
      const [goal, initiative] = [await api.goal(), await make.initiative()];
      const onBoth = await api.risk({ goalId: goal.id, initiativeId: initiative.id, likelihood: 4, impact: 4 });
      const onGoal = await api.risk({ goalId: goal.id, likelihood: 1, impact: 2, status: 'CLOSED' });
      const onInitiative = await api.risk({ initiativeId: initiative.id, likelihood: 3, impact: 3, status: 'ACCEPTED' });
      const ids = async (filter: Record<string, unknown>) => (await risks(filter)).map((r) => r.id);

      expect(await ids({ goalId: goal.id })).toEqual([onBoth.id, onGoal.id]);
      expect(await ids({ initiativeId: initiative.id })).toEqual([onBoth.id, onInitiative.id]);
      expect(await ids({ initiativeId: initiative.id, goalId: goal.id })).toEqual([onBoth.id]);
      expect(await ids({ goalId: goal.id, statuses: ['CLOSED', 'ACCEPTED'] })).toEqual([onGoal.id]);
      expect(await ids({ goalId: goal.id, statuses: [] })).toEqual([]);
      expect(await ids({ initiativeId: initiative.id, minSeverity: 10 })).toEqual([onBoth.id]);
      expect(await ids({ initiativeId: initiative.id, minSeverity: 9 })).toEqual([onBoth.id, onInitiative.id]);
      expect(await ids({ goalId: MISSING_ID })).toEqual([]);
    });

    it.each([
      ['minSeverity 0', { minSeverity: 0 }, 'filter.minSeverity'],
      ['minSeverity 26', { minSeverity: 26 }, 'filter.minSeverity'],
      ['a malformed goalId', { goalId: 'x' }, 'filter.goalId'],
      ['a malformed initiativeId', { initiativeId: 'x' }, 'filter.initiativeId'],
    ])('rejects %s naming the field', async (_label, filter, field) => {
      expectError(await sut.gql(LIST_RISKS, { filter }), 'BAD_USER_INPUT', field);
    });

    it('rejects an unknown status', async () => {
      const result = await sut.gql(LIST_RISKS, { filter: { statuses: ['SCARY'] } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateRisk', () => {
    const riskOnGoal = async (input: Record<string, unknown> = {}) => api.risk({ goalId: (await api.goal()).id, ...input });

    it('changes the given fields and the severity, keeps omitted ones, clears explicit nulls', async () => {
      const risk = await riskOnGoal({ description: 'D', owner: 'O', mitigation: 'M' });
      const input = { id: risk.id, version: 1, title: ' New ', impact: 5, status: 'ACCEPTED', owner: null, mitigation: null };
      const { updateRisk } = await sut.ok(UPDATE_RISK, { input });
      expect(updateRisk).toMatchObject({ title: 'New', description: 'D', likelihood: 2, impact: 5, severity: 10, status: 'ACCEPTED' });
      expect(updateRisk).toMatchObject({ owner: null, mitigation: null, goal: risk.goal, version: 2 });
      expect(await getRisk(risk)).toEqual(updateRisk);
    });

    it('moves a risk to another initiative and detaches it from its goal', async () => {
      const risk = await riskOnGoal();
      const initiative = await make.initiative();
      const { updateRisk } = await sut.ok(UPDATE_RISK, { input: { id: risk.id, version: 1, initiativeId: initiative.id, goalId: null } });
      expect(updateRisk).toMatchObject({ initiative: { id: initiative.id }, goal: null });
    });

    it.each([
      ['a null title', { title: null }, 'input.title'],
      ['a null likelihood', { likelihood: null }, 'input.likelihood'],
      ['a null status', { status: null }, 'input.status'],
      ['impact 6', { impact: 6 }, 'input.impact'],
      ['a 1 MB description', { description: 'x'.repeat(1_000_000) }, 'input.description'],
    ])('rejects %s naming the field, and changes nothing', async (_label, change, field) => {
      const risk = await riskOnGoal();
      expectError(await sut.gql(UPDATE_RISK, { input: { id: risk.id, version: 1, ...change } }), 'BAD_USER_INPUT', field);
      expect(await getRisk(risk)).toEqual(risk);
    });

    it('rejects unknown ids with NOT_FOUND, and changes nothing', async () => {
      const risk = await riskOnGoal();
      expectError(await sut.gql(UPDATE_RISK, { input: { id: MISSING_ID, version: 1, title: 'X' } }), 'NOT_FOUND', 'input.id');
      expectError(
        await sut.gql(UPDATE_RISK, { input: { id: risk.id, version: 1, title: 'X', initiativeId: MISSING_ID } }),
        'NOT_FOUND',
        'input.initiativeId',
      );
      expectError(await sut.gql(UPDATE_RISK, { input: { id: 'r1', version: 1, title: 'X' } }), 'BAD_USER_INPUT', 'input.id');
      expect(await getRisk(risk)).toEqual(risk);
    });

    it('rejects a stale version with CONFLICT, and lets one of two racing updates win', async () => {
      const risk = await riskOnGoal();
      const results = await Promise.all([4, 5].map((impact) => sut.gql(UPDATE_RISK, { input: { id: risk.id, version: 1, impact } })));
      const winner = results.find((r) => !r.errors);
      expectError(
        results.find((r) => r.errors)!,
        'CONFLICT',
      );
      expect(await getRisk(risk)).toEqual(winner!.data!.updateRisk);
      expectError(await sut.gql(UPDATE_RISK, { input: { id: risk.id, version: 1, impact: 1 } }), 'CONFLICT');
      expect(await getRisk(risk)).toEqual(winner!.data!.updateRisk);
    });
  });
});
