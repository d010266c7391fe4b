import { meanOfKnown, metricProgress } from './progress';

describe('metricProgress', () => {
  it('is 0 at baseline and 1 at target for a decreasing metric', () => {
    expect(metricProgress(1200, 400, 1200)).toBe(0);
    expect(metricProgress(1200, 400, 400)).toBe(1);
    expect(metricProgress(1200, 400, 800)).toBe(0.5);
  });

  it('goes negative on regression and above 1 on overshoot', () => {
    expect(metricProgress(5.2, 4.7, 5.7)).toBeCloseTo(-1);
    expect(metricProgress(10, 20, 25)).toBe(1.5);
  });

  it('is null without a current value', () => {
    expect(metricProgress(1, 2, null)).toBeNull();
  });
});

describe('meanOfKnown', () => {
  it('ignores unknown values and is null when none is known', () => {
    expect(meanOfKnown([0.5, null, 1])).toBe(0.75);
    expect(meanOfKnown([null, undefined])).toBeNull();
  });
});
