import { baselineLookupOf, baselineNote } from './baseline-comparison';

describe('comparing the roadmap with a baseline', () => {
  it('knows the baseline dates of each initiative answered with them, null for one not in the baseline', () => {
    const sut = baselineLookupOf([
      {
        initiatives: [
          { id: 'a', baseline: { startDate: '2027-01-04', endDate: '2027-03-31' } },
          { id: 'b', baseline: null },
          { id: 'c' }, // loaded before the comparison was asked for
        ],
      },
    ]);
    expect([...sut]).toEqual([
      ['a', { startDate: '2027-01-04', endDate: '2027-03-31' }],
      ['b', null],
    ]);
  });

  it('tells a screen reader how a bar stands against it', () => {
    expect(baselineNote('Q1 plan', 21, false)).toBe('ends 21 days later than in Q1 plan');
    expect(baselineNote('Q1 plan', -1, false)).toBe('ends 1 day earlier than in Q1 plan');
    expect(baselineNote('Q1 plan', 0, false)).toBe('same end as in Q1 plan');
    expect(baselineNote('Q1 plan', null, true)).toBe('new since Q1 plan');
    expect(baselineNote('Q1 plan', null, false)).toBeUndefined();
  });
});
