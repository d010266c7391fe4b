import { addDays, InitiativeStatus, Role, todayIso } from '@throughline/shared';
import { Prng } from '../src/seed/prng';
import { Factories, factories } from './factories';
import { apiFactories, ApiFactories, expectError, UPDATE_INITIATIVE } from './graphql-helpers';
import { useTestApp } from './test-app';

const CARD_FIELDS = `verdict trendFrom preFrom preTo postFrom postTo prePoints postPoints preDays settleDays postDays customWindows
  effect observed { date value } counterfactual { date value } initiative { id version }`;
const OF_INITIATIVE = `query ($id: ID!) { initiative(id: $id) { version outcomes { ${CARD_FIELDS} } } }`;
const SET_WINDOWS = `mutation ($input: SetOutcomeWindowsInput!) { setOutcomeWindows(input: $input) { ${CARD_FIELDS} } }`;
const RECORD_MANY = `mutation ($metricId: ID!, $points: [MeasurementPointInput!]!) { recordMeasurements(metricId: $metricId, points: $points) }`;

const today = todayIso();
const day = (offset: number) => addDays(today, offset);

describe('outcome windows per initiative-metric link, and the chart of an outcome', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  /** A year of daily values up to yesterday: 1000 + noise, plus `shift` from day `from` on. */
  async function measured(metricId: string, shift: number, from: number) {
    const prng = new Prng(11);
    const points = Array.from({ length: 365 }, (_, i) => {
      const offset = i - 365;
      const noise = (prng.next() + prng.next() + prng.next() - 1.5) * 10;
      return { at: `${day(offset)}T00:00:00Z`, value: 1000 + noise + (offset >= from ? shift : 0) };
    });
    await sut.ok(RECORD_MANY, { metricId, points });
  }

  async function doneWork(shiftFrom: number) {
    const metric = await api.metric({ name: 'p99 latency', unit: 'ms', direction: 'DECREASE', baseline: 1000, target: 800 });
    await measured(metric.id, -100, shiftFrom);
    const work = await make.initiative({ status: InitiativeStatus.DONE, startDate: day(-200), endDate: day(-150), metricIds: [metric.id] });
    return { metric, work };
  }
  const outcomeOf = async (id: string) => (await sut.ok(OF_INITIATIVE, { id })).initiative;

  it('draws the card: the observed days from the trend stretch to the post window, and the counterfactual over pre to post', async () => {
    const { work } = await doneWork(-140);
    const { outcomes } = await outcomeOf(work.id);
    const [outcome] = outcomes;
    expect(outcome).toMatchObject({
      verdict: 'IMPROVED',
      trendFrom: day(-382),
      preFrom: day(-256),
      postTo: day(-80),
      preDays: 56,
      settleDays: 14,
      postDays: 56,
      customWindows: false,
      prePoints: 56,
      postPoints: 56,
    });
    // Data starts a year ago: the observed series starts there, inside the trend stretch.
    expect(outcome.observed[0].date).toBe(day(-365));
    expect(outcome.observed.at(-1).date).toBe(day(-80));
    expect(outcome.observed).toHaveLength(365 - 80 + 1);
    expect(outcome.counterfactual[0].date).toBe(day(-256));
    expect(outcome.counterfactual.at(-1).date).toBe(day(-80));
    expect(outcome.counterfactual).toHaveLength(256 - 80 + 1);
    // Without the work, the model expects the old level (~1000), not the new one (~900).
    expect(outcome.counterfactual.at(-1).value).toBeGreaterThan(980);
  });

  it('moves the windows of one link (a lagging effect), keeps them when the initiative is edited, and goes back to the defaults', async () => {
    // The drop comes 60 days after the work: the default post window [end+15, end+70] sees only part of it.
    const { metric, work } = await doneWork(-90);
    const before = await outcomeOf(work.id);
    const { setOutcomeWindows: lagged } = await sut.ok(SET_WINDOWS, {
      input: { initiativeId: work.id, metricId: metric.id, version: before.version, settleDays: 60, postDays: 50, preDays: 90 },
    });
    expect(lagged).toMatchObject({
      verdict: 'IMPROVED',
      preFrom: day(-290),
      preTo: day(-201),
      postFrom: day(-89),
      postTo: day(-40),
      preDays: 90,
      settleDays: 60,
      postDays: 50,
      customWindows: true,
      postPoints: 50,
      initiative: { id: work.id, version: before.version + 1 },
    });
    expect(lagged.effect).toBeCloseTo(-100, -1);

    // An edit of the initiative that keeps the metric keeps the link's windows.
    await sut.ok(UPDATE_INITIATIVE, { input: { id: work.id, version: before.version + 1, title: 'Renamed', metricIds: [metric.id] } });
    const edited = await outcomeOf(work.id);
    expect(edited.outcomes[0]).toMatchObject({ settleDays: 60, postFrom: day(-89), customWindows: true });

    const { setOutcomeWindows: reset } = await sut.ok(SET_WINDOWS, {
      input: { initiativeId: work.id, metricId: metric.id, version: edited.version, preDays: null, settleDays: null, postDays: null },
    });
    expect(reset).toMatchObject({ postFrom: day(-135), postTo: day(-80), settleDays: 14, customWindows: false });

    const [event] = await sut.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE entity_type = 'InitiativeMetric' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [`${work.id}:${metric.id}`],
    );
    expect(event.action).toBe('UPDATE');
    expect(event.changes).toEqual(
      expect.arrayContaining([
        { field: 'settleDays', before: '60', after: 'null' },
        { field: 'preDays', before: '90', after: 'null' },
      ]),
    );
  });

  it('refuses a stale version, a length out of range, a metric the work does not move, and a viewer', async () => {
    const { metric, work } = await doneWork(-140);
    const other = await api.metric();
    const { version } = await outcomeOf(work.id);
    const input = { initiativeId: work.id, metricId: metric.id, version, settleDays: 30 };
    expectError(await sut.gql(SET_WINDOWS, { input: { ...input, version: version - 1 } }), 'CONFLICT');
    expectError(await sut.gql(SET_WINDOWS, { input: { ...input, settleDays: 400 } }), 'BAD_USER_INPUT', 'input.settleDays');
    expectError(await sut.gql(SET_WINDOWS, { input: { ...input, preDays: 3 } }), 'BAD_USER_INPUT', 'input.preDays');
    expectError(await sut.gql(SET_WINDOWS, { input: { ...input, metricId: other.id } }), 'BAD_USER_INPUT', 'input.metricId');
    expectError(await sut.as(Role.VIEWER).gql(SET_WINDOWS, { input }), 'FORBIDDEN');
    const after = await outcomeOf(work.id);
    expect(after.version).toBe(version);
    expect(after.outcomes[0]).toMatchObject({ settleDays: 14, customWindows: false });
  });
});
