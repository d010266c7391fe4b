import { InitiativeStatus } from '@throughline/shared';
import { QueryCounter } from '../src/common/query-counter';
import { sortByStartThenKey } from '../src/initiative/initiative-order';
import { Factories, factories } from './factories';
import { yearWindow } from './graphql-helpers';
import { AnswerData, AnswerValue, startTestApp, useTestApp } from './test-app';

const ROADMAP = `query ($from: Date!, $to: Date!, $groupBy: RoadmapGroupBy, $filter: InitiativeFilter) {
  roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
    from to
    periods { label start end }
    lanes { key title initiatives { id key startDate endDate } }
    dependencies { conflict dependent { id } blocker { id } }
  }
}`;

interface Lane {
  key: string;
  title: string;
  initiatives: Array<{ id: string; key: string }>;
}

// Each test works in a year of its own, so the data of one never shows on another's roadmap.
describe('roadmap API', () => {
  const sut = useTestApp();
  let make: Factories;

  beforeAll(() => {
    make = factories(sut.dataSource);
  });

  async function roadmap(variables: Record<string, unknown>) {
    return (await sut.ok(ROADMAP, variables)).roadmap;
  }

  const laneIds = (lanes: Lane[]) => lanes.map((lane) => [lane.key, lane.initiatives.map((i) => i.id)]);

  describe('periods', () => {
    it('are the calendar quarters covering the window with the default January fiscal start', async () => {
      const result = await roadmap({ from: '2027-02-10', to: '2027-08-01' });
      expect(result).toMatchObject({ from: '2027-02-10', to: '2027-08-01' });
      expect(result.periods).toEqual([
        { label: 'FY2027-Q1', start: '2027-01-01', end: '2027-03-31' },
        { label: 'FY2027-Q2', start: '2027-04-01', end: '2027-06-30' },
        { label: 'FY2027-Q3', start: '2027-07-01', end: '2027-09-30' },
      ]);
    });

    it('is one quarter for a one-day window', async () => {
      const result = await roadmap({ from: '2027-12-31', to: '2027-12-31' });
      expect(result.periods).toEqual([{ label: 'FY2027-Q4', start: '2027-10-01', end: '2027-12-31' }]);
    });

    it('follow a February fiscal-year start: FY2027 runs Feb 2026 - Jan 2027', async () => {
      // loadConfig reads FISCAL_YEAR_START_MONTH from process.env as well as from the overrides.
      const saved = process.env.FISCAL_YEAR_START_MONTH;
      process.env.FISCAL_YEAR_START_MONTH = '2';
      const february = await startTestApp({ FISCAL_YEAR_START_MONTH: '2' }).finally(() => {
        if (saved === undefined) delete process.env.FISCAL_YEAR_START_MONTH;
        else process.env.FISCAL_YEAR_START_MONTH = saved;
      });
      try {
        const { roadmap: result } = await february.ok(ROADMAP, { from: '2026-12-15', to: '2027-02-01' });
        expect(result.periods).toEqual([
          { label: 'FY2027-Q4', start: '2026-11-01', end: '2027-01-31' },
          { label: 'FY2028-Q1', start: '2027-02-01', end: '2027-04-30' },
        ]);
      } finally {
        await february.close();
      }
    });
  });

  it('shows the initiatives overlapping the window, edges included, and no undated ones', async () => {
    const { from, to } = { from: '2041-04-01', to: '2041-06-30' };
    const team = await make.team();
    const on = (startDate: string | null, endDate: string | null) => ({ leadTeamId: team.id, startDate, endDate });
    const included = await Promise.all([
      make.initiative(on('2041-01-01', '2041-04-01')), // ends on `from`
      make.initiative(on('2041-06-30', '2041-09-01')), // starts on `to`
      make.initiative(on('2040-01-01', '2041-12-31')), // spans the window
      make.initiative(on('2041-05-01', null)), // only a start, inside
      make.initiative(on(null, '2041-05-02')), // only an end, inside
    ]);
    await Promise.all([
      make.initiative(on('2041-01-01', '2041-03-31')), // ends the day before
      make.initiative(on('2041-07-01', '2041-09-01')), // starts the day after
      make.initiative(on('2041-03-01', null)), // only a start, before the window
      make.initiative(on(null, '2041-07-01')), // only an end, after it
      make.initiative(on(null, null)),
    ]);

    const result = await roadmap({ from, to });
    const shown = result.lanes.flatMap((lane: Lane) => lane.initiatives.map((i) => i.id));
    expect(shown.sort()).toEqual(included.map((i) => i.id).sort());
  });

  describe('groupBy', () => {
    it('TEAM (the default): a lane per lead team by name, initiatives by start then key, "No team" last', async () => {
      const { from, to } = yearWindow(2042);
      const [beta, alpha, gamma] = await Promise.all([
        make.team({ name: 'Beta' }),
        make.team({ name: 'alpha' }),
        make.team({ name: 'Gamma' }),
      ]);
      const [b1, b2, b3] = await make.initiatives(3, (i) => ({
        leadTeamId: beta.id,
        startDate: ['2042-05-01', '2042-02-01', '2042-02-01'][i],
      }));
      const a1 = await make.initiative({ leadTeamId: alpha.id, startDate: '2042-03-01', teamIds: [gamma.id] });
      const loose = await make.initiative({ startDate: '2042-01-01', endDate: '2042-12-31' });
      await make.initiative({ leadTeamId: gamma.id, startDate: '2030-01-01' });

      const result = await roadmap({ from, to });
      expect(result.lanes.map((lane: Lane) => [lane.key, lane.title])).toEqual([
        [alpha.id, 'alpha'],
        [beta.id, 'Beta'],
        ['none', 'No team'],
      ]);
      expect(laneIds(result.lanes)).toEqual([
        [alpha.id, [a1.id]],
        [beta.id, [b2.id, b3.id, b1.id]],
        ['none', [loose.id]],
      ]);
      expect(await roadmap({ from, to, groupBy: null })).toEqual(result);
    });

    it('GOAL: a lane per goal served by title, an initiative in each of its goals, "No goal" last', async () => {
      const { from, to } = yearWindow(2043);
      const [churn, cost, unused] = await Promise.all([
        make.goal({ title: 'Reduce churn' }),
        make.goal({ title: 'Cut cost' }),
        make.goal({ title: 'Unused goal' }),
      ]);
      const both = await make.initiative({ startDate: '2043-02-01', goalIds: [churn.id, cost.id] });
      const churnOnly = await make.initiative({ startDate: '2043-01-01', goalIds: [churn.id] });
      const none = await make.initiative({ startDate: '2043-03-01' });
      await make.initiative({ startDate: '2030-01-01', goalIds: [unused.id] });

      const result = await roadmap({ from, to, groupBy: 'GOAL' });
      expect(result.lanes.map((lane: Lane) => [lane.key, lane.title])).toEqual([
        [cost.id, 'Cut cost'],
        [churn.id, 'Reduce churn'],
        ['none', 'No goal'],
      ]);
      expect(laneIds(result.lanes)).toEqual([
        [cost.id, [both.id]],
        [churn.id, [churnOnly.id, both.id]],
        ['none', [none.id]],
      ]);
    });

    it('STATUS: non-empty lanes in the order of the status enum', async () => {
      const { from, to } = yearWindow(2044);
      const done = await make.initiative({ startDate: '2044-01-01', status: InitiativeStatus.DONE });
      const proposed = await make.initiative({ startDate: '2044-02-01', status: InitiativeStatus.PROPOSED });
      const inProgress = await make.initiative({ startDate: '2044-03-01', status: InitiativeStatus.IN_PROGRESS });

      const result = await roadmap({ from, to, groupBy: 'STATUS' });
      expect(result.lanes.map((lane: Lane) => [lane.key, lane.title])).toEqual([
        ['PROPOSED', 'Proposed'],
        ['IN_PROGRESS', 'In progress'],
        ['DONE', 'Done'],
      ]);
      expect(laneIds(result.lanes)).toEqual([
        ['PROPOSED', [proposed.id]],
        ['IN_PROGRESS', [inProgress.id]],
        ['DONE', [done.id]],
      ]);
    });

    it('orders each lane as initiative-order.ts does: by start date, undated starts last, then key number', async () => {
      const { from, to } = yearWindow(2048);
      const keys = ['ORD-10', 'ORD-9', 'ORD-100', 'ORD-11'];
      await make.initiatives(keys.length, (i) => ({ key: keys[i], startDate: '2048-03-01' }));
      await make.initiative({ key: 'ORD-1', endDate: '2048-02-01' });
      await make.initiative({ key: 'ORD-2', startDate: '2048-01-15' });

      const [lane] = (await roadmap({ from, to, groupBy: 'STATUS' })).lanes;
      expect(lane.initiatives.map((i: { key: string }) => i.key)).toEqual(['ORD-2', 'ORD-9', 'ORD-10', 'ORD-11', 'ORD-100', 'ORD-1']);
      expect(lane.initiatives).toEqual(sortByStartThenKey(lane.initiatives));
    });
  });

  describe('filter', () => {
    const { from, to } = yearWindow(2045);
    let ids: Record<string, string>;

    beforeAll(async () => {
      const [lead, helper] = await Promise.all([make.team(), make.team()]);
      const goal = await make.goal();
      const cache = await make.initiative({
        title: 'Redesign the caching layer',
        leadTeamId: lead.id,
        startDate: '2045-01-01',
        status: InitiativeStatus.PLANNED,
      });
      const sessions = await make.initiative({
        title: 'Migrate sessions',
        teamIds: [helper.id],
        startDate: '2045-02-01',
        status: InitiativeStatus.IN_PROGRESS,
        goalIds: [goal.id],
      });
      const other = await make.initiative({ title: 'Something else', startDate: '2045-03-01', status: InitiativeStatus.PLANNED });
      ids = { lead: lead.id, helper: helper.id, goal: goal.id, cache: cache.id, sessions: sessions.id, other: other.id };
    });

    async function shown(filter: Record<string, unknown>): Promise<string[]> {
      const result = await roadmap({ from, to, filter });
      return result.lanes.flatMap((lane: Lane) => lane.initiatives.map((i) => i.id)).sort();
    }

    it('by teams: led by or contributed to', async () => {
      expect(await shown({ teamIds: [ids.lead, ids.helper] })).toEqual([ids.cache, ids.sessions].sort());
    });

    it('by goals, statuses and search text', async () => {
      expect(await shown({ goalIds: [ids.goal] })).toEqual([ids.sessions]);
      expect(await shown({ statuses: ['PLANNED'] })).toEqual([ids.cache, ids.other].sort());
      expect(await shown({ search: 'CACHING' })).toEqual([ids.cache]);
      expect(await shown({ statuses: ['PLANNED'], search: 'else' })).toEqual([ids.other]);
    });

    it('rejects a malformed id naming the filter field', async () => {
      const result = await sut.gql(ROADMAP, { from, to, filter: { teamIds: ['nope'] } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0].message).toContain('teamIds');
    });
  });

  describe('dependencies', () => {
    it('are the edges among the initiatives shown, with conflicts where the blocker ends after the dependent starts', async () => {
      const { from, to } = yearWindow(2046);
      const blocker = await make.initiative({ startDate: '2046-01-01', endDate: '2046-03-31' });
      const late = await make.initiative({ startDate: '2046-03-01', endDate: '2046-06-30' });
      const onTime = await make.initiative({ startDate: '2046-03-31', endDate: '2046-06-30' });
      const outside = await make.initiative({ startDate: '2047-01-01', endDate: '2047-03-31' });
      const outsideBefore = await make.initiative({ startDate: '2045-01-01', endDate: '2045-03-31' });
      await make.dependency(late.id, blocker.id);
      await make.dependency(onTime.id, blocker.id);
      await make.dependency(outside.id, onTime.id);
      await make.dependency(onTime.id, outsideBefore.id);

      const result = await roadmap({ from, to });
      const edges = result.dependencies.map((d: AnswerValue) => [d.dependent.id, d.blocker.id, d.conflict]);
      expect(edges.sort()).toEqual(
        [
          [late.id, blocker.id, true],
          [onTime.id, blocker.id, false],
        ].sort(),
      );
    });

    it('leaves out edges to initiatives that the filter hides', async () => {
      const { from, to } = yearWindow(2047);
      const team = await make.team();
      const blocker = await make.initiative({ startDate: '2047-05-01', endDate: '2047-06-01' });
      const dependent = await make.initiative({ leadTeamId: team.id, startDate: '2047-05-15', endDate: '2047-07-01' });
      await make.dependency(dependent.id, blocker.id);

      expect((await roadmap({ from, to })).dependencies).toEqual([
        { conflict: true, dependent: { id: dependent.id }, blocker: { id: blocker.id } },
      ]);
      expect((await roadmap({ from, to, filter: { teamIds: [team.id] } })).dependencies).toEqual([]);
    });

    it('are those among the initiatives a filter shows, whatever it hides between them, by dependent then blocker', async () => {
      const { from, to } = yearWindow(2049);
      const team = await make.team();
      const shown = (startDate: string, endDate: string) => make.initiative({ leadTeamId: team.id, startDate, endDate });
      const first = await shown('2049-01-01', '2049-02-01');
      const hidden = await make.initiative({ startDate: '2049-02-01', endDate: '2049-03-01' });
      const second = await shown('2049-03-01', '2049-04-01');
      const third = await shown('2049-05-01', '2049-06-01');
      await make.dependency(third.id, second.id);
      await make.dependency(second.id, hidden.id);
      await make.dependency(third.id, first.id);
      await make.dependency(second.id, first.id);

      const { dependencies } = await roadmap({ from, to, filter: { teamIds: [team.id] } });
      expect(dependencies.map((d: AnswerValue) => [d.dependent.id, d.blocker.id])).toEqual([
        [second.id, first.id],
        [third.id, first.id],
        [third.id, second.id],
      ]);
    });
  });

  describe('SQL statements', () => {
    const DEEP = `query ($from: Date!, $to: Date!, $groupBy: RoadmapGroupBy) {
      roadmap(from: $from, to: $to, groupBy: $groupBy) {
        periods { label }
        lanes { key title initiatives { id key title status health startDate endDate effortWeeks leadTeam { id name } teams { id key } goals { id title } } }
        dependencies { conflict dependent { id leadTeam { name } } blocker { id leadTeam { name } } }
      }
    }`;

    /** `count` initiatives in `year` across 5 lead teams and 3 goals, each depending on the one before. */
    async function build(year: number, count: number): Promise<void> {
      const teams = await Promise.all(Array.from({ length: 5 }, () => make.team()));
      const goals = await Promise.all(Array.from({ length: 3 }, () => make.goal()));
      const rows = await make.initiatives(count, (i) => ({
        leadTeamId: i % 6 === 5 ? null : teams[i % 5].id,
        teamIds: [teams[(i + 1) % 5].id],
        goalIds: i % 4 === 3 ? [] : [goals[i % 3].id],
        startDate: `${year}-0${1 + (i % 9)}-01`,
        endDate: `${year}-0${1 + (i % 9)}-20`,
      }));
      for (let i = 1; i < rows.length; i++) await make.dependency(rows[i].id, rows[i - 1].id);
    }

    beforeAll(async () => {
      await build(2050, 10);
      await build(2051, 200);
    });

    it.each(['TEAM', 'GOAL', 'STATUS'])(
      'do not grow with the number of initiatives (groupBy %s), and stay at 8 or fewer',
      async (groupBy) => {
        const counter = QueryCounter.of(sut.dataSource);
        const small = await counter.measure(() => sut.ok(DEEP, { ...yearWindow(2050), groupBy }));
        const large = await counter.measure(() => sut.ok(DEEP, { ...yearWindow(2051), groupBy }));

        const count = (data: AnswerData) => data.roadmap.lanes.reduce((n: number, lane: Lane) => n + lane.initiatives.length, 0);
        expect(count(small.result)).toBeGreaterThanOrEqual(10);
        expect(count(large.result)).toBeGreaterThanOrEqual(200);
        expect(large.statements).toBe(small.statements);
        expect(large.statements).toBeLessThanOrEqual(8);
      },
    );
  });

  describe('bad input', () => {
    it('refuses `from` after `to`, naming `to`', async () => {
      const result = await sut.gql(ROADMAP, { from: '2027-06-01', to: '2027-05-31' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(result.data).toBeNull();
    });

    it('refuses a window longer than 5 years, and takes one of exactly 5', async () => {
      const result = await sut.gql(ROADMAP, { from: '2027-01-01', to: '2032-01-01' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect((await roadmap({ from: '2027-01-01', to: '2031-12-31' })).periods).toHaveLength(20);
    });

    it.each([
      ['not a calendar day', '2027-02-30'],
      ['not a date at all', 'next tuesday'],
      ['a date and time', '2027-01-01T00:00:00Z'],
    ])('refuses a `from` that is %s', async (_label, from) => {
      const result = await sut.gql(ROADMAP, { from, to: '2027-12-31' });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses dates outside 1900-9998 naming the argument, and keeps serving', async () => {
      const result = await sut.gql(ROADMAP, { from: '9999-01-01', to: '9999-12-31' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      expect((await roadmap({ from: '2027-01-01', to: '2027-01-31' })).periods).toHaveLength(1);
    });
  });
});
