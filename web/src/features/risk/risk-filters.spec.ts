import { RiskStatus } from '@throughline/shared';
import { filterRisks, heatMapCounts, parseRiskFilters, riskFiltersToParams, sortRisks, type FilterableRisk } from './risk-filters';

function risk(id: string, likelihood: number, impact: number, extra: Partial<FilterableRisk> = {}): FilterableRisk {
  return {
    id,
    title: id,
    likelihood,
    impact,
    severity: likelihood * impact,
    status: RiskStatus.OPEN,
    initiative: null,
    goal: null,
    ...extra,
  };
}

const stale = risk('stale prices', 3, 5, {
  initiative: { key: 'TL-2', title: 'Caching', teams: [{ id: 'plat' }], goals: [{ id: 'churn' }] },
});
const late = risk('late data', 4, 2, { goal: { id: 'churn', title: 'Churn' }, status: RiskStatus.MITIGATING });
const leaves = risk('key engineer leaves', 1, 3, { status: RiskStatus.CLOSED, owner: 'Ana' });
const all = [leaves, late, stale];

describe('risk filters in the URL', () => {
  it('round-trips every filter, leaving the default order out', () => {
    const filters = parseRiskFilters(new URLSearchParams('status=OPEN,MITIGATING&team=plat&goal=churn&cell=3x5'));
    expect(filters).toMatchObject({
      statuses: ['OPEN', 'MITIGATING'],
      teamId: 'plat',
      goalId: 'churn',
      cell: { likelihood: 3, impact: 5 },
      sort: 'severity',
      descending: true,
    });
    expect(riskFiltersToParams(filters).toString()).toBe('status=OPEN%2CMITIGATING&team=plat&goal=churn&cell=3x5');
  });

  it('ignores what it does not understand', () => {
    const filters = parseRiskFilters(new URLSearchParams('status=NOPE&cell=9x9&sort=colour'));
    expect(filters).toMatchObject({ statuses: [], cell: null, sort: 'severity' });
  });
});

describe('filterRisks', () => {
  const none = parseRiskFilters(new URLSearchParams());

  it('filters by cell, status, team (through the initiative) and goal (directly or through the initiative)', () => {
    expect(filterRisks(all, { ...none, cell: { likelihood: 3, impact: 5 } })).toEqual([stale]);
    expect(filterRisks(all, { ...none, statuses: [RiskStatus.CLOSED] })).toEqual([leaves]);
    expect(filterRisks(all, { ...none, teamId: 'plat' })).toEqual([stale]);
    expect(filterRisks(all, { ...none, goalId: 'churn' })).toEqual([late, stale]);
  });

  it('leaves the cell out of what the heat map counts', () => {
    const filters = { ...none, goalId: 'churn', cell: { likelihood: 3, impact: 5 } };
    const counts = heatMapCounts(filterRisks(all, filters, true));
    expect(counts[2][4]).toBe(1);
    expect(counts[3][1]).toBe(1);
    expect(counts[0][2]).toBe(0);
  });
});

describe('sortRisks', () => {
  it('sorts by severity, highest first, by default and by any column on request', () => {
    expect(sortRisks(all, 'severity', true).map((r) => r.id)).toEqual(['stale prices', 'late data', 'key engineer leaves']);
    expect(sortRisks(all, 'likelihood', false).map((r) => r.id)).toEqual(['key engineer leaves', 'stale prices', 'late data']);
    expect(sortRisks(all, 'status', false)[0].id).toBe('stale prices');
    expect(sortRisks(all, 'owner', true)[0].id).toBe('key engineer leaves');
  });
});
