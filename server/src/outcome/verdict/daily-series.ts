import { MeasurementPoint } from './outcome-verdict.types';

const DAY_MS = 86_400_000;

/**
 * A metric's measurements as one mean per UTC day, ascending. `counts` keeps how many
 * measurements each day held, since the contract's minimum counts measurements, not days.
 */
export interface DailySeries {
  days: Int32Array;
  values: Float64Array;
  counts: Int32Array;
}

export function epochDay(at: Date): number {
  return Math.floor(at.getTime() / DAY_MS);
}

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * YYYY-MM-DD of an epoch day by civil-calendar arithmetic (H. Hinnant's days-to-civil), for days
 * from 0000-03-01 on: the counterfactual needs thousands of these, and Date#toISOString is slow.
 * Integer division by `| 0` (all operands are non-negative), not Math.floor, which is slow in Jest's VM.
 */
export function isoDateOfDay(day: number): string {
  const z = day + 719_468;
  const era = (z / 146_097) | 0;
  const dayOfEra = z - era * 146_097;
  const yearOfEra = ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const shifted = ((5 * dayOfYear + 2) / 153) | 0;
  const date = dayOfYear - (((153 * shifted + 2) / 5) | 0) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`;
}

/** Builds the daily series once per metric; every link of that metric reuses it. */
export function toDailySeries(measurements: readonly MeasurementPoint[]): DailySeries {
  const points = measurements
    .filter((m) => Number.isFinite(m.value) && Number.isFinite(m.at.getTime()))
    .map((m) => ({ day: epochDay(m.at), value: m.value }))
    .sort((a, b) => a.day - b.day);
  const days: number[] = [];
  const sums: number[] = [];
  const counts: number[] = [];
  for (const { day, value } of points) {
    const last = days.length - 1;
    if (last >= 0 && days[last] === day) {
      sums[last] += value;
      counts[last] += 1;
    } else {
      days.push(day);
      sums.push(value);
      counts.push(1);
    }
  }
  return {
    days: Int32Array.from(days),
    values: Float64Array.from(sums, (sum, i) => sum / counts[i]),
    counts: Int32Array.from(counts),
  };
}

/** Index of the first day >= `day` (binary search). */
export function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The half-open index range [from, to) of the series' days within [firstDay, lastDay]. */
export function indexRange(series: DailySeries, firstDay: number, lastDay: number): [number, number] {
  return [lowerBound(series.days, firstDay), lowerBound(series.days, lastDay + 1)];
}

export function measurementCount(series: DailySeries, [from, to]: [number, number]): number {
  let count = 0;
  for (let i = from; i < to; i++) count += series.counts[i];
  return count;
}
