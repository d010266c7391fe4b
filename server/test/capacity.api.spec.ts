import { InitiativeStatus, Role } from '@throughline/shared';
import { QueryCounter } from '../src/common/query-counter';
import { auditEvents, changesOf } from './audit-helpers';
import { gqlAs, okAs, SignedIn, signedIn } from './callers';
import { factories } from './factories';
import { expectError, MISSING_ID } from './graphql-helpers';
import { AnswerData, useTestApp } from './test-app';
import { capacityOf, CELL, Cell, SET_ALLOCATIONS, SET_CAPACITY } from './capacity-helpers';

// Hand-computed loads, January fiscal years (FY2061-Q1 is Jan-Mar 2061, Q2 Apr-Jun). Every test
// reads only the teams it made.
describe('capacity: load per team and quarter against capacity', () => {
  const t = useTestApp();
  const make = () => factories(t.dataSource);
  let editor: SignedIn;
  let viewer: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    [editor, viewer, admin] = await Promise.all([signedIn(t, Role.EDITOR), signedIn(t, Role.VIEWER), signedIn(t, Role.ADMIN)]);
  });

  const plan = (from: string, to: string) => capacityOf(t, viewer, from, to);
  const versionOf = async (id: string): Promise<number> =>
    (await okAs<AnswerData>(t, viewer, `query ($id: ID!) { initiative(id: $id) { version } }`, { id })).initiative.version;

  it('spreads effort evenly over calendar days across a quarter boundary, splits it by share, and keeps proposed work apart', async () => {
    const [a, b] = [await make().team(), await make().team()];
    // 20 days, 10 in March and 10 in April, 4 weeks: 2 + 2.
    const boundary = await make().initiative({
      leadTeamId: a.id,
      status: InitiativeStatus.PLANNED,
      startDate: '2061-03-22',
      endDate: '2061-04-10',
      effortWeeks: 4,
    });
    // 30 days of April, 8 weeks, 3/4 on a and 1/4 on b: 6 and 2.
    const shared = await make().initiative({
      leadTeamId: a.id,
      teamIds: [b.id],
      status: InitiativeStatus.IN_PROGRESS,
      startDate: '2061-04-01',
      endDate: '2061-04-30',
      effortWeeks: 8,
    });
    await okAs(t, editor, SET_ALLOCATIONS, {
      initiativeId: shared.id,
      version: shared.version,
      allocations: [
        { teamId: a.id, share: 0.75 },
        { teamId: b.id, share: 0.25 },
      ],
    });
    const proposed = await make().initiative({
      leadTeamId: a.id,
      status: InitiativeStatus.PROPOSED,
      startDate: '2061-05-01',
      endDate: '2061-05-10',
      effortWeeks: 3,
    });
    // None of these add load: done, cancelled, undated, no effort, a single date.
    const dated = { leadTeamId: a.id, startDate: '2061-04-01', endDate: '2061-06-30', effortWeeks: 50 };
    await make().initiatives(
      5,
      (i) =>
        [
          { ...dated, status: InitiativeStatus.DONE },
          { ...dated, status: InitiativeStatus.CANCELLED },
          { ...dated, status: InitiativeStatus.PLANNED, startDate: null, endDate: null },
          { ...dated, status: InitiativeStatus.PLANNED, effortWeeks: null },
          { ...dated, status: InitiativeStatus.PLANNED, endDate: null },
        ][i],
    );
    await okAs(t, editor, SET_CAPACITY, { teamId: a.id, period: 'FY2061-Q2', weeks: 7 });

    const result = await plan('2061-02-15', '2061-05-01');
    expect(result.periods.map((p: AnswerData) => p.label)).toEqual(['FY2061-Q1', 'FY2061-Q2']);
    const cells = (teamId: string): Cell[] => result.teams.find((row: AnswerData) => row.team.id === teamId).cells;
    expect(cells(a.id)).toEqual([
      { period: 'FY2061-Q1', capacityWeeks: null, loadWeeks: 2, proposedWeeks: 0, overBy: null, initiatives: [{ key: boundary.key }] },
      {
        period: 'FY2061-Q2',
        capacityWeeks: 7,
        loadWeeks: 8,
        proposedWeeks: 3,
        overBy: 1,
        initiatives: [{ key: shared.key }, { key: proposed.key }, { key: boundary.key }],
      },
    ]);
    expect(cells(b.id)).toEqual([
      { period: 'FY2061-Q1', capacityWeeks: null, loadWeeks: 0, proposedWeeks: 0, overBy: null, initiatives: [] },
      { period: 'FY2061-Q2', capacityWeeks: null, loadWeeks: 2, proposedWeeks: 0, overBy: null, initiatives: [{ key: shared.key }] },
    ]);
    const CONTRIBUTIONS = `{ capacity(from: "2061-04-01", to: "2061-04-01") { teams { team { id } cells { contributions { weeks proposed } } } } }`;
    const withWeeks = (await okAs<AnswerData>(t, viewer, CONTRIBUTIONS)).capacity.teams.find((row: AnswerData) => row.team.id === a.id);
    expect(withWeeks.cells[0].contributions).toEqual([
      { weeks: 6, proposed: false },
      { weeks: 3, proposed: true },
      { weeks: 2, proposed: false },
    ]);
  });

  it('Team.capacity answers the same cells for a list of teams in as many statements for 2 teams as for 12', async () => {
    const made = await Promise.all(Array.from({ length: 12 }, () => make().team()));
    await make().initiatives(24, (i) => ({
      leadTeamId: made[i % 12].id,
      status: InitiativeStatus.PLANNED,
      startDate: '2062-01-01',
      endDate: '2062-01-10',
      effortWeeks: 10,
    }));
    const TEAMS = `{ teams { id capacity(from: "2062-01-01", to: "2062-06-30") { ${CELL} } } }`;
    const counter = QueryCounter.of(t.dataSource);
    const all = await counter.measure(() => okAs<AnswerData>(t, viewer, TEAMS));
    const mine = all.result.teams.filter((row: AnswerData) => made.some((team) => team.id === row.id));
    expect(mine).toHaveLength(12);
    for (const row of mine) expect(row.capacity.map((cell: Cell) => cell.loadWeeks)).toEqual([20, 0]);
    const DEEP = `query ($from: Date!, $to: Date!) { capacity(from: $from, to: $to) { teams { team { id name } cells { ${CELL}
      initiatives { key leadTeam { name } } contributions { weeks initiative { key } } } } } }`;
    const few = await counter.measure(() => okAs(t, viewer, DEEP, { from: '2061-01-01', to: '2061-03-31' }));
    const many = await counter.measure(() => okAs(t, viewer, DEEP, { from: '2062-01-01', to: '2062-03-31' }));
    expect(many.statements).toBe(few.statements);
    const ALLOCATIONS = `query ($take: Int) { initiatives(take: $take) { items { key allocations { share team { key } } } } }`;
    const two = await counter.measure(() => okAs(t, viewer, ALLOCATIONS, { take: 2 }));
    const twenty = await counter.measure(() => okAs(t, viewer, ALLOCATIONS, { take: 20 }));
    expect(twenty.statements).toBe(two.statements);
  });

  it('Initiative.allocations: all on the lead team by default; as set, largest first; an empty list goes back to the default', async () => {
    const [lead, other] = [await make().team({ key: 'ALLOCA' }), await make().team({ key: 'ALLOCB' })];
    const initiative = await make().initiative({ leadTeamId: lead.id, teamIds: [other.id] });
    const ALLOCATIONS = `query ($id: ID!) { initiative(id: $id) { version allocations { team { key } share } } }`;
    const read = async () => (await okAs<AnswerData>(t, viewer, ALLOCATIONS, { id: initiative.id })).initiative;
    expect((await read()).allocations).toEqual([{ team: { key: 'ALLOCA' }, share: 1 }]);

    const answer = await okAs<AnswerData>(t, editor, SET_ALLOCATIONS, {
      initiativeId: initiative.id,
      version: initiative.version,
      allocations: [
        { teamId: lead.id, share: 0.1 },
        { teamId: other.id, share: 0.9 },
      ],
    });
    expect(answer.setAllocations.version).toBe(initiative.version + 1);
    expect((await read()).allocations).toEqual([
      { team: { key: 'ALLOCB' }, share: 0.9 },
      { team: { key: 'ALLOCA' }, share: 0.1 },
    ]);
    const [event] = await auditEvents(t, admin, { entityType: 'Initiative', entityId: initiative.id });
    expect(event.actor.user?.id).toBe(editor.user.id);
    expect(changesOf(event).allocations[1].sort()).toEqual([`${lead.id}=0.1`, `${other.id}=0.9`].sort());

    await okAs(t, editor, SET_ALLOCATIONS, { initiativeId: initiative.id, version: await versionOf(initiative.id), allocations: [] });
    expect((await read()).allocations).toEqual([{ team: { key: 'ALLOCA' }, share: 1 }]);
  });

  it('a team that leaves the initiative takes its share with it; the others are scaled to sum to 1', async () => {
    const [lead, b, c] = [await make().team(), await make().team(), await make().team()];
    const initiative = await make().initiative({ leadTeamId: lead.id, teamIds: [b.id, c.id] });
    await okAs(t, editor, SET_ALLOCATIONS, {
      initiativeId: initiative.id,
      version: initiative.version,
      allocations: [
        { teamId: lead.id, share: 0.2 },
        { teamId: b.id, share: 0.2 },
        { teamId: c.id, share: 0.6 },
      ],
    });
    await okAs(t, editor, `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id } }`, {
      input: { id: initiative.id, version: await versionOf(initiative.id), teamIds: [lead.id, b.id] },
    });
    const { initiative: read } = await okAs<AnswerData>(
      t,
      viewer,
      `query ($id: ID!) { initiative(id: $id) { allocations { team { id } share } } }`,
      {
        id: initiative.id,
      },
    );
    expect(read.allocations.map((a: AnswerData) => a.share)).toEqual([0.5, 0.5]);
  });

  it('setAllocations refuses, naming the field and writing nothing: teams not its own, twice, shares out of range or not summing to 1, a stale version', async () => {
    const [lead, other, stranger] = [await make().team(), await make().team(), await make().team()];
    const initiative = await make().initiative({ leadTeamId: lead.id, teamIds: [other.id] });
    const attempt = (allocations: AnswerData[], variables: AnswerData = {}) =>
      gqlAs(t, editor, SET_ALLOCATIONS, { initiativeId: initiative.id, version: initiative.version, allocations, ...variables });
    const half = (teamId: string) => ({ teamId, share: 0.5 });

    expectError(await attempt([half(lead.id), half(stranger.id)]), 'BAD_USER_INPUT', 'allocations[1].teamId');
    expectError(await attempt([half(lead.id), half(lead.id)]), 'BAD_USER_INPUT', 'allocations[1].teamId');
    expectError(
      await attempt([
        { teamId: lead.id, share: 1.5 },
        { teamId: other.id, share: -0.5 },
      ]),
      'BAD_USER_INPUT',
      'allocations[0].share',
    );
    expectError(await attempt([half(lead.id), { teamId: other.id, share: 0.4 }]), 'BAD_USER_INPUT', 'allocations');
    expectError(await attempt([half(lead.id), { teamId: 'nope', share: 0.5 }]), 'BAD_USER_INPUT', 'allocations[1].teamId');
    expectError(await attempt([half(lead.id), half(other.id)], { version: initiative.version + 5 }), 'CONFLICT', 'version');
    expectError(await attempt([half(lead.id), half(other.id)], { initiativeId: MISSING_ID }), 'NOT_FOUND', 'initiativeId');
    expectError(await gqlAs(t, viewer, SET_ALLOCATIONS, { initiativeId: initiative.id, version: 1, allocations: [] }), 'FORBIDDEN');

    expect(await versionOf(initiative.id)).toBe(initiative.version);
    // 0.1 + 0.2 + 0.7 is 1 within floating point.
    const three = await make().initiative({ leadTeamId: lead.id, teamIds: [other.id, stranger.id] });
    const shares = [0.1, 0.2, 0.7].map((share, i) => ({ teamId: [lead.id, other.id, stranger.id][i], share }));
    await okAs(t, editor, SET_ALLOCATIONS, { initiativeId: three.id, version: three.version, allocations: shares });
  });

  it('setTeamCapacity sets, changes and clears (null) a quarter, audited; bad input names the argument', async () => {
    const team = await make().team();
    const cell = async () => (await plan('2063-04-01', '2063-04-01')).teams.find((row: AnswerData) => row.team.id === team.id).cells[0];
    const set = (period: string, weeks: number | null) => okAs<AnswerData>(t, editor, SET_CAPACITY, { teamId: team.id, period, weeks });

    expect((await set('fy2063-q2 ', 12.5)).setTeamCapacity.id).toBe(team.id);
    expect((await cell()).capacityWeeks).toBe(12.5);
    await set('FY2063-Q2', 10);
    await set('FY2063-Q2', null);
    expect((await cell()).capacityWeeks).toBeNull();
    const events = await auditEvents(t, admin, { entityType: 'TeamCapacity', entityId: `${team.id} FY2063-Q2` });
    expect(events.map((event) => [event.action, changesOf(event).weeks])).toEqual([
      ['DELETE', [10, undefined]],
      ['UPDATE', [12.5, 10]],
      ['CREATE', [undefined, 12.5]],
    ]);

    const attempt = (variables: AnswerData) =>
      gqlAs(t, editor, SET_CAPACITY, { teamId: team.id, period: 'FY2063-Q2', weeks: 1, ...variables });
    expectError(await attempt({ period: '2063-Q2' }), 'BAD_USER_INPUT', 'period');
    expectError(await attempt({ period: 'FY2063-H1' }), 'BAD_USER_INPUT', 'period');
    expectError(await attempt({ weeks: -1 }), 'BAD_USER_INPUT', 'weeks');
    expectError(await attempt({ weeks: 100_001 }), 'BAD_USER_INPUT', 'weeks');
    expectError(await attempt({ teamId: MISSING_ID }), 'NOT_FOUND', 'teamId');
    expectError(await attempt({ teamId: 'nope' }), 'BAD_USER_INPUT', 'teamId');
    expectError(await gqlAs(t, viewer, SET_CAPACITY, { teamId: team.id, period: 'FY2063-Q2', weeks: 1 }), 'FORBIDDEN');
    expectError(await gqlAs(t, viewer, `{ capacity(from: "2063-05-01", to: "2063-04-01") { periods { label } } }`), 'BAD_USER_INPUT', 'to');
    expect((await cell()).capacityWeeks).toBeNull();
  });

  it('copyCapacityForward copies each team’s quarter into the next, keeping what is set there unless overwrite', async () => {
    const [a, b] = [await make().team(), await make().team()];
    const set = (teamId: string, period: string, weeks: number) => okAs(t, editor, SET_CAPACITY, { teamId, period, weeks });
    await set(a.id, 'FY2070-Q4', 5);
    await set(b.id, 'FY2070-Q4', 6);
    await set(b.id, 'FY2071-Q1', 9);
    const COPY = `mutation ($period: String!, $overwrite: Boolean) { copyCapacityForward(period: $period, overwrite: $overwrite) { id } }`;

    // Q4 copies into Q1 of the next fiscal year.
    expect((await okAs<AnswerData>(t, editor, COPY, { period: 'FY2070-Q4' })).copyCapacityForward).toEqual([{ id: a.id }]);
    const next = async () =>
      (await plan('2071-01-01', '2071-01-01')).teams
        .filter((row: AnswerData) => [a.id, b.id].includes(row.team.id))
        .map((row: AnswerData) => [row.team.id, row.cells[0].capacityWeeks]);
    expect(await next()).toEqual(
      expect.arrayContaining([
        [a.id, 5],
        [b.id, 9],
      ]),
    );
    await okAs(t, editor, COPY, { period: 'FY2070-Q4', overwrite: true });
    expect(await next()).toEqual(
      expect.arrayContaining([
        [a.id, 5],
        [b.id, 6],
      ]),
    );
    expectError(await gqlAs(t, editor, COPY, { period: 'next' }), 'BAD_USER_INPUT', 'period');
  });
});
