import { MetricDirection } from '@throughline/shared';

interface TargetRule {
  direction: MetricDirection;
  baseline: number;
  target: number;
}

/** What is wrong with a metric's target, or null: it must lie on the good side of the baseline. */
export function targetProblem({ direction, baseline, target }: TargetRule): string | null {
  if (target === baseline) return `must differ from the baseline ${baseline}`;
  if (direction === MetricDirection.INCREASE && target < baseline) return `must be above the baseline ${baseline} for an INCREASE metric`;
  if (direction === MetricDirection.DECREASE && target > baseline) return `must be below the baseline ${baseline} for a DECREASE metric`;
  return null;
}
