import { InitiativeStatus } from '@throughline/shared';
import { QueryCounter } from '../src/common/query-counter';
import { Factories, factories } from './factories';
import { yearWindow } from './graphql-helpers';
import { useTestApp } from './test-app';

const ALIGNMENT = `query ($from: Date!, $to: Date!) {
  alignment(from: $from, to: $to) {
    goals { depth effortWeeks goal { id title } initiatives { id key } }
    unaligned { id key }
    alignedShare
    effortWeighted
    effortMatrix { team { id } goal { id } effortWeeks initiativeCount }
    teams { team { id } initiativeCount alignedCount effortWeeks alignedEffortWeeks alignedShare }
  }
}`;

interface GoalAlignment {
  depth: number;
  effortWeeks: number;
  goal: { id: string; title: string };
  initiatives: Array<{ id: string }>;
}

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

// Each test works in a year of its own, so its initiatives are the only ones in its window.
describe('alignment API', () => {
  const sut = useTestApp();
  let make: Factories;

  beforeAll(() => {
    make = factories(sut.dataSource);
  });

  async function alignment(year: number) {
    return (await sut.ok(ALIGNMENT, yearWindow(year))).alignment;
  }

  const goalIn = (result: { goals: GoalAlignment[] }, id: string) => result.goals.find((g) => g.goal.id === id)!;

  it('lists for each goal the initiatives in the window serving it, and the unaligned ones, leaving out cancelled work', async () => {
    const year = 2061;
    const [churn, cost] = await Promise.all([make.goal(), make.goal()]);
    const both = await make.initiative({ startDate: `${year}-02-01`, goalIds: [churn.id, cost.id] });
    const churnOnly = await make.initiative({ startDate: `${year}-01-01`, endDate: `${year}-03-01`, goalIds: [churn.id] });
    const loose = await make.initiative({ startDate: `${year}-05-01` });
    await make.initiative({ startDate: `${year}-06-01`, goalIds: [churn.id], status: InitiativeStatus.CANCELLED });
    await make.initiative({ startDate: `${year}-06-01`, status: InitiativeStatus.CANCELLED });
    await make.initiative({ startDate: `${year + 1}-01-01`, goalIds: [cost.id] });
    await make.initiative({ goalIds: [cost.id] });

    const result = await alignment(year);
    expect(ids(goalIn(result, churn.id).initiatives)).toEqual([churnOnly.id, both.id]);
    expect(ids(goalIn(result, cost.id).initiatives)).toEqual([both.id]);
    expect(ids(result.unaligned)).toEqual([loose.id]);
    expect(result).toMatchObject({ alignedShare: 2 / 3, effortWeighted: false });
  });

  it('lists every goal as a tree: roots by title, each followed by its children, with their depth', async () => {
    const prefix = `Tree ${Date.now()}`;
    const zeta = await make.goal({ title: `${prefix} Z root` });
    const alpha = await make.goal({ title: `${prefix} A root` });
    const child2 = await make.goal({ title: `${prefix} B child`, parentId: alpha.id });
    const child1 = await make.goal({ title: `${prefix} A child`, parentId: alpha.id });
    const grandchild = await make.goal({ title: `${prefix} A grandchild`, parentId: child2.id });

    const result = await alignment(2062);
    const ours = result.goals.filter((g: GoalAlignment) => g.goal.title.startsWith(prefix));
    expect(ours.map((g: GoalAlignment) => [g.goal.id, g.depth])).toEqual([
      [alpha.id, 0],
      [child1.id, 1],
      [child2.id, 1],
      [grandchild.id, 2],
      [zeta.id, 0],
    ]);
    expect(ours.every((g: GoalAlignment) => g.initiatives.length === 0 && g.effortWeeks === 0)).toBe(true);
  });

  describe('alignedShare', () => {
    it('counts initiatives when any lacks an effort estimate', async () => {
      const year = 2063;
      const goal = await make.goal();
      await make.initiative({ startDate: `${year}-01-01`, goalIds: [goal.id], effortWeeks: 30 });
      await make.initiatives(3, (i) => ({ startDate: `${year}-02-01`, effortWeeks: i === 0 ? null : 1 }));

      expect(await alignment(year)).toMatchObject({ alignedShare: 0.25, effortWeighted: false });
    });

    it('weighs by effort when every initiative has an estimate', async () => {
      const year = 2064;
      const goal = await make.goal();
      await make.initiative({ startDate: `${year}-01-01`, goalIds: [goal.id], effortWeeks: 30 });
      await make.initiatives(3, () => ({ startDate: `${year}-02-01`, effortWeeks: 10 / 3 }));
      await make.initiative({ startDate: `${year}-02-01`, effortWeeks: 1000, status: InitiativeStatus.CANCELLED });

      const result = await alignment(year);
      expect(result.effortWeighted).toBe(true);
      expect(result.alignedShare).toBeCloseTo(0.75, 10);
    });

    it('counts when every estimate is 0, and is 0 for an empty window', async () => {
      const year = 2065;
      const goal = await make.goal();
      await make.initiatives(2, (i) => ({ startDate: `${year}-01-01`, effortWeeks: 0, goalIds: i ? [goal.id] : [] }));

      expect(await alignment(year)).toMatchObject({ alignedShare: 0.5, effortWeighted: false });
      expect(await alignment(2066)).toMatchObject({ alignedShare: 0, effortWeighted: false, unaligned: [] });
    });
  });

  it('builds the team × goal effort matrix by lead team, counting an initiative under each goal it serves', async () => {
    const year = 2067;
    const [teamA, teamB] = [await make.team({ name: 'Matrix A' }), await make.team({ name: 'Matrix B' })];
    const [g1, g2] = [await make.goal({ title: 'Matrix goal 1' }), await make.goal({ title: 'Matrix goal 2' })];
    const on = { startDate: `${year}-03-01` };
    await make.initiative({ ...on, leadTeamId: teamA.id, goalIds: [g1.id], effortWeeks: 10 });
    await make.initiative({ ...on, leadTeamId: teamA.id, goalIds: [g1.id, g2.id], effortWeeks: 5, teamIds: [teamB.id] });
    await make.initiative({ ...on, leadTeamId: teamA.id, effortWeeks: 4 });
    await make.initiative({ ...on, leadTeamId: teamB.id, goalIds: [g2.id] });
    await make.initiative({ ...on, goalIds: [g1.id], effortWeeks: 2 });
    await make.initiative({ ...on, leadTeamId: teamB.id, goalIds: [g1.id], effortWeeks: 99, status: InitiativeStatus.CANCELLED });

    const result = await alignment(year);
    const cell = (team: { id: string } | null, goal: { id: string } | null, effortWeeks: number, initiativeCount: number) => ({
      team: team && { id: team.id },
      goal: goal && { id: goal.id },
      effortWeeks,
      initiativeCount,
    });
    expect(result.effortMatrix).toEqual([
      cell(teamA, g1, 15, 2),
      cell(teamA, g2, 5, 1),
      cell(teamA, null, 4, 1),
      cell(teamB, g2, 0, 1),
      cell(null, g1, 2, 1),
    ]);
    expect(result.teams).toEqual([
      { team: { id: teamA.id }, initiativeCount: 3, alignedCount: 2, effortWeeks: 19, alignedEffortWeeks: 15, alignedShare: 15 / 19 },
      { team: { id: teamB.id }, initiativeCount: 1, alignedCount: 1, effortWeeks: 0, alignedEffortWeeks: 0, alignedShare: 1 },
      { team: null, initiativeCount: 1, alignedCount: 1, effortWeeks: 2, alignedEffortWeeks: 2, alignedShare: 1 },
    ]);
    expect(goalIn(result, g1.id).effortWeeks).toBe(17);
  });

  it('costs the same few SQL statements for 10 or 200 initiatives', async () => {
    const counter = QueryCounter.of(sut.dataSource);
    const build = async (year: number, count: number) => {
      const teams = await Promise.all(Array.from({ length: 4 }, () => make.team()));
      const goals = await Promise.all(Array.from({ length: 3 }, () => make.goal()));
      await make.initiatives(count, (i) => ({
        startDate: `${year}-05-01`,
        leadTeamId: i % 5 === 4 ? null : teams[i % 4].id,
        goalIds: i % 3 === 2 ? [] : [goals[i % 3].id],
      }));
    };
    await build(2068, 10);
    await build(2069, 200);
    const deep = `query ($from: Date!, $to: Date!) { alignment(from: $from, to: $to) {
      goals { goal { id title } initiatives { id leadTeam { name } } }
      unaligned { id leadTeam { name } }
      effortMatrix { team { name } goal { title } effortWeeks }
      teams { team { name } alignedShare }
    } }`;
    const small = await counter.measure(() => sut.ok(deep, yearWindow(2068)));
    const large = await counter.measure(() => sut.ok(deep, yearWindow(2069)));
    expect(large.result.alignment.unaligned.length).toBeGreaterThan(50);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(6);
  });

  describe('bad input', () => {
    it('refuses `from` after `to` naming `to`, and a window over 5 years', async () => {
      const reversed = await sut.gql(ALIGNMENT, { from: '2027-06-01', to: '2027-05-31' });
      expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      const long = await sut.gql(ALIGNMENT, { from: '2027-01-01', to: '2033-01-01' });
      expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('refuses a malformed date', async () => {
      const result = await sut.gql(ALIGNMENT, { from: '2027-13-01', to: '2027-12-31' });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
