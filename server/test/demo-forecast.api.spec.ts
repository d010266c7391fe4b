import { loadConfig } from '../src/config/config';
import { DemoDataLoader } from '../src/seed/load-demo-data';
import { useTestApp } from './test-app';

const STORY = `{
  staleInitiatives { title }
  goals { title targetDate forecast { atRisk slipDays causes { title } } }
  initiatives(filter: { search: "Redis cluster" }, take: 5) { items { title forecast { slipDays } checkIns { expectedEndDate } } }
}`;

describe('demo data: the forecast story', () => {
  const sut = useTestApp();

  it("the Redis migration's expected slip pushes the caching work and puts the churn goal at risk; one piece of work is stale", async () => {
    await sut.app.get(DemoDataLoader).load({ reset: true, fiscalYearStartMonth: loadConfig().fiscalYearStartMonth });
    const { staleInitiatives, goals, initiatives } = await sut.ok(STORY);
    expect(staleInitiatives).toEqual([{ title: 'Move the warehouse models to dbt' }]);
    const [redis] = initiatives.items;
    expect(redis.forecast.slipDays).toBe(21);
    expect(redis.checkIns[0].expectedEndDate).not.toBeNull();
    const churn = goals.find((goal: { title: string }) => goal.title.startsWith('Reduce monthly customer churn'));
    expect(churn.forecast).toMatchObject({ atRisk: true });
    expect(churn.forecast.slipDays).toBeGreaterThan(0);
    expect(churn.forecast.causes.map((cause: { title: string }) => cause.title)).toEqual([
      'Migrate sessions to the new Redis cluster',
      'Redesign the caching layer',
      'Loyalty points',
    ]);
    // The story is told alone: the plan of every other goal's work fits its target date.
    const atRisk = goals.filter((goal: { forecast: { atRisk: boolean } }) => goal.forecast.atRisk);
    expect(atRisk.map((goal: { title: string }) => goal.title)).toEqual([churn.title]);
  });
});
