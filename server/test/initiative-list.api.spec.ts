import { Factories, factories } from './factories';
import { apiFactories, ApiFactories } from './graphql-helpers';
import { useTestApp } from './test-app';

describe('initiatives API: the initiatives query', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  const LIST = `query ($filter: InitiativeFilter, $skip: Int, $take: Int) {
    initiatives(filter: $filter, skip: $skip, take: $take) { totalCount items { key title startDate } } }`;

  async function list(filter: Record<string, unknown>, paging: { skip?: number; take?: number } = {}) {
    return (await sut.ok(LIST, { filter, ...paging })).initiatives as { totalCount: number; items: Array<{ key: string; title: string }> };
  }

  const titles = (page: { items: Array<{ title: string }> }) => page.items.map((item) => item.title);

  it('orders by start date (undated last), then by key number', async () => {
    await api.initiative({ title: 'order undated' });
    await api.initiative({ title: 'order late', startDate: '2027-09-01' });
    await api.initiative({ title: 'order early', startDate: '2027-01-01' });
    const page = await list({ search: 'order ' });
    expect(titles(page)).toEqual(['order early', 'order late', 'order undated']);

    // Jump the key sequence to just below a power of ten, so that text order would differ.
    await sut.dataSource.query(`SELECT setval('initiative_key_seq', (last_value / 100 + 1) * 100 - 5) FROM initiative_key_seq`);
    const undated = [];
    for (let i = 0; i < 11; i++) undated.push((await api.initiative({ title: `numbered ${i}` })).key);
    expect((await list({ search: 'numbered' })).items.map((item) => item.key)).toEqual(undated);
  });

  it('pages with skip and take, counting every match', async () => {
    for (let i = 0; i < 5; i++) await api.initiative({ title: `paged ${i}`, startDate: `2027-01-0${i + 1}` });
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
    await api.initiative({ title: 'team led', leadTeamId: lead.id });
    await api.initiative({ title: 'team helped', teamIds: [contributor.id] });
    await api.initiative({ title: 'team other', teamIds: [other.id] });
    expect(titles(await list({ teamIds: [lead.id, contributor.id] })).sort()).toEqual(['team helped', 'team led']);
    expect(titles(await list({ teamIds: [lead.id] }))).toEqual(['team led']);
  });

  it('filters by goal and status, all criteria together', async () => {
    const [goal, other] = [await make.goal(), await make.goal()];
    await api.initiative({ title: 'goal planned', goalIds: [goal.id], status: 'PLANNED' });
    await api.initiative({ title: 'goal done', goalIds: [goal.id, other.id], status: 'DONE' });
    await api.initiative({ title: 'goal none', status: 'PLANNED' });
    expect(titles(await list({ goalIds: [goal.id] })).sort()).toEqual(['goal done', 'goal planned']);
    expect(titles(await list({ goalIds: [goal.id], statuses: ['PLANNED'] }))).toEqual(['goal planned']);
    expect(titles(await list({ goalIds: [other.id], statuses: ['PLANNED', 'IN_PROGRESS'] }))).toEqual([]);
    expect(titles(await list({ search: 'goal ', statuses: ['PLANNED'] })).sort()).toEqual(['goal none', 'goal planned']);
  });

  it('searches key and title case-insensitively, with wildcards taken literally', async () => {
    const plain = await api.initiative({ title: 'Search Ledger Migration' });
    await api.initiative({ title: 'search 100% done' });
    await api.initiative({ title: 'search 1000 done' });
    await api.initiative({ title: 'search a_b' });
    await api.initiative({ title: 'search axb' });
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
    const team = await make.team();
    const [goal, metric] = [await make.goal({ title: 'Relations goal' }), await make.metric({ name: 'Relations metric' })];
    const blocker = await api.initiative({ title: 'relations blocker' });
    const dependent = await api.initiative({
      title: 'relations dependent',
      leadTeamId: team.id,
      goalIds: [goal.id],
      metricIds: [metric.id],
    });
    await make.dependency(dependent.id, blocker.id);
    await make.risk({ initiativeId: dependent.id });
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
        leadTeam: { id: team.id },
        teams: [{ id: team.id }],
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
