import { MetricDirection } from '@throughline/shared';
import { targetProblem } from './metric-target';

describe('targetProblem', () => {
  it('accepts a target on the good side of the baseline', () => {
    expect(targetProblem({ direction: MetricDirection.INCREASE, baseline: 10, target: 20 })).toBeNull();
    expect(targetProblem({ direction: MetricDirection.DECREASE, baseline: 1200, target: 400 })).toBeNull();
  });

  it('refuses a target equal to the baseline', () => {
    expect(targetProblem({ direction: MetricDirection.INCREASE, baseline: 5, target: 5 })).toMatch(/differ/);
  });

  it('refuses a target on the bad side', () => {
    expect(targetProblem({ direction: MetricDirection.INCREASE, baseline: 10, target: 9 })).toMatch(/above/);
    expect(targetProblem({ direction: MetricDirection.DECREASE, baseline: 10, target: 11 })).toMatch(/below/);
  });
});
