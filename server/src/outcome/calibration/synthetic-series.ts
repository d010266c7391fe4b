import { addDays } from '@throughline/shared';
import { DailySeries, epochDay } from '../verdict/daily-series';
import { MeasurementPoint } from '../verdict/outcome-verdict.types';
import { normalFrom, seededRandom } from './seeded-random';

/** The set-up: 365 daily points, the work spanning days 200 to 290, noise of sd 1. */
export const SERIES_DAYS = 365;
export const WORK_START_DAY = 200;
export const WORK_END_DAY = 290;
export const FIRST_DATE = '2026-01-01';
export const WORK_START = addDays(FIRST_DATE, WORK_START_DAY);
export const WORK_END = addDays(FIRST_DATE, WORK_END_DAY);
/** The day after the last point: every default post window has ended. */
export const TODAY = addDays(FIRST_DATE, SERIES_DAYS);

export type Background = 'flat' | 'trend' | 'weekly';

export interface Family {
  name: string;
  background: Background;
  /** AR(1) coefficient of the noise; its marginal sd stays 1. */
  phi: number;
  /** Level shift (in sd) from the end of the work on; 0 for the no-effect families. */
  shift: number;
}

export const NO_EFFECT_FAMILIES: Family[] = (['flat', 'trend', 'weekly'] as const).flatMap((background) =>
  [0, 0.3].map((phi) => ({ name: `${background}${phi ? ' ar1' : ''}`, background, phi, shift: 0 })),
);

export const SHIFT_FAMILIES: Family[] = NO_EFFECT_FAMILIES.map((family) => ({
  ...family,
  name: `${family.name} +3sd`,
  shift: 3,
}));

export interface SyntheticSeries {
  /** Built straight as a daily series: the calibration runs tens of thousands of them. */
  series: DailySeries;
  /** +1: the shift goes up; -1: down (0 for none). */
  shiftSign: number;
}

const FIRST_DAY = epochDay(new Date(`${FIRST_DATE}T00:00:00Z`));

/**
 * One series of a family. Trend: a slope of up to 1 sd a week either way; weekly: a sine of
 * amplitude 2 sd over the week at a random phase. A shift goes up or down at random.
 */
export function syntheticSeries(family: Family, seed: number): SyntheticSeries {
  const uniform = seededRandom(seed);
  const normal = normalFrom(uniform);
  const slopePerDay = family.background === 'trend' ? (2 * uniform() - 1) / 7 : 0;
  const amplitude = family.background === 'weekly' ? 2 : 0;
  const phase = 2 * Math.PI * uniform();
  const shiftSign = family.shift ? (uniform() < 0.5 ? -1 : 1) : 0;
  const innovation = Math.sqrt(1 - family.phi * family.phi);
  const weekly = Array.from({ length: 7 }, (_, d) => amplitude * Math.sin((2 * Math.PI * d) / 7 + phase));
  let noise = normal();
  const series: DailySeries = {
    days: Int32Array.from({ length: SERIES_DAYS }, (_, day) => FIRST_DAY + day),
    values: new Float64Array(SERIES_DAYS),
    counts: new Int32Array(SERIES_DAYS).fill(1),
  };
  for (let day = 0; day < SERIES_DAYS; day++) {
    if (day > 0) noise = family.phi * noise + innovation * normal();
    const seasonal = weekly[day % 7];
    const shift = day >= WORK_END_DAY ? shiftSign * family.shift : 0;
    series.values[day] = 100 + slopePerDay * day + seasonal + shift + noise;
  }
  return { series, shiftSign };
}

/** The same points as raw measurements at 00:00 UTC, as a pull would store them. */
export function asMeasurements(series: DailySeries): MeasurementPoint[] {
  return Array.from(series.days, (day, i) => ({ at: new Date(day * 86_400_000), value: series.values[i] }));
}
