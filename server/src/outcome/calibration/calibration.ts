import { MetricDirection } from '@throughline/shared';
import { computeOutcomeVerdict } from '../verdict/compute-outcome-verdict';
import { DailySeries } from '../verdict/daily-series';
import { OutcomeVerdict } from '../verdict/outcome-verdict.types';
import { Family, syntheticSeries, TODAY, WORK_END, WORK_START } from './synthetic-series';

/** Anything that turns a synthetic series into a verdict: the real method, or a straw man to compare. */
export type VerdictMethod = (series: DailySeries, direction: MetricDirection) => OutcomeVerdict;

export const outcomeMethod: VerdictMethod = (series, direction) =>
  computeOutcomeVerdict({
    metric: { name: 'metric', unit: '', direction, baseline: 100, target: direction === MetricDirection.INCREASE ? 110 : 90 },
    measurements: series,
    workStart: WORK_START,
    workEnd: WORK_END,
    today: TODAY,
  }).verdict;

export interface FamilyRate {
  family: string;
  series: number;
  /** No-effect family: share judged IMPROVED or WORSENED. Shift family: share judged with the right sign. */
  rate: number;
}

/** Series i of a family uses seed `seed + i` and, alternately, a higher- and a lower-is-better metric. */
export function familyRate(family: Family, count: number, seed: number, method: VerdictMethod = outcomeMethod): FamilyRate {
  let hits = 0;
  for (let i = 0; i < count; i++) {
    const { series, shiftSign } = syntheticSeries(family, seed + i);
    const direction = i % 2 === 0 ? MetricDirection.INCREASE : MetricDirection.DECREASE;
    const verdict = method(series, direction);
    if (family.shift === 0) {
      if (verdict === 'IMPROVED' || verdict === 'WORSENED') hits += 1;
    } else {
      const better = shiftSign > 0 === (direction === MetricDirection.INCREASE);
      if (verdict === (better ? 'IMPROVED' : 'WORSENED')) hits += 1;
    }
  }
  return { family: family.name, series: count, rate: hits / count };
}

/** A distinct, stable seed range per family, so families never share series. */
export function familySeed(base: number, index: number): number {
  return base + index * 1_000_003;
}
