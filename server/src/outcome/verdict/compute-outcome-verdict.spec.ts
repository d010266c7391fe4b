import { addDays, MetricDirection } from '@throughline/shared';
import { normalFrom, seededRandom } from '../calibration/seeded-random';
import { computeOutcomeVerdict, OutcomeVerdictInput } from './compute-outcome-verdict';
import { MeasurementPoint, OutcomeMetric } from './outcome-verdict.types';

// A year of daily points from 2026-01-01; the work from day 200 (2026-07-20) to day 290 (2026-10-18).
const FIRST = '2026-01-01';
const WORK = { workStart: addDays(FIRST, 200), workEnd: addDays(FIRST, 290) };
const AFTER_POST = addDays(FIRST, 290 + 71);

const latency: OutcomeMetric = {
  name: 'p99 checkout latency',
  unit: 'ms',
  direction: MetricDirection.DECREASE,
  baseline: 400,
  target: 350,
};

/** value(day index) + seeded noise of sd `noise`, one point a day at 00:00 UTC. */
function daily(value: (day: number) => number, noise = 1, days = 365, seed = 1): MeasurementPoint[] {
  const normal = normalFrom(seededRandom(seed));
  return Array.from({ length: days }, (_, day) => ({
    at: new Date(`${addDays(FIRST, day)}T00:00:00Z`),
    value: value(day) + noise * normal(),
  }));
}

const stepAt = (day: number, size: number) => (d: number) => (d >= day ? size : 0);

function sut(measurements: MeasurementPoint[], overrides: Partial<OutcomeVerdictInput> = {}) {
  return computeOutcomeVerdict({ metric: latency, measurements, ...WORK, today: AFTER_POST, ...overrides });
}

describe('computeOutcomeVerdict: rules', () => {
  it('is VERIFYING until the post window has ended, with no effect yet', () => {
    const measurements = daily((d) => 400 + stepAt(290, -20)(d));
    const verifying = sut(measurements, { today: addDays(FIRST, 290 + 70) });
    expect(verifying).toMatchObject({ verdict: 'VERIFYING', effect: null, postTo: addDays(FIRST, 290 + 70) });
    expect(verifying.explanation).toContain('the verdict comes once that window ends');
    expect(sut(measurements).verdict).toBe('IMPROVED');
  });

  it('is NOT_ENOUGH_DATA below 6 measurements in a window, and judges from 6', () => {
    const full = daily((d) => 400 + stepAt(290, -20)(d));
    const postDays = (keep: number) => full.filter((_, d) => d < 305 || d >= 361 || d < 305 + keep);
    expect(sut(postDays(5))).toMatchObject({ verdict: 'NOT_ENOUGH_DATA', postPoints: 5, effect: null });
    expect(sut(postDays(6))).toMatchObject({ verdict: 'IMPROVED', postPoints: 6 });
    const fewBefore = full.filter((_, d) => d < 144 + 5 || d >= 200);
    expect(sut(fewBefore)).toMatchObject({ verdict: 'NOT_ENOUGH_DATA', prePoints: 5 });
    expect(sut(fewBefore).explanation).toContain('at least 6');
  });

  it('is NOT_ENOUGH_DATA when the measurements before the work fall on too few days to learn a trend', () => {
    const oneDayBefore = daily(() => 400)
      .filter((_, d) => d >= 200)
      .concat(Array.from({ length: 6 }, (_, i) => ({ at: new Date(`${addDays(FIRST, 150)}T0${i}:00:00Z`), value: 400 })));
    const result = sut(oneDayBefore);
    expect(result).toMatchObject({ verdict: 'NOT_ENOUGH_DATA', prePoints: 6, effect: null, counterfactual: [] });
    expect(result.explanation).toContain('too few days to learn its trend');
  });

  it('reads the sign through the direction: lower is better, so a fall is IMPROVED and a rise WORSENED', () => {
    const fall = daily((d) => 400 + stepAt(290, -20)(d));
    const rise = daily((d) => 400 + stepAt(290, 20)(d));
    expect(sut(fall).verdict).toBe('IMPROVED');
    expect(sut(rise).verdict).toBe('WORSENED');
    const conversion = { ...latency, direction: MetricDirection.INCREASE };
    expect(sut(fall, { metric: conversion }).verdict).toBe('WORSENED');
    expect(sut(rise, { metric: conversion }).verdict).toBe('IMPROVED');
  });

  it('reports the effect in the unit with its interval, and the share of the gap closed', () => {
    const result = sut(daily((d) => 400 + stepAt(290, -20)(d)));
    expect(result.effectLow!).toBeLessThan(-20);
    expect(result.effectHigh!).toBeGreaterThan(-20);
    expect(result.effectHigh!).toBeLessThan(-18);
    // effect / (target - baseline), target - baseline = -50
    expect(result.shareOfGap).toBeCloseTo(result.effect! / -50, 12);
    expect(result.shareOfGap).toBeGreaterThan(0.36);
    expect(result.explanation).toMatch(
      /^From 2026-11-02 to 2026-12-27, p99 checkout latency averaged \d+(\.\d)? ms lower than its earlier trend predicted \(95% interval: [\d.]+ to [\d.]+ ms lower\): an improvement, [34]\d% of the way from baseline to target\.$/,
    );
    expect(
      sut(
        daily((d) => 400 + stepAt(290, -20)(d)),
        { metric: { ...latency, target: 400 } },
      ).shareOfGap,
    ).toBeNull();
  });

  it('averages several measurements of one day, in any order', () => {
    const measurements = daily(() => 400, 1).flatMap((m) => [
      { at: new Date(m.at.getTime() + 3_600_000), value: m.value + 1 },
      { at: m.at, value: m.value - 1 },
    ]);
    const result = sut(measurements.reverse());
    expect(result.prePoints).toBe(112);
    expect(result.postPoints).toBe(112);
    expect(result.model?.trendDays).toBe(182);
  });

  it('calls no float rounding an effect on a series without noise, and still sees a noiseless step', () => {
    expect(sut(daily((d) => 400 - 0.3 * d, 0)).verdict).toBe('NO_CLEAR_EFFECT');
    expect(sut(daily(() => 412.7, 0)).verdict).toBe('NO_CLEAR_EFFECT');
    expect(sut(daily((d) => 400 - 0.3 * d + stepAt(290, -1)(d), 0))).toMatchObject({ verdict: 'IMPROVED', effect: expect.closeTo(-1, 9) });
  });

  it('draws the counterfactual one point a day from the pre window to the post window', () => {
    const result = sut(daily((d) => 400 + 0.5 * d, 0));
    expect(result.counterfactual[0]).toEqual({ date: result.preFrom, value: expect.closeTo(400 + 0.5 * 144, 6) });
    expect(result.counterfactual.at(-1)).toEqual({ date: result.postTo, value: expect.closeTo(400 + 0.5 * 360, 6) });
    expect(result.counterfactual).toHaveLength(360 - 144 + 1);
  });
});

describe('computeOutcomeVerdict: trend and seasonality', () => {
  it('does not credit the work with a fall that was already under way', () => {
    const falling = daily((d) => 500 - 0.5 * d, 2);
    const result = sut(falling);
    expect(result.verdict).toBe('NO_CLEAR_EFFECT');
    expect(Math.abs(result.effect!)).toBeLessThan(3);
    expect(result.model?.slopePerWeek).toBeCloseTo(-3.5, 0);
  });

  it('gives the same effect and interval whatever linear trend is added (up to 1 sd a week and beyond)', () => {
    const flat = sut(daily((d) => 400 + stepAt(290, -3)(d), 2, 365, 7));
    for (const perWeek of [-2, -1, 0.5, 1]) {
      const trended = sut(daily((d) => 400 + (perWeek * 2 * d) / 7 + stepAt(290, -3)(d), 2, 365, 7));
      expect(trended.effect).toBeCloseTo(flat.effect!, 8);
      expect(trended.effectLow).toBeCloseTo(flat.effectLow!, 8);
      expect(trended.verdict).toBe(flat.verdict);
    }
  });

  it('finds a change on top of a trend, and measures it from the trend, not from the pre mean', () => {
    const result = sut(daily((d) => 500 - 0.5 * d + stepAt(290, 15)(d), 2));
    expect(result.verdict).toBe('WORSENED');
    expect(result.effect).toBeCloseTo(15, -0.5);
  });

  it('is not fooled by a weekly cycle, and still sees a change under one', () => {
    const weekly = (d: number) => 400 + 30 * Math.sin((2 * Math.PI * d) / 7);
    const calm = sut(daily(weekly, 2));
    expect(calm.verdict).toBe('NO_CLEAR_EFFECT');
    expect(calm.model?.dayOfWeek).toBe(true);
    const changed = sut(daily((d) => weekly(d) + stepAt(290, -6)(d), 2));
    expect(changed.verdict).toBe('IMPROVED');
    expect(changed.effect).toBeCloseTo(-6, -0.5);
  });

  it('fits level and trend alone on weekly measurements', () => {
    const weekly = daily((d) => 400 - 0.2 * d, 1).filter((_, d) => d % 7 === 0);
    const result = sut(weekly);
    expect(result.model?.dayOfWeek).toBe(false);
    expect(result.verdict).toBe('NO_CLEAR_EFFECT');
  });
});
