import { InitiativeStatus, Role } from '@throughline/shared';
import { okAs, SignedIn, signedIn } from './callers';
import { factories } from './factories';
import { capacityOf, SET_CAPACITY } from './capacity-helpers';
import { AnswerData, useTestApp } from './test-app';

// A fiscal year starting in February: FY2061 runs Feb 2060 - Jan 2061, so FY2061-Q4 is
// Nov 2060 - Jan 2061 and FY2062-Q1 is Feb - Apr 2061.
describe('capacity with a fiscal year starting in February', () => {
  // loadConfig reads FISCAL_YEAR_START_MONTH from process.env as well as from the overrides.
  const saved = process.env.FISCAL_YEAR_START_MONTH;
  beforeAll(() => {
    process.env.FISCAL_YEAR_START_MONTH = '2';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.FISCAL_YEAR_START_MONTH;
    else process.env.FISCAL_YEAR_START_MONTH = saved;
  });
  const t = useTestApp({ FISCAL_YEAR_START_MONTH: '2' });
  let editor: SignedIn;

  beforeAll(async () => {
    editor = await signedIn(t, Role.EDITOR);
  });

  it('splits work at the fiscal quarter boundary (1 February), not the calendar one (1 April)', async () => {
    const team = await factories(t.dataSource).team();
    const on = (startDate: string, endDate: string, effortWeeks: number) => ({
      leadTeamId: team.id,
      status: InitiativeStatus.PLANNED,
      startDate,
      endDate,
      effortWeeks,
    });
    // 10 days in January, 10 in February: 1 + 1.
    await factories(t.dataSource).initiative(on('2061-01-22', '2061-02-10', 2));
    // 27 March - 5 April is inside FY2062-Q1: all 1 week there.
    await factories(t.dataSource).initiative(on('2061-03-27', '2061-04-05', 1));
    await okAs(t, editor, SET_CAPACITY, { teamId: team.id, period: 'FY2062-Q1', weeks: 1.5 });

    const plan = await capacityOf(t, editor, '2061-01-01', '2061-03-31');
    expect(plan.periods).toEqual([
      { label: 'FY2061-Q4', start: '2060-11-01', end: '2061-01-31' },
      { label: 'FY2062-Q1', start: '2061-02-01', end: '2061-04-30' },
    ]);
    const cells = plan.teams.find((row: AnswerData) => row.team.id === team.id).cells;
    expect(cells.map((cell: AnswerData) => [cell.period, cell.loadWeeks, cell.capacityWeeks, cell.overBy])).toEqual([
      ['FY2061-Q4', 1, null, null],
      ['FY2062-Q1', 2, 1.5, 0.5],
    ]);
  });
});
