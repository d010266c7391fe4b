import { overloadsOfMove, type PlanForCheck } from './move-check';

const periods = [
  { label: 'FY2061-Q1', start: '2061-01-01', end: '2061-03-31' },
  { label: 'FY2061-Q2', start: '2061-04-01', end: '2061-06-30' },
];
const plan: PlanForCheck = {
  periods,
  teams: [
    {
      team: { id: 'a', name: 'Platform' },
      cells: [
        { period: 'FY2061-Q1', capacityWeeks: 10, loadWeeks: 10 },
        { period: 'FY2061-Q2', capacityWeeks: 10, loadWeeks: 9 },
      ],
    },
  ],
};
const work = {
  status: 'PLANNED' as const,
  startDate: '2061-03-22',
  endDate: '2061-03-31',
  effortWeeks: 2,
  leadTeam: { id: 'a' },
  allocations: [],
};

describe('overloadsOfMove', () => {
  it('moves the load from the old days to the new ones and names the quarter it pushes over capacity', () => {
    // 10 days, 2 weeks: all of it leaves Q1 and lands in Q2, 9 + 2 = 11 of 10.
    expect(overloadsOfMove(plan, work, '2061-04-01', '2061-04-10')).toEqual([
      { teamName: 'Platform', period: 'FY2061-Q2', loadWeeks: 11, capacityWeeks: 10 },
    ]);
  });

  it('says nothing when the move stays within capacity, or for proposed work', () => {
    expect(overloadsOfMove(plan, work, '2061-03-21', '2061-03-30')).toEqual([]);
    expect(overloadsOfMove(plan, { ...work, status: 'PROPOSED' }, '2061-04-01', '2061-04-10')).toEqual([]);
  });
});
