import { apiFactories, ApiFactories, DELETE_INITIATIVE, Initiative } from './graphql-helpers';
import { useTestApp } from './test-app';

describe('dependencies API', () => {
  const sut = useTestApp();
  let api: ApiFactories;

  beforeAll(() => {
    api = apiFactories(sut);
  });

  const FIELDS = `id key version dependsOn { key } dependents { key }`;
  const ADD = `mutation ($a: ID!, $b: ID!) { addDependency(initiativeId: $a, dependsOnId: $b) { ${FIELDS} } }`;
  const REMOVE = `mutation ($a: ID!, $b: ID!) { removeDependency(initiativeId: $a, dependsOnId: $b) { ${FIELDS} } }`;

  const add = (dependent: Initiative, blocker: Initiative) => sut.gql(ADD, { a: dependent.id, b: blocker.id });
  const edges = async () => Number((await sut.dataSource.query(`SELECT count(*) AS n FROM dependency`))[0].n);
  const chain = async (length: number) => {
    const items: Initiative[] = [];
    for (let i = 0; i < length; i++) items.push(await api.initiative());
    for (let i = 0; i + 1 < length; i++) await sut.ok(ADD, { a: items[i].id, b: items[i + 1].id });
    return items;
  };

  it('makes one initiative wait for another, seen from both sides', async () => {
    const [dependent, blocker] = [await api.initiative(), await api.initiative()];
    const { addDependency } = await sut.ok(ADD, { a: dependent.id, b: blocker.id });
    expect(addDependency).toMatchObject({ id: dependent.id, version: 1, dependsOn: [{ key: blocker.key }], dependents: [] });
    expect((await api.getInitiative(blocker.id))!.dependents).toEqual([{ id: dependent.id }]);
  });

  it('lists several blockers by start date, then key', async () => {
    const dependent = await api.initiative();
    const late = await api.initiative({ startDate: '2027-06-01' });
    const early = await api.initiative({ startDate: '2027-02-01' });
    const undated = await api.initiative();
    for (const blocker of [undated, late, early]) await sut.ok(ADD, { a: dependent.id, b: blocker.id });
    const { initiative } = await sut.ok(`query ($id: ID!) { initiative(id: $id) { dependsOn { key } } }`, { id: dependent.id });
    expect(initiative.dependsOn.map((i: { key: string }) => i.key)).toEqual([early.key, late.key, undated.key]);
  });

  it('adds an existing dependency again without change', async () => {
    const [dependent, blocker] = [await api.initiative(), await api.initiative()];
    await sut.ok(ADD, { a: dependent.id, b: blocker.id });
    const before = await edges();
    const { addDependency } = await sut.ok(ADD, { a: dependent.id, b: blocker.id });
    expect(addDependency.dependsOn).toEqual([{ key: blocker.key }]);
    expect(await edges()).toBe(before);
  });

  it('refuses the edge back of a dependency, naming the cycle, and adds nothing', async () => {
    const [a, b] = await chain(2);
    const before = await edges();
    const result = await add(b, a);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'DEPENDENCY_CYCLE', field: 'dependsOnId', cycle: [b.key, a.key, b.key] });
    expect(result.errors?.[0].message).toContain(`${b.key} → ${a.key} → ${b.key}`);
    expect(await edges()).toBe(before);
    expect((await api.getInitiative(a.id))!.dependents).toEqual([]);
  });

  it('refuses to close a long cycle and names the whole of it', async () => {
    const [a, b, c, d] = await chain(4);
    const result = await add(d, a);
    expect(result.errors?.[0].extensions?.code).toBe('DEPENDENCY_CYCLE');
    expect(result.errors?.[0].message).toContain([d, a, b, c, d].map((i) => i.key).join(' → '));
  });

  it('allows what looks like a cycle but is not one (a diamond, a shortcut)', async () => {
    const [a, , c] = await chain(3);
    const side = await api.initiative();
    await sut.ok(ADD, { a: a.id, b: c.id });
    await sut.ok(ADD, { a: a.id, b: side.id });
    await sut.ok(ADD, { a: side.id, b: c.id });
    expect((await api.getInitiative(c.id))!.dependents).toHaveLength(3);
  });

  it('lets exactly one of two racing additions that together form a cycle succeed', async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await api.initiative(), await api.initiative()];
      const results = await Promise.all([add(a, b), add(b, a)]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['DEPENDENCY_CYCLE']);
      const stored = await sut.dataSource.query(`SELECT 1 FROM dependency WHERE dependent_id IN ($1, $2)`, [a.id, b.id]);
      expect(stored).toHaveLength(1);
    }
  });

  it('lets exactly one of racing additions closing a long cycle succeed', async () => {
    const [a, b, c] = [await api.initiative(), await api.initiative(), await api.initiative()];
    const results = await Promise.all([add(a, b), add(b, c), add(c, a)]);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'DEPENDENCY_CYCLE')).toHaveLength(1);
    expect(results.filter((result) => !result.errors)).toHaveLength(2);
  });

  it('removes a dependency, and removing one that is not there is no error', async () => {
    const [dependent, blocker] = await chain(2);
    const { removeDependency } = await sut.ok(REMOVE, { a: dependent.id, b: blocker.id });
    expect(removeDependency).toMatchObject({ id: dependent.id, dependsOn: [] });
    expect((await api.getInitiative(blocker.id))!.dependents).toEqual([]);
    expect((await sut.ok(REMOVE, { a: dependent.id, b: blocker.id })).removeDependency.dependsOn).toEqual([]);
    // With the edge gone, the reverse one no longer closes a cycle.
    expect((await sut.ok(ADD, { a: blocker.id, b: dependent.id })).addDependency.dependsOn).toEqual([{ key: dependent.key }]);
  });

  describe.each([
    ['addDependency', ADD],
    ['removeDependency', REMOVE],
  ])('%s rejects', (_name, mutation) => {
    const unknownId = '00000000-0000-4000-8000-0000000000ff';

    it('an unknown initiative or blocker as NOT_FOUND naming the argument', async () => {
      const known = await api.initiative();
      const before = await edges();
      for (const [variables, field] of [
        [{ a: unknownId, b: known.id }, 'initiativeId'],
        [{ a: known.id, b: unknownId }, 'dependsOnId'],
      ] as const) {
        const result = await sut.gql(mutation, variables);
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field });
        expect(result.errors?.[0].message).toContain(unknownId);
      }
      expect(await edges()).toBe(before);
    });

    it('a malformed id as BAD_USER_INPUT naming the argument', async () => {
      const known = await api.initiative();
      const result = await sut.gql(mutation, { a: known.id, b: 'TL-1' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dependsOnId' });
    });
  });

  it('refuses a dependency on itself as BAD_USER_INPUT', async () => {
    const initiative = await api.initiative();
    const result = await add(initiative, initiative);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dependsOnId' });
    expect((await api.getInitiative(initiative.id))!.dependsOn).toEqual([]);
  });

  it('drops the dependencies of a deleted initiative on both sides', async () => {
    const [a, b, c] = await chain(3);
    await sut.ok(DELETE_INITIATIVE, { id: b.id });
    expect((await api.getInitiative(a.id))!.dependsOn).toEqual([]);
    expect((await api.getInitiative(c.id))!.dependents).toEqual([]);
    expect(await sut.dataSource.query(`SELECT 1 FROM dependency WHERE $1 IN (dependent_id, blocker_id)`, [b.id])).toEqual([]);
  });
});
