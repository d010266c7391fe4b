import { Role } from '@throughline/shared';
import { QueryCounter } from '../src/common/query-counter';
import { gqlAs, okAs, SignedIn, signedIn } from './callers';
import { factories } from './factories';
import { expectError, MISSING_ID, UPDATE_INITIATIVE, yearWindow } from './graphql-helpers';
import { AnswerData, useTestApp } from './test-app';

const CREATE_BASELINE = `mutation ($name: String!) { createBaseline(name: $name) { id } }`;
const SLIPS = `query ($id: ID!, $first: Int, $filter: InitiativeFilter) {
  baseline(id: $id) { id name biggestSlips(first: $first, filter: $filter) { key baseline(id: $id) { endDate slipDays } } }
}`;
const ROADMAP_ALONE = `query ($from: Date!, $to: Date!) { roadmap(from: $from, to: $to) { lanes { initiatives { id key endDate } } } }`;
const ROADMAP = `query ($from: Date!, $to: Date!, $baseline: ID!) {
  roadmap(from: $from, to: $to) { lanes { initiatives { id key endDate baseline(id: $baseline) { startDate endDate slipDays } } } }
}`;

// Every baseline holds every initiative; each test reads only the initiatives it made (a team of its
// own in the filter), and what it moves after saving its baseline.
describe('baselines: one baseline, its biggest slips, and the roadmap against it', () => {
  const t = useTestApp();
  let editor: SignedIn;
  let viewer: SignedIn;

  const make = () => factories(t.dataSource);

  beforeAll(async () => {
    editor = await signedIn(t, Role.EDITOR);
    viewer = await signedIn(t, Role.VIEWER);
  });

  const save = async (name: string): Promise<string> => (await okAs<AnswerData>(t, editor, CREATE_BASELINE, { name })).createBaseline.id;
  const moveEnd = async (id: string, endDate: string) => {
    const { initiative } = await okAs<AnswerData>(t, editor, `query ($id: ID!) { initiative(id: $id) { version } }`, { id });
    await okAs(t, editor, UPDATE_INITIATIVE, { input: { id, version: initiative.version, endDate } });
  };

  it('`baseline(id)` answers one baseline to a viewer; null when there is none; a malformed id is bad input', async () => {
    const id = await save('FY2027-Q1 plan as agreed');
    expect((await okAs<AnswerData>(t, viewer, `query ($id: ID!) { baseline(id: $id) { id name } }`, { id })).baseline).toEqual({
      id,
      name: 'FY2027-Q1 plan as agreed',
    });
    expect((await okAs<AnswerData>(t, viewer, `query ($id: ID!) { baseline(id: $id) { id } }`, { id: MISSING_ID })).baseline).toBeNull();
    expectError(await gqlAs(t, viewer, `{ baseline(id: "nope") { id } }`), 'BAD_USER_INPUT', 'id');
  });

  it('biggestSlips: the initiatives whose end moved later, furthest first (ties by key), within `first` and the filter', async () => {
    const team = await make().team();
    const on = (endDate: string | null, key?: string) => make().initiative({ leadTeamId: team.id, startDate: '2060-01-05', endDate, key });
    const [small, large, tieA, tieB, earlier, same, undated] = await Promise.all([
      on('2060-03-01'),
      on('2060-03-01'),
      on('2060-03-01', `SLIP-10`),
      on('2060-03-01', `SLIP-9`),
      on('2060-03-01'),
      on('2060-03-01'),
      on(null),
    ]);
    const outsider = await make().initiative({ startDate: '2060-01-05', endDate: '2060-03-01' });
    const id = await save('Before the moves');
    await moveEnd(small.id, '2060-03-04');
    await moveEnd(large.id, '2060-04-01');
    await moveEnd(tieA.id, '2060-03-15');
    await moveEnd(tieB.id, '2060-03-15');
    await moveEnd(earlier.id, '2060-02-20');
    await moveEnd(undated.id, '2060-05-01');
    await moveEnd(outsider.id, '2060-12-31');
    const added = await make().initiative({ leadTeamId: team.id, startDate: '2060-01-05', endDate: '2060-12-31' });

    const slips = async (variables: Record<string, unknown>) =>
      (await okAs<AnswerData>(t, viewer, SLIPS, { id, filter: { teamIds: [team.id] }, ...variables })).baseline.biggestSlips;
    expect(await slips({})).toEqual([
      { key: large.key, baseline: { endDate: '2060-03-01', slipDays: 31 } },
      { key: tieB.key, baseline: { endDate: '2060-03-01', slipDays: 14 } },
      { key: tieA.key, baseline: { endDate: '2060-03-01', slipDays: 14 } },
      { key: small.key, baseline: { endDate: '2060-03-01', slipDays: 3 } },
    ]);
    expect((await slips({ first: 2 })).map((s: { key: string }) => s.key)).toEqual([large.key, tieB.key]);
    const all = (await slips({ filter: null, first: 100 })).map((s: { key: string }) => s.key);
    expect(all).toContain(outsider.key);
    expect(all).not.toEqual(expect.arrayContaining([earlier.key, same.key, undated.key, added.key]));
  });

  it.each([0, 101, -1])('refuses first = %s, naming `first`', async (first) => {
    const id = await save('Limits');
    const result = await gqlAs(t, viewer, SLIPS, { id, first });
    expectError(result, 'BAD_USER_INPUT', 'first');
  });

  it('refuses a malformed filter id, naming it', async () => {
    const id = await save('Bad filter');
    const result = await gqlAs(t, viewer, SLIPS, { id, filter: { teamIds: ['nope'] } });
    expectError(result, 'BAD_USER_INPUT', 'filter.teamIds[0]');
  });

  describe('SQL statements', () => {
    /** `count` initiatives in `year`. */
    async function build(year: number, count: number): Promise<void> {
      await make().initiatives(count, (i) => ({ startDate: `${year}-0${1 + (i % 9)}-01`, endDate: `${year}-0${1 + (i % 9)}-20` }));
    }

    let baselineId = '';
    beforeAll(async () => {
      await build(2070, 10);
      await build(2071, 200);
      baselineId = await save('Statement count');
      // Every one of them then ends 1 to 9 days later than in the baseline.
      await t.dataSource.query(
        `UPDATE initiative SET end_date = end_date + (1 + (substring(key from '[0-9]+$')::int % 9)) WHERE end_date BETWEEN '2070-01-01' AND '2071-12-31'`,
      );
    });

    it('the roadmap against a baseline costs the same few statements at 10 and at 200 initiatives', async () => {
      const counter = QueryCounter.of(t.dataSource);
      const small = await counter.measure(() => okAs<AnswerData>(t, viewer, ROADMAP, { ...yearWindow(2070), baseline: baselineId }));
      const large = await counter.measure(() => okAs<AnswerData>(t, viewer, ROADMAP, { ...yearWindow(2071), baseline: baselineId }));

      const bars = (data: AnswerData) => data.roadmap.lanes.flatMap((lane: AnswerData) => lane.initiatives);
      expect(bars(small.result)).toHaveLength(10);
      expect(bars(large.result)).toHaveLength(200);
      for (const bar of bars(large.result)) expect(bar.baseline.slipDays).toBeGreaterThanOrEqual(1);
      expect(large.statements).toBe(small.statements);
      // One statement more than the roadmap alone: the baseline's dates of every bar, in one batch.
      const plain = await counter.measure(() => okAs(t, viewer, ROADMAP_ALONE, yearWindow(2071)));
      expect(large.statements).toBe(plain.statements + 1);
    });

    it('biggestSlips costs the same statements whatever the plan holds', async () => {
      const counter = QueryCounter.of(t.dataSource);
      const few = await counter.measure(() => okAs<AnswerData>(t, viewer, SLIPS, { id: baselineId, first: 1 }));
      const many = await counter.measure(() => okAs<AnswerData>(t, viewer, SLIPS, { id: baselineId, first: 100 }));
      expect(few.result.baseline.biggestSlips).toHaveLength(1);
      expect(many.result.baseline.biggestSlips).toHaveLength(100);
      expect(many.statements).toBe(few.statements);
      expect(many.statements).toBeLessThanOrEqual(6);
    });
  });
});
