import { GraphQLSchemaHost } from '@nestjs/graphql';
import { InitiativeStatus, Role } from '@throughline/shared';
import { GraphQLObjectType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { Factories, factories } from './factories';
import { yearWindow } from './graphql-helpers';
import { AnswerValue, useTestApp } from './test-app';

// The roadmap's compact shape (each initiative and lead team once, lanes and dependencies as
// positions) says what its full shape says.

const BAR = 'id key title status startDate endDate';

const BOTH_SHAPES = `query ($from: Date!, $to: Date!, $groupBy: RoadmapGroupBy, $filter: InitiativeFilter) {
  roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
    lanes { key title initiatives { ${BAR} leadTeam { id key name } } barIndexes }
    dependencies { conflict dependent { id } blocker { id } }
    bars { ${BAR} leadTeamId }
    leadTeams { id key name }
    dependencyIndexes
    dependencyConflicts
  }
}`;

const COMPACT_ONLY = `query ($from: Date!, $to: Date!) {
  roadmap(from: $from, to: $to) { lanes { key barIndexes } bars { id } leadTeams { id } dependencyIndexes }
}`;

interface Team {
  id: string;
  key: string;
  name: string;
}

/** The full shape rebuilt from the compact one, as the web app rebuilds it. */
function expand(roadmap: AnswerValue) {
  const teams = new Map<string, Team>(roadmap.leadTeams.map((team: Team) => [team.id, team]));
  const bars = roadmap.bars.map(({ leadTeamId, ...bar }: AnswerValue) => ({ ...bar, leadTeam: teams.get(leadTeamId) ?? null }));
  const dependencies = roadmap.dependencyConflicts.map((conflict: boolean, i: number) => ({
    conflict,
    dependent: { id: bars[roadmap.dependencyIndexes[2 * i]].id },
    blocker: { id: bars[roadmap.dependencyIndexes[2 * i + 1]].id },
  }));
  const lanes = roadmap.lanes.map((lane: AnswerValue) => ({
    key: lane.key,
    title: lane.title,
    initiatives: lane.barIndexes.map((index: number) => bars[index]),
  }));
  return { lanes, dependencies };
}

const full = (roadmap: AnswerValue) => ({
  lanes: roadmap.lanes.map(({ key, title, initiatives }: AnswerValue) => ({ key, title, initiatives })),
  dependencies: roadmap.dependencies,
});

describe('roadmap API, compact shape', () => {
  const sut = useTestApp();
  let make: Factories;
  let looseKey: string;
  const { from, to } = yearWindow(2071);

  beforeAll(async () => {
    make = factories(sut.dataSource);
    const [platform, payments] = await Promise.all([make.team({ name: 'Platform' }), make.team({ name: 'Payments' })]);
    const [churn, cost] = await Promise.all([make.goal({ title: 'Reduce churn' }), make.goal({ title: 'Cut cost' })]);
    const on = (leadTeamId: string | undefined, startDate: string, endDate: string, extra: object = {}) =>
      make.initiative({ leadTeamId, startDate, endDate, ...extra });
    const blocker = await on(platform.id, '2071-01-10', '2071-04-30', { goalIds: [churn.id, cost.id] });
    const late = await on(platform.id, '2071-03-01', '2071-06-30', { status: InitiativeStatus.IN_PROGRESS, goalIds: [churn.id] });
    const onTime = await on(payments.id, '2071-05-01', '2071-08-31', { teamIds: [platform.id] });
    const loose = await on(undefined, '2071-02-01', '2071-02-28', {
      status: InitiativeStatus.DONE,
      description: 'Why it matters',
      owner: 'Ada',
      effortWeeks: 3,
    });
    looseKey = loose.key;
    await on(payments.id, '2072-02-01', '2072-03-01'); // outside the window
    await make.dependency(late.id, blocker.id);
    await make.dependency(onTime.id, blocker.id);
    await make.dependency(onTime.id, late.id);
    await make.dependency(loose.id, blocker.id);
  });

  it.each(['TEAM', 'GOAL', 'STATUS'])('says what the full shape says, grouped by %s', async (groupBy) => {
    const { roadmap } = await sut.ok(BOTH_SHAPES, { from, to, groupBy });
    expect(roadmap.dependencies.some((d: AnswerValue) => d.conflict)).toBe(true);
    expect(expand(roadmap)).toEqual(full(roadmap));
  });

  it('sends each initiative and each lead team once, also when an initiative is in two lanes', async () => {
    const { roadmap } = await sut.ok(BOTH_SHAPES, { from, to, groupBy: 'GOAL' });
    const laneEntries = roadmap.lanes.flatMap((lane: AnswerValue) => lane.barIndexes);
    expect(laneEntries.length).toBeGreaterThan(roadmap.bars.length);
    expect(new Set(roadmap.bars.map((bar: AnswerValue) => bar.id)).size).toBe(4);
    expect(roadmap.leadTeams.map((team: Team) => team.name)).toEqual(['Payments', 'Platform']);
  });

  it('keeps to the filter as the full shape does', async () => {
    const { roadmap } = await sut.ok(BOTH_SHAPES, { from, to, filter: { statuses: ['PROPOSED', 'IN_PROGRESS'] } });
    expect(expand(roadmap)).toEqual(full(roadmap));
    expect(roadmap.bars.length).toBeLessThan(4);
  });

  it('is empty for an empty window', async () => {
    const { roadmap } = await sut.ok(BOTH_SHAPES, yearWindow(2073));
    expect(roadmap).toMatchObject({ lanes: [], bars: [], leadTeams: [], dependencyIndexes: [], dependencyConflicts: [] });
  });

  it('answers the fields it leaves unread unless asked, when asked (here through a fragment)', async () => {
    const query = `query ($from: Date!, $to: Date!) {
      roadmap(from: $from, to: $to) { bars { ...Detail } }
    }
    fragment Detail on Initiative { key description owner effortWeeks }`;
    const { roadmap } = await sut.ok(query, { from, to });
    const loose = roadmap.bars.find((bar: AnswerValue) => bar.key === looseKey);
    expect(loose).toEqual({ key: looseKey, description: 'Why it matters', owner: 'Ada', effortWeeks: 3 });
  });

  it('answers compiled (the roadmap alone) what graphql-js answers (the roadmap beside another root field)', async () => {
    const alone = await sut.ok(BOTH_SHAPES, { from, to, groupBy: 'GOAL' });
    const beside = await sut.ok(BOTH_SHAPES.replace(/\}\s*$/, '  __typename\n}'), { from, to, groupBy: 'GOAL' });
    expect(beside.__typename).toBe('Query');
    expect(alone.roadmap).toEqual(beside.roadmap);
  });

  it("reads the plain fields of the app's schema as properties: NestJS's resolver on them is dropped (plain-fields.ts)", () => {
    const initiative = sut.app.get(GraphQLSchemaHost).schema.getType('Initiative') as GraphQLObjectType;
    expect(initiative.getFields().title.resolve).toBeUndefined();
    expect(initiative.getFields().leadTeam.resolve).toBeDefined();
  });

  it("answers the web app's query (a fragment, defaults, @include) compiled as graphql-js does", async () => {
    const web = (extra: string) => `query Roadmap($from: Date!, $to: Date!, $baselineId: ID! = "", $withBaseline: Boolean! = false) {
      roadmap(from: $from, to: $to) {
        lanes { key title barIndexes }
        bars { ...Bar baseline(id: $baselineId) @include(if: $withBaseline) { startDate endDate } }
        leadTeams { id key name }
        dependencyIndexes
      }
      ${extra}
    }
    fragment Bar on Initiative { id key title status health startDate endDate progress version externalKey leadTeamId }`;
    for (const variables of [
      { from, to },
      { from, to, baselineId: randomUUID(), withBaseline: true },
    ]) {
      const alone = await sut.ok(web(''), variables);
      const beside = await sut.ok(web('__typename'), variables);
      expect(alone.roadmap).toEqual(beside.roadmap);
      expect(alone.roadmap.bars).toHaveLength(4);
    }
  });

  it('is readable by a viewer and refused without credentials, like the full shape', async () => {
    const viewer = await sut.as(Role.VIEWER).ok(COMPACT_ONLY, { from, to });
    expect(viewer.roadmap.bars).toHaveLength(4);
    const { errors } = await sut.anonymous.gql(COMPACT_ONLY, { from, to });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
