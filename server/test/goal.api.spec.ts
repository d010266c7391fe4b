import { Factories, factories } from './factories';
import { apiFactories, ApiFactories, CREATE_GOAL, expectError, GET_GOAL, MISSING_ID, UPDATE_GOAL } from './graphql-helpers';
import { useTestApp } from './test-app';

describe('goals API', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  const getGoal = async (id: string) => (await sut.ok(GET_GOAL, { id })).goal;
  const goalCount = async () => (await sut.ok(`{ goals { id } }`)).goals.length;

  describe('createGoal and goal', () => {
    it('creates a goal with every field, trimming the title', async () => {
      const parent = await api.goal();
      const input = {
        title: '  Reduce churn  ',
        description: 'Why',
        owner: 'Ana',
        parentId: parent.id,
        startDate: '2027-01-01',
        targetDate: '2027-06-30',
      };
      const { createGoal } = await sut.ok(CREATE_GOAL, { input });
      const { parentId: _, ...fields } = input;
      expect(createGoal).toMatchObject({
        ...fields,
        title: 'Reduce churn',
        parent: { id: parent.id },
        children: [],
        version: 1,
        progress: null,
      });
      expect(await getGoal(createGoal.id)).toEqual(createGoal);
      expect((await getGoal(parent.id)).children).toEqual([{ id: createGoal.id }]);
    });

    it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(await getGoal(MISSING_ID)).toBeNull();
      expectError(await sut.gql(GET_GOAL, { id: 'not-a-uuid' }), 'BAD_USER_INPUT', 'id');
    });

    it.each([
      ['a blank title', { title: '   ' }, 'input.title'],
      ['a 1 MB title', { title: 'x'.repeat(1_000_000) }, 'input.title'],
      ['a 1 MB description', { title: 'T', description: 'x'.repeat(1_000_000) }, 'input.description'],
      ['a too long owner', { title: 'T', owner: 'x'.repeat(201) }, 'input.owner'],
      ['a malformed parentId', { title: 'T', parentId: '42' }, 'input.parentId'],
      ['a targetDate before startDate', { title: 'T', startDate: '2027-05-01', targetDate: '2027-04-30' }, 'input.targetDate'],
    ])('rejects %s naming the field, and creates nothing', async (_label, input, field) => {
      const before = await goalCount();
      expectError(await sut.gql(CREATE_GOAL, { input }), 'BAD_USER_INPUT', field);
      expect(await goalCount()).toBe(before);
    });

    it.each([['2027-02-30'], ['2027-1-5'], ['31/03/2027'], ['2027-03-31T00:00:00Z']])('rejects the malformed date %s', async (date) => {
      const before = await goalCount();
      const result = await sut.gql(CREATE_GOAL, { input: { title: 'Dated', startDate: date } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await goalCount()).toBe(before);
    });

    it('rejects a parentId that does not exist with NOT_FOUND, and creates nothing', async () => {
      const before = await goalCount();
      expectError(await sut.gql(CREATE_GOAL, { input: { title: 'Orphan', parentId: MISSING_ID } }), 'NOT_FOUND', 'input.parentId');
      expect(await goalCount()).toBe(before);
    });
  });

  describe('goals', () => {
    it('lists goals by title; rootOnly leaves out those with a parent', async () => {
      const b = await api.goal({ title: 'zz-list B' });
      const a = await api.goal({ title: 'zz-list A' });
      const child = await api.goal({ title: 'zz-list C', parentId: b.id });
      const mine = (goals: Array<{ id: string }>) => goals.map((g) => g.id).filter((id) => [a.id, b.id, child.id].includes(id));

      expect(mine((await sut.ok(`{ goals { id } }`)).goals)).toEqual([a.id, b.id, child.id]);
      expect(mine((await sut.ok(`{ goals(rootOnly: true) { id parent { id } } }`)).goals)).toEqual([a.id, b.id]);
      expect(mine((await sut.ok(`{ goals(rootOnly: false) { id } }`)).goals)).toEqual([a.id, b.id, child.id]);
    });
  });

  describe('updateGoal', () => {
    it('changes the given fields, keeps omitted ones and bumps the version', async () => {
      const goal = await api.goal({ description: 'Keep me', owner: 'Ana', startDate: '2027-01-01' });
      const { updateGoal } = await sut.ok(UPDATE_GOAL, {
        input: { id: goal.id, version: 1, title: ' Renamed ', targetDate: '2027-12-31' },
      });
      expect(updateGoal).toMatchObject({
        title: 'Renamed',
        description: 'Keep me',
        owner: 'Ana',
        startDate: '2027-01-01',
        targetDate: '2027-12-31',
        version: 2,
      });
      expect(await getGoal(goal.id)).toEqual(updateGoal);
    });

    it('clears nullable fields given as explicit null', async () => {
      const parent = await api.goal();
      const goal = await api.goal({
        description: 'D',
        owner: 'O',
        parentId: parent.id,
        startDate: '2027-01-01',
        targetDate: '2027-02-01',
      });
      const input = { id: goal.id, version: 1, description: null, owner: null, parentId: null, startDate: null, targetDate: null };
      const { updateGoal } = await sut.ok(UPDATE_GOAL, { input });
      expect(updateGoal).toMatchObject({
        title: goal.title,
        description: null,
        owner: null,
        parent: null,
        startDate: null,
        targetDate: null,
        version: 2,
      });
      expect((await getGoal(parent.id)).children).toEqual([]);
    });

    it.each([
      ['a null title', { title: null }, 'input.title'],
      ['a blank title', { title: ' ' }, 'input.title'],
      ['a 1 MB description', { description: 'x'.repeat(1_000_000) }, 'input.description'],
      ['a malformed parentId', { parentId: 'abc' }, 'input.parentId'],
      ['a targetDate before the stored startDate', { targetDate: '2026-12-31' }, 'input.targetDate'],
      ['a startDate after the stored targetDate', { startDate: '2028-01-01' }, 'input.startDate'],
    ])('rejects %s naming the field, and changes nothing', async (_label, change, field) => {
      const goal = await api.goal({ startDate: '2027-01-01', targetDate: '2027-12-31' });
      expectError(await sut.gql(UPDATE_GOAL, { input: { id: goal.id, version: 1, ...change } }), 'BAD_USER_INPUT', field);
      expect(await getGoal(goal.id)).toEqual(goal);
    });

    it('rejects an unknown goal with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
      expectError(await sut.gql(UPDATE_GOAL, { input: { id: MISSING_ID, version: 1, title: 'X' } }), 'NOT_FOUND', 'input.id');
      expectError(await sut.gql(UPDATE_GOAL, { input: { id: 'nope', version: 1, title: 'X' } }), 'BAD_USER_INPUT', 'input.id');
    });

    it('rejects a parentId that does not exist with NOT_FOUND, and changes nothing', async () => {
      const goal = await api.goal();
      expectError(
        await sut.gql(UPDATE_GOAL, { input: { id: goal.id, version: 1, title: 'New', parentId: MISSING_ID } }),
        'NOT_FOUND',
        'input.parentId',
      );
      expect(await getGoal(goal.id)).toEqual(goal);
    });

    it('rejects a stale version with CONFLICT, and changes nothing', async () => {
      const goal = await api.goal();
      const { updateGoal: saved } = await sut.ok(UPDATE_GOAL, { input: { id: goal.id, version: 1, title: 'First' } });
      expectError(await sut.gql(UPDATE_GOAL, { input: { id: goal.id, version: 1, title: 'Second' } }), 'CONFLICT');
      expect(await getGoal(goal.id)).toEqual(saved);
    });

    it('lets exactly one of two racing updates with the same version win', async () => {
      const goal = await api.goal();
      const titles = ['Racer 1', 'Racer 2', 'Racer 3', 'Racer 4'];
      const results = await Promise.all(titles.map((title) => sut.gql(UPDATE_GOAL, { input: { id: goal.id, version: 1, title } })));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      for (const loser of results.filter((r) => r.errors)) expectError(loser, 'CONFLICT');
      expect(await getGoal(goal.id)).toMatchObject({ title: winners[0].data!.updateGoal.title, version: 2 });
    });
  });

  describe('the goal tree', () => {
    it('moves a goal under another branch', async () => {
      const [left, right] = [await api.goal(), await api.goal()];
      const leaf = await api.goal({ parentId: left.id });
      await sut.ok(UPDATE_GOAL, { input: { id: leaf.id, version: 1, parentId: right.id } });
      expect((await getGoal(left.id)).children).toEqual([]);
      expect((await getGoal(right.id)).children).toEqual([{ id: leaf.id }]);
    });

    it.each([
      ['itself', 'root'],
      ['its child', 'child'],
      ['its grandchild', 'grandchild'],
    ])('refuses to make a goal the child of %s, and changes nothing', async (_label, which) => {
      const root = await api.goal();
      const child = await api.goal({ parentId: root.id });
      const grandchild = await api.goal({ parentId: child.id });
      const parentId = { root: root.id, child: child.id, grandchild: grandchild.id }[which];
      const before = await getGoal(root.id);
      expectError(
        await sut.gql(UPDATE_GOAL, { input: { id: root.id, version: 1, title: 'Moved', parentId } }),
        'BAD_USER_INPUT',
        'input.parentId',
      );
      expect(await getGoal(root.id)).toEqual(before);
    });

    it('lets only one of two racing moves that together would close a cycle succeed', async () => {
      const [a, b] = [await api.goal(), await api.goal()];
      const results = await Promise.all([
        sut.gql(UPDATE_GOAL, { input: { id: a.id, version: 1, parentId: b.id } }),
        sut.gql(UPDATE_GOAL, { input: { id: b.id, version: 1, parentId: a.id } }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expectError(
        results.find((r) => r.errors)!,
        'BAD_USER_INPUT',
        'input.parentId',
      );
      const parents = [(await getGoal(a.id)).parent, (await getGoal(b.id)).parent];
      expect(parents.filter((p) => p === null)).toHaveLength(1);
    });
  });

  describe('fields', () => {
    it('has progress: the mean of its metrics that have a current value', async () => {
      const goal = await api.goal();
      const decreasing = await api.metric({ goalId: goal.id, direction: 'DECREASE', baseline: 1200, target: 400 });
      const increasing = await api.metric({ goalId: goal.id, direction: 'INCREASE', baseline: 0, target: 10 });
      await api.metric({ goalId: goal.id });
      expect((await getGoal(goal.id)).progress).toBeNull();

      await api.measure(decreasing.id, 800);
      expect((await getGoal(goal.id)).progress).toBe(0.5);
      await api.measure(increasing.id, 10);
      expect((await getGoal(goal.id)).progress).toBe(0.75);
    });

    it('lists its metrics by name, its initiatives by start then key, and its risks by severity', async () => {
      const goal = await api.goal();
      const b = await api.metric({ goalId: goal.id, name: 'B metric' });
      const a = await api.metric({ goalId: goal.id, name: 'A metric' });
      const later = await make.initiative({ startDate: '2027-05-01', goalIds: [goal.id] });
      const undated = await make.initiative({ goalIds: [goal.id] });
      const earlier = await make.initiative({ startDate: '2027-01-01', goalIds: [goal.id] });
      const mild = await api.risk({ goalId: goal.id, likelihood: 1, impact: 2 });
      const severe = await api.risk({ goalId: goal.id, likelihood: 5, impact: 4 });

      const query = `query ($id: ID!) { goal(id: $id) { metrics { id } initiatives { id } risks { id severity } } }`;
      const { goal: found } = await sut.ok(query, { id: goal.id });
      expect(found.metrics).toEqual([{ id: a.id }, { id: b.id }]);
      expect(found.initiatives).toEqual([{ id: earlier.id }, { id: later.id }, { id: undated.id }]);
      expect(found.risks).toEqual([
        { id: severe.id, severity: 20 },
        { id: mild.id, severity: 2 },
      ]);
    });
  });
});
