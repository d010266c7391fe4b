import { addDays, todayIso } from '@throughline/shared';
import { DemoDataLoader } from '../src/seed/load-demo-data';
import { DEPLOY_PIPELINE } from '../src/seed/load-demo-outcomes';
import { useTestApp } from './test-app';

const OUTCOMES = `query ($from: Date!, $to: Date!) { outcomes(from: $from, to: $to) {
  verdict initiative { title } metric { name } overlapping { title } observed { date } counterfactual { date }
} }`;
const ALL_VERDICTS = ['NOT_DONE', 'VERIFYING', 'IMPROVED', 'NO_CLEAR_EFFECT', 'WORSENED', 'NOT_ENOUGH_DATA'];

interface Outcome {
  verdict: string;
  initiative: { title: string };
  metric: { name: string };
  overlapping: Array<{ title: string }>;
  observed: unknown[];
  counterfactual: unknown[];
}

describe('demo data: outcomes', () => {
  const sut = useTestApp();

  beforeAll(async () => {
    await sut.app.get(DemoDataLoader).load({ reset: true, fiscalYearStartMonth: 1 });
  });

  it('shows every verdict, the stories judged as told, with their charts', async () => {
    const today = todayIso();
    const { outcomes } = await sut.ok<{ outcomes: Outcome[] }>(OUTCOMES, { from: addDays(today, -400), to: today });
    const verdictOf = (title: string) => outcomes.find((o) => o.initiative.title === title)?.verdict;
    expect(verdictOf('Modern image formats and lazy loading on product pages')).toBe('IMPROVED');
    expect(verdictOf('Result cache for search queries')).toBe('NO_CLEAR_EFFECT');
    expect(verdictOf('Stricter fraud rules at checkout')).toBe('WORSENED');
    expect(verdictOf('Lazy module loading in the mobile app')).toBe('VERIFYING');
    expect(verdictOf('In-app help centre')).toBe('NOT_ENOUGH_DATA');
    const images = outcomes.find((o) => o.initiative.title.startsWith('Modern image formats'))!;
    expect(images.overlapping).toEqual([{ title: 'Trim third-party scripts on product pages' }]);
    expect(images.observed).toHaveLength(365 - 90 + 1); // from the first measurement to the post window's end
    expect(images.counterfactual.length).toBeGreaterThan(100);

    // NOT_DONE is work not finished yet: on the initiatives, not in the list of finished work.
    const { initiatives } = await sut.ok<{ initiatives: { items: Array<{ outcomes: Array<{ verdict: string }> }> } }>(
      `{ initiatives(take: 200) { items { outcomes { verdict } } } }`,
    );
    const seen = new Set(initiatives.items.flatMap((i) => i.outcomes.map((o) => o.verdict)));
    expect([...seen].sort()).toEqual([...ALL_VERDICTS].sort());
  });

  it('feeds the worked example’s p99 checkout latency through the push path, one report per daily release by the deploy pipeline', async () => {
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM metric WHERE name = 'p99 checkout latency'`);
    const [{ points, days }] = await sut.dataSource.query(
      `SELECT count(*)::int AS points, count(DISTINCT recorded_at::date)::int AS days FROM measurement WHERE metric_id = $1`,
      [id],
    );
    expect({ points, days }).toEqual({ points: 365, days: 365 });
    const [{ pushes }] = await sut.dataSource.query(
      `SELECT count(*)::int AS pushes FROM audit_event WHERE entity_type = 'Metric' AND entity_id = $1 AND actor_kind = $2 AND actor_name = $3`,
      [id, DEPLOY_PIPELINE.kind, DEPLOY_PIPELINE.name],
    );
    expect(pushes).toBe(365);
  });
});
