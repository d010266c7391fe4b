import { outcomeChartGeometry, roundStep, type DayValue } from './outcome-chart-geometry';

const days = (from: string, count: number, value: (i: number) => number): DayValue[] =>
  Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
    value: value(i),
  }));

describe('outcome chart geometry', () => {
  // 2027-01-01 .. 2027-12-31: the trend stretch from January, work in July, post window in August–September.
  const observed = days('2027-01-01', 273, (i) => (i >= 200 ? 900 : 1000));
  const counterfactual = days('2027-05-06', 148, () => 1000);
  const input = {
    observed,
    counterfactual,
    trendFrom: '2026-12-01',
    preFrom: '2027-05-06',
    preTo: '2027-06-30',
    postFrom: '2027-08-15',
    postTo: '2027-09-30',
    workStart: '2027-07-01',
    workEnd: '2027-07-31',
    effect: -100,
  };

  it('shades the pre window before the work and the post window after it, in time order, inside the plot', () => {
    const g = outcomeChartGeometry(input);
    expect(g.pre!.x1).toBeGreaterThanOrEqual(g.plot.left);
    expect(g.pre!.x2).toBeLessThanOrEqual(g.work!.x1 + 0.001);
    expect(g.work!.x2).toBeLessThan(g.post!.x1);
    expect(g.post!.x2).toBeLessThanOrEqual(g.plot.right + 0.001);
    // The stretch starts at the first measurement, not at an empty trendFrom before it.
    expect(g.observedPath.startsWith(`M${(g.plot.left + (0.5 / 274) * (g.plot.right - g.plot.left)).toFixed(1)}`)).toBe(true);
  });

  it('draws the effect as the gap between the post window’s expected and observed means: observed lower for a drop', () => {
    const g = outcomeChartGeometry(input);
    expect(g.effectMarks).not.toBeNull();
    expect(g.effectMarks!.observedY).toBeGreaterThan(g.effectMarks!.expectedY);
    expect(g.counterfactualPath.split('L')).toHaveLength(148);
  });

  it('has no effect marks, bands or paths without the data for them', () => {
    const g = outcomeChartGeometry({ observed: [], counterfactual: [] });
    expect([g.pre, g.post, g.work, g.effectMarks]).toEqual([null, null, null, null]);
    expect(g.observedPath).toBe('');
  });

  it('rounds steps to 1, 2 or 5 × 10^n', () => {
    expect(roundStep(0, 100, 4)).toBe(50);
    expect(roundStep(0, 7, 4)).toBe(2);
    expect(roundStep(5, 5, 4)).toBe(1);
  });
});
