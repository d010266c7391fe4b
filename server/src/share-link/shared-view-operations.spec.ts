import { fiscalYear, SharedView } from '@throughline/shared';
import { sharedViewScope, sharedViewVariables } from './shared-view-operations';

const TEAM = '3f2b6c1e-8a4d-4e2f-9b7a-1c2d3e4f5a6b';

describe('sharedViewVariables', () => {
  it('pins the roadmap as the web app sends it: the filter only when something is filtered, no baseline by default', () => {
    expect(sharedViewVariables(SharedView.ROADMAP, 'from=2027-01-01&to=2027-12-31&collapsed=PLAT', 1)).toEqual({
      Roadmap: { from: '2027-01-01', to: '2027-12-31', groupBy: 'TEAM', baselineId: '', withBaseline: false },
      RoadmapVerdicts: { from: '2027-01-01', to: '2027-12-31', withMetrics: false },
    });
    const params = `from=2027-01-01&to=2027-06-30&group=status&team=${TEAM},${TEAM}&status=planned, in_progress&q=%20Checkout%20&baseline=${TEAM.toUpperCase()}`;
    expect(sharedViewVariables(SharedView.ROADMAP, params, 1).Roadmap).toEqual({
      from: '2027-01-01',
      to: '2027-06-30',
      groupBy: 'STATUS',
      filter: { teamIds: [TEAM], statuses: ['PLANNED', 'IN_PROGRESS'], search: 'Checkout' },
      baselineId: TEAM,
      withBaseline: true,
    });
    // The done bars' verdicts: the same window and filter, never their metrics.
    expect(sharedViewVariables(SharedView.ROADMAP, params, 1).RoadmapVerdicts).toEqual({
      from: '2027-01-01',
      to: '2027-06-30',
      filter: { teamIds: [TEAM], statuses: ['PLANNED', 'IN_PROGRESS'], search: 'Checkout' },
      withMetrics: false,
    });
  });

  it.each([1, 2, 7, 12])(
    'pins the alignment of fiscal year 2027 starting in month %i, asking its start month on 1 January 2027',
    (month) => {
      const { start, end } = fiscalYear(2027, month);
      expect(start <= '2027-01-01' && '2027-01-01' <= end).toBe(true);
      expect(sharedViewVariables(SharedView.ALIGNMENT, 'fy=2027', month)).toEqual({
        FiscalCalendar: { day: '2027-01-01' },
        AlignmentOverview: { from: start, to: end, since: `${start}T00:00:00.000Z`, until: `${end}T23:59:59.999Z` },
      });
    },
  );
});

describe('sharedViewScope', () => {
  it('names each operation of the view by its fingerprint with each variable as comparable text', () => {
    const [scope, verdicts] = sharedViewScope(SharedView.ROADMAP, 'from=2027-01-01&to=2027-12-31', 1);
    expect(scope.document).toMatch(/^[0-9a-f]{64}$/);
    expect(scope.variables).toEqual({
      from: '"2027-01-01"',
      to: '"2027-12-31"',
      groupBy: '"TEAM"',
      baselineId: '""',
      withBaseline: 'false',
    });
    expect(verdicts.variables).toEqual({ from: '"2027-01-01"', to: '"2027-12-31"', withMetrics: 'false' });
    expect(sharedViewScope(SharedView.ALIGNMENT, 'fy=2027', 1)).toHaveLength(2);
  });
});
