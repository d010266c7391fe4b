import { DemoDataLoader } from '../src/seed/load-demo-data';
import { useTestApp } from './test-app';

describe('demo decisions', () => {
  const sut = useTestApp();

  it('records the ADRs of the caching work on its initiative and goal, ADR-0001 superseded by ADR-0002, and again on a reset', async () => {
    const load = (reset: boolean) =>
      sut.app.get(DemoDataLoader).load({ reset, fiscalYearStartMonth: 1, now: new Date('2026-11-27T12:00:00Z') });
    // Twice: a reset replaces the decisions too.
    await load(true);
    await load(true);
    const { decisions } = await sut.ok(`{ decisions { number title status supersededBy { number } initiatives { title } goals { id } } }`);
    expect(decisions.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4]);
    expect(decisions[0]).toMatchObject({ status: 'SUPERSEDED', supersededBy: { number: 2 } });
    expect(decisions[1]).toMatchObject({
      title: 'Build one read-through cache for prices, stock and sessions',
      status: 'ACCEPTED',
      initiatives: [{ title: 'Redesign the caching layer' }],
    });
    expect(decisions[1].goals).toHaveLength(1);
    const [{ n }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Decision' AND action = 'CREATE'`,
    );
    expect(n).toBe(8);
  }, 240_000);
});
