import { factories } from './initiative-factories';
import { startTestApp, TestApp } from './test-app';

describe('initiatives API: the initiatives query', () => {
  let sut: TestApp;
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
  });

  afterAll(() => sut.close());

  const LIST = `query ($filter: InitiativeFilter, $skip: Int, $take: Int) {
    initiatives(filter: $filter, skip: $skip, take: $take) { totalCount items { key title startDate } } }`;

  async function list(filter: Record<string, unknown>, paging: { skip?: number; take?: number } = {}) {
    return (await sut.ok(LIST, { filter, ...paging })).initiatives as { totalCount: number; items: Array<{ key: string; title: string }> };
  }

  const titles = (page: { items: Array<{ title: string }> }) => page.items.map((item) => item.title);

  it('orders by start date (undated last), then by key number', async () => {
    await make.initiative({ title: 'order undated' });
    await make.initiative({ title: 'order late', startDate: '2027-09-01' });
    await make.initiative({ title: 'order early', startDate: '2027-01-01' });
    const page = await list({ search: 'order ' });
    expect(titles(page)).toEqual(['order early', 'order late', 'order undated']);

    // Jump the key sequence to just below a power of ten, so that text order would differ.
    await sut.dataSource.query(`SELECT setval('initiative_key_seq', (last_value / 100 + 1) * 100 - 5) FROM initiative_key_seq`);
    const undated = [];
    for (let i = 0; i < 11; i++) undated.push((await make.initiative({ title: `numbered ${i}` })).key);
    expect((await list({ search: 'numbered' })).items.map((item) => item.key)).toEqual(undated);
  });

  it('pages with skip and take, counting every match', async () => {
    for (let i = 0; i < 5; i++) await make.initiative({ title: `paged ${i}`, startDate: `2027-01-0${i + 1}` });
    const page = await list({ search: 'paged' }, { skip: 1, take: 2 });
    expect(page).toEqual({
      totalCount: 5,
      items: [expect.objectContaining({ title: 'paged 1' }), expect.objectContaining({ title: 'paged 2' })],
    });
    expect(await list({ search: 'paged' }, { skip: 10, take: 2 })).toEqual({ totalCount: 5, items: [] });
    expect(titles(await list({ search: 'paged' }, { take: 500 }))).toHaveLength(5);
    const defaults = (await sut.ok(LIST, { filter: { search: 'paged' }, skip: null, take: null })).initiatives;
    expect(defaults.items).toHaveLength(5);
  });

  it('filters by team, lead or contributing', async () => {
    const [lead, contributor, other] = [await make.team(), await make.team(), await make.team()];
    await make.initiative({ title: 'team led', leadTeamId: lead });
    await make.initiative({ title: 'team helped', teamIds: [contributor] });
    await make.initiative({ title: 'team other', teamIds: [other] });
    expect(titles(await list({ teamIds: [lead, contributor] })).sort()).toEqual(['team helped', 'team led']);
    expect(titles(await list({ teamIds: [lead] }))).toEqual(['team led']);
  });

  it('filters by goal and status, all criteria together', async () => {
    const [goal, other] = [await make.goal(), await make.goal()];
    await make.initiative({ title: 'goal planned', goalIds: [goal], status: 'PLANNED' });
    await make.initiative({ title: 'goal done', goalIds: [goal, other], status: 'DONE' });
    await make.initiative({ title: 'goal none', status: 'PLANNED' });
    expect(titles(await list({ goalIds: [goal] })).sort()).toEqual(['goal done', 'goal planned']);
    expect(titles(await list({ goalIds: [goal], statuses: ['PLANNED'] }))).toEqual(['goal planned']);
    expect(titles(await list({ goalIds: [other], statuses: ['PLANNED', 'IN_PROGRESS'] }))).toEqual([]);
    expect(titles(await list({ search: 'goal ', statuses: ['PLANNED'] })).sort()).toEqual(['goal none', 'goal planned']);
  });

  it('searches key and title case-insensitively, with wildcards taken literally', async () => {
    const plain = await make.initiative({ title: 'Search Ledger Migration' });
    await make.initiative({ title: 'search 100% done' });
    await make.initiative({ title: 'search 1000 done' });
    await make.initiative({ title: 'search a_b' });
    await make.initiative({ title: 'search axb' });
    expect(titles(await list({ search: 'ledger MIGRATION' }))).toEqual(['Search Ledger Migration']);
    expect(titles(await list({ search: '100%' }))).toEqual(['search 100% done']);
    expect(titles(await list({ search: 'a_b' }))).toEqual(['search a_b']);
    expect(titles(await list({ search: plain.key.toLowerCase() }))).toContain('Search Ledger Migration');
  });

  it('treats an empty filter and empty lists as no filter', async () => {
    const everything = await list({});
    expect(everything.totalCount).toBeGreaterThan(0);
    expect((await list({ teamIds: [], goalIds: [], statuses: [], search: ' ' })).totalCount).toBe(everything.totalCount);
    expect((await sut.ok(`{ initiatives { totalCount } }`)).initiatives.totalCount).toBe(everything.totalCount);
  });

  it('resolves every relation of every item of a page', async () => {
    const [team, goal, metric] = [await make.team(), await make.goal('Relations goal'), await make.metric('Relations metric')];
    const blocker = await make.initiative({ title: 'relations blocker' });
    const dependent = await make.initiative({ title: 'relations dependent', leadTeamId: team, goalIds: [goal], metricIds: [metric] });
    await sut.ok(`mutation ($a: ID!, $b: ID!) { addDependency(initiativeId: $a, dependsOnId: $b) { id } }`, {
      a: dependent.id,
      b: blocker.id,
    });
    await make.risk(dependent.id);
    const { initiatives } = await sut.ok(`query { initiatives(filter: { search: "relations" }) { items {
      title leadTeam { id } teams { id } goals { title } metrics { name } dependsOn { title } dependents { title } risks { severity } } } }`);
    expect(initiatives.items).toEqual([
      {
        title: 'relations blocker',
        leadTeam: null,
        teams: [],
        goals: [],
        metrics: [],
        dependsOn: [],
        dependents: [{ title: 'relations dependent' }],
        risks: [],
      },
      {
        title: 'relations dependent',
        leadTeam: { id: team },
        teams: [{ id: team }],
        goals: [{ title: 'Relations goal' }],
        metrics: [{ name: 'Relations metric' }],
        dependsOn: [{ title: 'relations blocker' }],
        dependents: [],
        risks: [{ severity: 6 }],
      },
    ]);
  });

  it.each([
    ['take 0', { take: 0 }, 'take'],
    ['take 501', { take: 501 }, 'take'],
    ['a negative skip', { skip: -1 }, 'skip'],
    ['a malformed team id', { filter: { teamIds: ['x'] } }, 'filter.teamIds[0]'],
    ['a malformed goal id', { filter: { goalIds: ['00000000-0000-4000-8000-000000000000', 'x'] } }, 'filter.goalIds[1]'],
    ['a 1 MB search', { filter: { search: 'x'.repeat(1_000_000) } }, 'filter.search'],
  ])('rejects %s naming it', async (_label, variables, field) => {
    const result = await sut.gql(LIST, variables);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toContain(field);
  });

  it('rejects an unknown status', async () => {
    const result = await sut.gql(LIST, { filter: { statuses: ['LATER'] } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('LATER');
  });
});
