import { MetricDirection } from '@throughline/shared';
import { familyRate, familySeed, VerdictMethod } from '../calibration/calibration';
import { Family, NO_EFFECT_FAMILIES, SHIFT_FAMILIES, WORK_END_DAY, WORK_START_DAY } from '../calibration/synthetic-series';
import { DailySeries } from './daily-series';

// The bench runs 2,000 series per family against the bounds (6.5%, 80%); here 200 per
// family against looser ones, still far out of reach of a method that compares window means.
const SERIES = 200;
const MAX_FALSE_POSITIVES = 0.1;
const MIN_DETECTION = 0.9;
const SEED = 9_000;

function mean(values: Float64Array): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function variance(values: Float64Array): number {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/** The straw man: Welch's test of post mean against pre mean, independent noise assumed. */
const meansOnly: VerdictMethod = (series: DailySeries, direction) => {
  const [pre, post] = [series.values.slice(WORK_START_DAY - 56, WORK_START_DAY), series.values.slice(WORK_END_DAY + 15, WORK_END_DAY + 71)];
  const effect = mean(post) - mean(pre);
  const z = effect / Math.sqrt(variance(pre) / pre.length + variance(post) / post.length);
  if (Math.abs(z) < 1.98) return 'NO_CLEAR_EFFECT';
  return effect > 0 === (direction === MetricDirection.INCREASE) ? 'IMPROVED' : 'WORSENED';
};

const rates = (families: Family[], method?: VerdictMethod) =>
  families.map((family, i) => familyRate(family, SERIES, familySeed(SEED, i), method));

describe('the method, measured on seeded synthetic series (365 days, work on days 200-290)', () => {
  it(`judges no-effect series IMPROVED or WORSENED at most ${MAX_FALSE_POSITIVES * 100}% of the time in every family`, () => {
    for (const { family, rate } of rates(NO_EFFECT_FAMILIES)) {
      expect({ family, rate: rate <= MAX_FALSE_POSITIVES }).toEqual({ family, rate: true });
    }
  });

  it(`finds a 3 sd level shift with the right sign at least ${MIN_DETECTION * 100}% of the time in every family`, () => {
    for (const { family, rate } of rates(SHIFT_FAMILIES)) {
      expect({ family, rate: rate >= MIN_DETECTION }).toEqual({ family, rate: true });
    }
  });

  it('is a bound that a comparison of window means fails', () => {
    const worst = Math.max(...rates(NO_EFFECT_FAMILIES, meansOnly).map((r) => r.rate));
    expect(worst).toBeGreaterThan(MAX_FALSE_POSITIVES);
  });
});
