import { fiscalYear, fiscalYearOf, quarterOf, todayIso } from '@throughline/shared';
import { loadConfig } from '../src/config/config';
import { DemoDataLoader, LoadDemoOptions } from '../src/seed/load-demo-data';
import { seedIfEmpty } from '../src/seed/seed';
import { useTestApp } from './test-app';

const DOMAIN_TABLES = [
  'team',
  'goal',
  'metric',
  'measurement',
  'initiative',
  'initiative_team',
  'initiative_goal',
  'initiative_metric',
  'dependency',
  'risk',
];

const GOALS = `{ goals { id title metrics { name unit direction baseline target current progress } } }`;
const FIND = `query ($search: String) { initiatives(filter: { search: $search }) { items { id key } totalCount } }`;
const INITIATIVE = `query ($id: ID!) { initiative(id: $id) {
  key title startDate endDate status
  leadTeam { key name } teams { key }
  goals { title } metrics { name baseline target }
  dependsOn { title startDate endDate leadTeam { key name } }
  risks { title likelihood impact severity mitigation }
} }`;

describe('demo data', () => {
  const sut = useTestApp();
  const loadDemoData = (options: LoadDemoOptions) => sut.app.get(DemoDataLoader).load(options);
  const { fiscalYearStartMonth } = loadConfig();

  async function emptyDatabase(): Promise<void> {
    await sut.dataSource.query(`TRUNCATE ${DOMAIN_TABLES.join(', ')} CASCADE`);
  }

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of DOMAIN_TABLES) counts[table] = (await sut.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    return counts;
  }

  async function initiativeTitled(title: string) {
    const { initiatives } = await sut.ok(FIND, { search: title });
    expect(initiatives.totalCount).toBe(1);
    return (await sut.ok(INITIATIVE, { id: initiatives.items[0].id })).initiative;
  }

  it('loads the worked example into an empty database, reachable through the API', async () => {
    await emptyDatabase();
    await seedIfEmpty(sut.app);

    const next = fiscalYearOf(todayIso(), fiscalYearStartMonth) + 1;
    const { goals } = await sut.ok(GOALS);
    expect(goals).toHaveLength(12);
    const churn = goals.find((g: { title: string }) => g.title === `Reduce monthly customer churn from 5.2% to 4.7% by end of FY${next}`);
    const churnRate = churn.metrics.find((m: { name: string }) => m.name === 'Monthly churn rate');
    expect(churnRate).toMatchObject({ unit: '%', direction: 'DECREASE', baseline: 5.2, target: 4.7 });
    expect(churnRate.progress).toBeCloseTo((churnRate.current - 5.2) / (4.7 - 5.2), 10);
    const latency = churn.metrics.find((m: { name: string }) => m.name === 'p99 checkout latency');
    expect(latency).toMatchObject({ unit: 'ms', direction: 'DECREASE', baseline: 1200, target: 400 });
    expect(latency.progress).toBeGreaterThan(0);

    const caching = await initiativeTitled('Redesign the caching layer');
    expect(caching).toMatchObject({
      leadTeam: { key: 'PLAT', name: 'Platform' },
      goals: [{ title: churn.title }],
      metrics: [{ name: 'p99 checkout latency' }],
    });
    expect(caching.teams.map((t: { key: string }) => t.key).sort()).toEqual(['CHK', 'PLAT']);
    expect(quarterOf(caching.startDate, fiscalYearStartMonth).label).toBe(`FY${next}-Q1`);
    expect(quarterOf(caching.endDate, fiscalYearStartMonth).label).toBe(`FY${next}-Q2`);
    expect(caching.dependsOn).toEqual([
      expect.objectContaining({ title: 'Migrate sessions to the new Redis cluster', leadTeam: { key: 'INFRA', name: 'Infrastructure' } }),
    ]);
    const risk = caching.risks.find((r: { title: string }) => r.title === 'Cache invalidation serves stale prices');
    expect(risk).toMatchObject({ likelihood: 3, impact: 5, severity: 15 });
    expect(risk.mitigation).toBeTruthy();
  });

  it('names the fiscal year FY2027 and dates the caching work in its first half on 2026-11-27', async () => {
    await loadDemoData({ reset: true, fiscalYearStartMonth: 1, now: new Date('2026-11-27T12:00:00Z') });

    const { goals } = await sut.ok(GOALS);
    expect(goals.map((g: { title: string }) => g.title)).toContain('Reduce monthly customer churn from 5.2% to 4.7% by end of FY2027');
    const caching = await initiativeTitled('Redesign the caching layer');
    expect(caching.startDate >= '2027-01-01' && caching.endDate <= '2027-06-30').toBe(true);
    expect(caching.dependsOn[0].endDate > caching.startDate).toBe(true);
  });

  it('follows the fiscal-year start month: with July, the next year is FY2028, July to December 2027 for the caching work', async () => {
    await loadDemoData({ reset: true, fiscalYearStartMonth: 7, now: new Date('2026-11-27T12:00:00Z') });

    const { goals } = await sut.ok(GOALS);
    expect(goals.map((g: { title: string }) => g.title)).toContain('Reduce monthly customer churn from 5.2% to 4.7% by end of FY2028');
    const caching = await initiativeTitled('Redesign the caching layer');
    expect(quarterOf(caching.startDate, 7).label).toBe('FY2028-Q1');
    expect(quarterOf(caching.endDate, 7).label).toBe('FY2028-Q2');
    expect(caching.startDate >= '2027-07-01' && caching.endDate <= '2027-12-31').toBe(true);
  });

  it('shows the dependency conflict and unaligned work on the roadmap and alignment of the next fiscal year', async () => {
    await loadDemoData({ reset: true, fiscalYearStartMonth });
    const year = fiscalYear(fiscalYearOf(todayIso(), fiscalYearStartMonth) + 1, fiscalYearStartMonth);

    const { roadmap, alignment } = await sut.ok(
      `query ($from: Date!, $to: Date!) {
        roadmap(from: $from, to: $to) { lanes { title } dependencies { dependent { title } blocker { title } conflict } }
        alignment(from: $from, to: $to) { unaligned { title } alignedShare }
      }`,
      { from: year.start, to: year.end },
    );
    expect(roadmap.lanes.length).toBeGreaterThanOrEqual(6);
    expect(roadmap.dependencies).toContainEqual({
      dependent: { title: 'Redesign the caching layer' },
      blocker: { title: 'Migrate sessions to the new Redis cluster' },
      conflict: true,
    });
    expect(roadmap.dependencies.some((d: { conflict: boolean }) => !d.conflict)).toBe(true);
    expect(alignment.unaligned.length).toBeGreaterThan(0);
    expect(alignment.alignedShare).toBeGreaterThan(0.5);
  });

  it('reloads with reset to the same counts and the same keys', async () => {
    const loaded = await loadDemoData({ reset: true, fiscalYearStartMonth });
    const before = await rowCounts();
    // What the load says it loaded (the start-up log line) is what is there, the outcome stories included.
    expect(loaded).toEqual({
      teams: before.team,
      goals: before.goal,
      metrics: before.metric,
      measurements: before.measurement,
      initiatives: before.initiative,
      dependencies: before.dependency,
      risks: before.risk,
    });
    const keyBefore = (await initiativeTitled('Redesign the caching layer')).key;

    await loadDemoData({ reset: true, fiscalYearStartMonth });

    expect(await rowCounts()).toEqual(before);
    // 13 weekly series, the latency's daily releases, and the outcome stories' (seed/demo-outcomes.ts): 4 daily, 1 monthly.
    expect(before).toMatchObject({ team: 8, goal: 12, initiative: 66, measurement: 13 * 52 + 365 + 4 * 365 + 13 });
    expect((await initiativeTitled('Redesign the caching layer')).key).toBe(keyBefore);
  });

  it('leaves a database that already has data alone', async () => {
    await emptyDatabase();
    await sut.ok(`mutation { createTeam(input: { key: "OWN", name: "Our own team" }) { id } }`);

    await seedIfEmpty(sut.app);
    const loaded = await loadDemoData({ reset: false, fiscalYearStartMonth });

    expect(loaded).toBeNull();
    const { teams } = await sut.ok(`{ teams { key } }`);
    expect(teams).toEqual([{ key: 'OWN' }]);
    expect((await rowCounts()).initiative).toBe(0);
  });
});
