import { csvCell, finishedWorkCsv } from './finished-work-csv';
import { choicesOf, filterFinishedWork, verdictCounts, type FinishedWorkRow } from './finished-work-rows';

function row(overrides: Partial<FinishedWorkRow> & { key: string; verdict: FinishedWorkRow['verdict'] }): FinishedWorkRow {
  const { key, verdict, ...rest } = overrides;
  return {
    __typename: 'Outcome',
    verdict,
    effect: -420.5,
    effectLow: -510,
    effectHigh: -331,
    shareOfGap: 0.525,
    explanation: 'From 2027-08-15 to 2027-10-09, Product page load time averaged 420 ms lower than its earlier trend predicted.',
    postTo: '2027-10-09',
    metric: { __typename: 'Metric', id: 'm1', name: 'Product page load time (p75)', unit: 'ms' },
    initiative: {
      __typename: 'Initiative',
      id: `i-${key}`,
      key,
      title: 'Modern image formats, lazy loading',
      endDate: '2027-07-31',
      leadTeam: { __typename: 'Team', id: 't-plat', name: 'Platform' },
      teams: [
        { __typename: 'Team', id: 't-plat', name: 'Platform' },
        { __typename: 'Team', id: 't-srch', name: 'Search' },
      ],
      goals: [{ __typename: 'Goal', id: 'g-conv', title: 'Lift conversion to 3.6%' }],
    },
    overlapping: [{ __typename: 'Initiative', id: 'i-2', key: 'TL-62' }],
    ...rest,
  };
}

const improved = row({ key: 'TL-61', verdict: 'IMPROVED' });
const worsened = row({
  key: 'TL-64',
  verdict: 'WORSENED',
  initiative: {
    ...improved.initiative,
    id: 'i-64',
    key: 'TL-64',
    leadTeam: { __typename: 'Team', id: 't-chk', name: 'Checkout' },
    teams: [],
    goals: [],
  },
  overlapping: [],
});

describe('finished work: filters', () => {
  it('filters by verdict, by a team that leads or contributes, and by goal', () => {
    expect(filterFinishedWork([improved, worsened], { verdict: 'WORSENED' })).toEqual([worsened]);
    expect(filterFinishedWork([improved, worsened], { teamId: 't-srch' })).toEqual([improved]);
    expect(filterFinishedWork([improved, worsened], { teamId: 't-chk' })).toEqual([worsened]);
    expect(filterFinishedWork([improved, worsened], { goalId: 'g-conv' })).toEqual([improved]);
    expect(filterFinishedWork([improved, worsened], { verdict: '', teamId: '', goalId: '' })).toHaveLength(2);
  });

  it('offers each team and goal once, by name, and counts verdicts', () => {
    expect(choicesOf([improved, worsened], 'team').map((c) => c.label)).toEqual(['Checkout', 'Platform', 'Search']);
    expect(choicesOf([improved, worsened], 'goal')).toEqual([{ value: 'g-conv', label: 'Lift conversion to 3.6%' }]);
    expect(verdictCounts([improved, worsened, improved], ['IMPROVED', 'NO_CLEAR_EFFECT', 'WORSENED'])).toEqual([
      { verdict: 'IMPROVED', count: 2 },
      { verdict: 'WORSENED', count: 1 },
    ]);
  });
});

describe('finished work: CSV', () => {
  it('writes a header and one line per outcome, quoting what needs it, numbers as numbers', () => {
    const csv = finishedWorkCsv([improved, worsened]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'initiative,title,ended,lead team,goals,metric,unit,verdict,effect,effect 95% low,effect 95% high,share of gap,overlapping work,explanation',
    );
    expect(lines[1]).toBe(
      'TL-61,"Modern image formats, lazy loading",2027-07-31,Platform,Lift conversion to 3.6%,Product page load time (p75),ms,Improved,-420.5,-510,-331,0.525,TL-62,' +
        '"From 2027-08-15 to 2027-10-09, Product page load time averaged 420 ms lower than its earlier trend predicted."',
    );
    expect(lines[2].startsWith('TL-64,"Modern image formats, lazy loading",2027-07-31,Checkout,,')).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('escapes quotes and line breaks, leaves empty cells for nulls, and defuses spreadsheet formulas', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2 ms')).toBe("'-2 ms");
    expect(csvCell(-2)).toBe('-2');
  });
});
