import { addDays, quarterOf, todayIso } from '@throughline/shared';
import { loadConfig } from '../src/config/config';
import { DemoDataLoader } from '../src/seed/load-demo-data';
import { capacityOf } from './capacity-helpers';
import { AnswerData, useTestApp } from './test-app';
import { signedIn } from './callers';
import { Role } from '@throughline/shared';

describe('demo data: capacity', () => {
  const t = useTestApp();
  const { fiscalYearStartMonth } = loadConfig();

  it('gives every team a capacity this quarter and the next three; exactly one team is over capacity next quarter', async () => {
    await t.app.get(DemoDataLoader).load({ reset: true, fiscalYearStartMonth });
    const now = quarterOf(todayIso(), fiscalYearStartMonth);
    const next = quarterOf(addDays(now.end, 1), fiscalYearStartMonth);
    const plan = await capacityOf(t, await signedIn(t, Role.VIEWER), now.start, next.end);
    expect(plan.periods.map((period: AnswerData) => period.label)).toEqual([now.label, next.label]);
    for (const row of plan.teams) expect(row.cells.every((cell: AnswerData) => cell.capacityWeeks !== null)).toBe(true);
    const over = plan.teams.filter((row: AnswerData) => row.cells[1].overBy !== null);
    expect(over).toHaveLength(1);
    expect(over[0].cells[1].initiatives.length).toBeGreaterThan(0);
    expect(plan.teams.filter((row: AnswerData) => row.cells[0].overBy !== null)).toEqual([]);
  });
});
