import { DailySeries } from './daily-series';
import { dot, invert, multiply } from './small-matrix';

/** Day-of-week terms only when every weekday has at least this many days in the training stretch. */
const MIN_DAYS_PER_WEEKDAY = 3;

/**
 * y(day) = level + slope * (day - centre) / 7 + weekday effect (sum-to-zero coding, so `level`
 * is the mean over a whole week), fitted by ordinary least squares on the training stretch.
 */
export interface TrendModel {
  p: number;
  dayOfWeek: boolean;
  centre: number;
  beta: Float64Array;
  /** (X'X)^-1, row-major p x p. */
  xtxInverse: Float64Array;
  /** Training days and residuals, ascending. */
  days: Int32Array;
  residuals: Float64Array;
  residualSumOfSquares: number;
}

// 1970-01-01 (epoch day 0) was a Thursday; the index only has to be stable.
const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

export function designRow(model: Pick<TrendModel, 'p' | 'dayOfWeek' | 'centre'>, day: number, out: Float64Array): void {
  out[0] = 1;
  out[1] = (day - model.centre) / 7;
  if (!model.dayOfWeek) return;
  const k = weekday(day);
  for (let j = 0; j < 6; j++) out[2 + j] = k === 6 ? -1 : k === j ? 1 : 0;
}

export function predict(model: TrendModel, day: number, row = new Float64Array(model.p)): number {
  designRow(model, day, row);
  return dot(model.p, row, model.beta);
}

function coversEveryWeekday(days: Int32Array): boolean {
  const perWeekday = new Array<number>(7).fill(0);
  for (const day of days) perWeekday[weekday(day)] += 1;
  return perWeekday.every((n) => n >= MIN_DAYS_PER_WEEKDAY);
}

/** Fits on series[from, to); null when the stretch cannot carry a level and a trend with a residual. */
export function fitTrendModel(series: DailySeries, from: number, to: number): TrendModel | null {
  const days = series.days.subarray(from, to);
  const values = series.values.subarray(from, to);
  if (coversEveryWeekday(days)) {
    const model = fit(days, values, true);
    if (model) return model;
  }
  return fit(days, values, false);
}

function fit(days: Int32Array, values: Float64Array, dayOfWeek: boolean): TrendModel | null {
  const n = days.length;
  const p = dayOfWeek ? 8 : 2;
  if (n < p + 1) return null;
  let centre = 0;
  for (const day of days) centre += day;
  const shape = { p, dayOfWeek, centre: centre / n };
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  const row = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    designRow(shape, days[i], row);
    for (let a = 0; a < p; a++) {
      const ra = row[a];
      if (ra === 0) continue; // weekday columns are mostly zeros
      xty[a] += ra * values[i];
      for (let b = 0; b < p; b++) xtx[a * p + b] += ra * row[b];
    }
  }
  const xtxInverse = invert(p, xtx);
  if (!xtxInverse) return null;
  const model: TrendModel = {
    ...shape,
    beta: multiply(p, xtxInverse, xty),
    xtxInverse,
    days,
    residuals: new Float64Array(n),
    residualSumOfSquares: 0,
  };
  for (let i = 0; i < n; i++) {
    const residual = values[i] - predict(model, days[i], row);
    model.residuals[i] = residual;
    model.residualSumOfSquares += residual * residual;
  }
  return model;
}
