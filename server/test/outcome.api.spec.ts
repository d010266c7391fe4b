import { addDays, InitiativeStatus, todayIso } from '@throughline/shared';
import { QueryCounter } from '../src/common/query-counter';
import { Prng } from '../src/seed/prng';
import { Factories, factories } from './factories';
import { apiFactories, ApiFactories, expectError } from './graphql-helpers';
import { useTestApp } from './test-app';

const OUTCOME_FIELDS = `verdict preFrom preTo postFrom postTo effect effectLow effectHigh shareOfGap explanation
  initiative { id } metric { id } overlapping { id }`;
const OF_INITIATIVE = `query ($id: ID!) { initiative(id: $id) { outcomes { ${OUTCOME_FIELDS} } } }`;
const OUTCOMES = `query ($from: Date!, $to: Date!) { outcomes(from: $from, to: $to) { ${OUTCOME_FIELDS} } }`;
const RECORD_MANY = `mutation ($metricId: ID!, $points: [MeasurementPointInput!]!) { recordMeasurements(metricId: $metricId, points: $points) }`;

const today = todayIso();
const day = (offset: number) => addDays(today, offset);

describe('outcomes', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  /** A year of daily values up to yesterday: 1000 + noise (σ = 5), plus `shift` from day `from` on. */
  async function measured(metricId: string, shift: number, from: number, days = 365, seed = 7) {
    const prng = new Prng(seed);
    const points = Array.from({ length: days }, (_, i) => {
      const offset = i - days;
      const noise = (prng.next() + prng.next() + prng.next() - 1.5) * 10;
      return { at: `${day(offset)}T00:00:00Z`, value: 1000 + noise + (offset >= from ? shift : 0) };
    });
    await sut.ok(RECORD_MANY, { metricId, points });
  }

  const done = (metricIds: string[], start: number, end: number, extra: Record<string, unknown> = {}) =>
    make.initiative({ status: InitiativeStatus.DONE, startDate: day(start), endDate: day(end), metricIds, ...extra });
  const outcomesOf = async (id: string) => (await sut.ok(OF_INITIATIVE, { id })).initiative.outcomes;

  it('judges done work direction-aware: a clear drop IMPROVED a latency and WORSENED a conversion; overlapping work is named', async () => {
    const latency = await api.metric({ name: 'p99 latency', unit: 'ms', direction: 'DECREASE', baseline: 1000, target: 800 });
    const conversion = await api.metric({ name: 'conversion', unit: 'count', direction: 'INCREASE', baseline: 1000, target: 1100 });
    await measured(latency.id, -100, -110);
    await measured(conversion.id, -100, -110);
    const work = await done([latency.id, conversion.id], -200, -110);
    const recent = await done([latency.id], -60, -10);

    const outcomes = await outcomesOf(work.id);
    const on = (metricId: string) => outcomes.find((o: { metric: { id: string } }) => o.metric.id === metricId);
    expect(on(latency.id)).toMatchObject({
      verdict: 'IMPROVED',
      initiative: { id: work.id },
      preFrom: day(-256),
      preTo: day(-201),
      postFrom: day(-95),
      postTo: day(-40),
      overlapping: [{ id: recent.id }],
    });
    expect(on(latency.id).effect).toBeCloseTo(-100, -1);
    expect(on(latency.id).effectHigh).toBeLessThan(0);
    expect(on(latency.id).shareOfGap).toBeCloseTo(0.5, 0);
    expect(on(conversion.id)).toMatchObject({ verdict: 'WORSENED', overlapping: [] });
    expect(on(conversion.id).effectHigh).toBeLessThan(0);
    expect(on(latency.id).explanation).toEqual(expect.any(String));

    expect(await outcomesOf(recent.id)).toEqual([
      expect.objectContaining({ verdict: 'VERIFYING', effect: null, postTo: day(60), overlapping: [{ id: work.id }] }),
    ]);
  });

  it('says NOT_DONE for work not done, NOT_ENOUGH_DATA for a sparse metric, and lists nothing without metrics', async () => {
    const metric = await api.metric();
    const sparse = await api.metric();
    await measured(metric.id, 0, 0);
    await sut.ok(RECORD_MANY, {
      metricId: sparse.id,
      points: [-250, -230, -90, -60].map((d) => ({ at: `${day(d)}T00:00:00Z`, value: 1 })),
    });
    const going = await make.initiative({
      status: InitiativeStatus.IN_PROGRESS,
      startDate: day(-200),
      endDate: day(-110),
      metricIds: [metric.id],
    });
    expect(await outcomesOf(going.id)).toEqual([
      expect.objectContaining({ verdict: 'NOT_DONE', effect: null, overlapping: [], preTo: day(-201) }),
    ]);
    const thin = await done([sparse.id], -200, -110);
    const [outcome] = await outcomesOf(thin.id);
    expect(outcome).toMatchObject({ verdict: 'NOT_ENOUGH_DATA', effect: null, effectLow: null, shareOfGap: null });
    const unmeasured = await done([], -200, -110);
    expect(await outcomesOf(unmeasured.id)).toEqual([]);
  });

  it('lists every outcome of work that ended in the window, and refuses a window that ends before it starts', async () => {
    const [a, b] = [await api.metric(), await api.metric()];
    await measured(a.id, 0, 0);
    const inside = await done([a.id, b.id], -300, -280, { key: 'ZZ-1' });
    await done([a.id], -300, -250);
    await make.initiative({ status: InitiativeStatus.IN_PROGRESS, startDate: day(-300), endDate: day(-280), metricIds: [a.id] });
    const { outcomes } = await sut.ok(OUTCOMES, { from: day(-281), to: day(-279) });
    const mine = outcomes.filter((o: { initiative: { id: string } }) => o.initiative.id === inside.id);
    expect(mine.map((o: { metric: { id: string } }) => o.metric.id).sort()).toEqual([a.id, b.id].sort());
    expect(outcomes.every((o: { verdict: string }) => o.verdict !== 'NOT_DONE')).toBe(true);
    expect(outcomes.map((o: { initiative: { id: string } }) => o.initiative.id)).not.toContain(undefined);
    expectError(await sut.gql(OUTCOMES, { from: day(-1), to: day(-2) }), 'BAD_USER_INPUT', 'from');
  });

  it('lists only the work a filter selects (a shared roadmap’s verdicts are its own bars’)', async () => {
    const metric = await api.metric();
    const [team, other] = [await make.team(), await make.team()];
    const ours = await done([metric.id], -300, -280, { leadTeamId: team.id });
    await done([metric.id], -300, -280, { leadTeamId: other.id });
    const FILTERED = `query ($from: Date!, $to: Date!, $filter: InitiativeFilter) {
      outcomes(from: $from, to: $to, filter: $filter) { verdict initiative { id } } }`;
    const window = { from: day(-281), to: day(-279) };
    const { outcomes } = await sut.ok(FILTERED, { ...window, filter: { teamIds: [team.id] } });
    expect(outcomes).toEqual([{ verdict: expect.any(String), initiative: { id: ours.id } }]);
    expect((await sut.ok(FILTERED, { ...window, filter: { teamIds: [team.id], statuses: ['PLANNED'] } })).outcomes).toEqual([]);
    expect((await sut.ok(FILTERED, window)).outcomes.length).toBeGreaterThanOrEqual(2);
    expectError(await sut.gql(FILTERED, { ...window, filter: { teamIds: ['nope'] } }), 'BAD_USER_INPUT', 'filter.teamIds[0]');
  });

  it('costs the same statements for 2 and for 12 initiatives, listed by window or by initiative (measurements loaded once per metric)', async () => {
    async function window(year: number, count: number) {
      for (let i = 0; i < count; i++) {
        const metric = await api.metric();
        await make.measurement(metric.id, 1, new Date(`${year}-01-0${1 + (i % 5)}T00:00:00Z`));
        await done([metric.id], 0, 0, { title: `Window ${year} ${i}`, startDate: `${year}-02-01`, endDate: `${year}-03-01` });
      }
      return { from: `${year}-03-01`, to: `${year}-03-01` };
    }
    const small = await window(2031, 2);
    const large = await window(2032, 12);
    const counter = QueryCounter.of(sut.dataSource);
    const few = await counter.measure(() => sut.ok(OUTCOMES, small));
    const many = await counter.measure(() => sut.ok(OUTCOMES, large));
    expect(few.result.outcomes).toHaveLength(2);
    expect(many.result.outcomes).toHaveLength(12);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(8);

    const LISTED = `query ($search: String) { initiatives(filter: { search: $search }) { items { outcomes { verdict metric { id } overlapping { id } } } } }`;
    const fewListed = await counter.measure(() => sut.ok(LISTED, { search: 'Window 2031' }));
    const manyListed = await counter.measure(() => sut.ok(LISTED, { search: 'Window 2032' }));
    expect(manyListed.result.initiatives.items.flatMap((i: { outcomes: unknown[] }) => i.outcomes)).toHaveLength(12);
    expect(manyListed.statements).toBe(fewListed.statements);
  });
});
