import { Role } from '@throughline/shared';
import { QueryCounter } from '../src/common/query-counter';
import { okAs, SignedIn, signedIn } from './callers';
import { factories } from './factories';
import { AnswerData, useTestApp } from './test-app';

const CHECK_IN = `mutation ($input: CreateCheckInInput!) { createCheckIn(input: $input) { id } }`;
const FORECAST = `query ($id: ID!) {
  initiative(id: $id) { key forecast { startDate endDate slipDays causes { key } } inheritedRisks { title status } }
}`;
const GOAL = `query ($id: ID!) { goal(id: $id) { forecast { atRisk slipDays causes { key } } } }`;

describe('forecasts over the API: a check-in slip carried down the dependencies onto a goal, and inherited risks', () => {
  const t = useTestApp();
  let editor: SignedIn;
  let viewer: SignedIn;
  const make = () => factories(t.dataSource);

  beforeAll(async () => {
    [editor, viewer] = await Promise.all([signedIn(t, Role.EDITOR), signedIn(t, Role.VIEWER)]);
  });

  const forecastOf = async (id: string) => (await okAs<AnswerData>(t, viewer, FORECAST, { id })).initiative;

  it('a later expected end pushes the chain after it, and the goal it serves misses its date by the days past', async () => {
    const goal = await make().goal({ title: 'Reduce churn', targetDate: '2027-12-31' });
    const redis = await make().initiative({ status: 'IN_PROGRESS' as never, startDate: '2027-09-01', endDate: '2027-10-31' });
    const caching = await make().initiative({ startDate: '2027-11-01', endDate: '2027-12-07' });
    const rollout = await make().initiative({ startDate: '2027-12-08', endDate: '2027-12-22', goalIds: [goal.id] });
    await make().dependency(caching.id, redis.id);
    await make().dependency(rollout.id, caching.id);
    expect((await forecastOf(rollout.id)).forecast).toEqual({ startDate: '2027-12-08', endDate: '2027-12-22', slipDays: 0, causes: [] });
    expect((await okAs<AnswerData>(t, viewer, GOAL, { id: goal.id })).goal.forecast).toEqual({ atRisk: false, slipDays: 0, causes: [] });

    await okAs(t, editor, CHECK_IN, {
      input: { initiativeId: redis.id, health: 'OFF_TRACK', body: 'Cut-over slips', expectedEndDate: '2027-11-24' },
    });

    expect((await forecastOf(redis.id)).forecast).toEqual({ startDate: '2027-09-01', endDate: '2027-11-24', slipDays: 24, causes: [] });
    expect((await forecastOf(caching.id)).forecast).toEqual({
      startDate: '2027-11-24',
      endDate: '2027-12-30',
      slipDays: 23,
      causes: [{ key: redis.key }],
    });
    expect((await forecastOf(rollout.id)).forecast).toEqual({
      startDate: '2027-12-30',
      endDate: '2028-01-13',
      slipDays: 22,
      causes: [{ key: redis.key }, { key: caching.key }],
    });
    const slips = `query { forecastSlips(from: "2027-01-01", to: "2027-12-31") { id forecast { slipDays } } }`;
    const moved = (await okAs<AnswerData>(t, viewer, slips)).forecastSlips.map((row: { id: string }) => row.id);
    expect(moved).toEqual(expect.arrayContaining([redis.id, caching.id, rollout.id]));
    expect((await okAs<AnswerData>(t, viewer, GOAL, { id: goal.id })).goal.forecast).toEqual({
      atRisk: true,
      slipDays: 13,
      causes: [{ key: redis.key }, { key: caching.key }, { key: rollout.key }],
    });
  });

  it('inheritedRisks: the open and mitigating risks of everything it depends on, two hops included, most severe first', async () => {
    const [far, near, self] = await make().initiatives(3);
    await make().dependency(self.id, near.id);
    await make().dependency(near.id, far.id);
    await make().risk({ initiativeId: far.id, title: 'Far and severe', likelihood: 5, impact: 5, status: 'MITIGATING' as never });
    await make().risk({ initiativeId: far.id, title: 'Far but closed', status: 'CLOSED' as never });
    await make().risk({ initiativeId: near.id, title: 'Near', likelihood: 1, impact: 2 });
    await make().risk({ initiativeId: self.id, title: 'Its own' });
    expect((await forecastOf(self.id)).inheritedRisks).toEqual([
      { title: 'Far and severe', status: 'MITIGATING' },
      { title: 'Near', status: 'OPEN' },
    ]);
    expect((await forecastOf(far.id)).inheritedRisks).toEqual([]);
  });

  it('the org forecast is worked out once per request: the same statements for 2 initiatives as for 8', async () => {
    const query = `query ($teamIds: [ID!]) {
      initiatives(filter: { teamIds: $teamIds }, take: 10) { items { forecast { slipDays causes { key } } inheritedRisks { id } } }
    }`;
    const statementsFor = async (count: number) => {
      const team = await make().team();
      await make().initiatives(count, (i) => ({ leadTeamId: team.id, startDate: `2029-0${i + 1}-01`, endDate: `2029-0${i + 1}-20` }));
      const counted = await QueryCounter.of(t.dataSource).measure(() => okAs<AnswerData>(t, viewer, query, { teamIds: [team.id] }));
      expect(counted.result.initiatives.items).toHaveLength(count);
      return counted.statements;
    };
    expect(await statementsFor(8)).toBe(await statementsFor(2));
  });
});
