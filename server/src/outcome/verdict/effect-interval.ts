import { jStat } from 'jstat';
import { ar1QuadraticForm, dailyAutocorrelation } from './autocorrelation';
import { DailySeries } from './daily-series';
import { dot, multiply } from './small-matrix';
import { designRow, TrendModel } from './trend-model';

export interface EffectEstimate {
  effect: number;
  low: number;
  high: number;
  standardError: number;
  degreesOfFreedom: number;
  autocorrelation: number;
}

/**
 * effect = mean(post y) - mean(post x)'beta. Its error is a fixed linear combination c'e of the
 * noise: 1/m on each post day, -x_i'(X'X)^-1 mean(post x) on each training day (the projected
 * level and trend's own error). Var = gamma0 * c'Rc with R the AR(1) correlation, so both the
 * autocorrelated noise and the extrapolated trend's uncertainty are in the interval.
 */
export function estimateEffect(model: TrendModel, series: DailySeries, post: [number, number]): EffectEstimate {
  const [from, to] = post;
  const m = to - from;
  const { p } = model;
  const row = new Float64Array(p);
  const meanRow = new Float64Array(p);
  let meanObserved = 0;
  for (let i = from; i < to; i++) {
    designRow(model, series.days[i], row);
    for (let a = 0; a < p; a++) meanRow[a] += row[a] / m;
    meanObserved += series.values[i] / m;
  }
  const effect = meanObserved - dot(p, meanRow, model.beta);

  const n = model.days.length;
  const projection = multiply(p, model.xtxInverse, meanRow);
  const days = new Float64Array(n + m);
  const weights = new Float64Array(n + m);
  for (let i = 0; i < n; i++) {
    designRow(model, model.days[i], row);
    days[i] = model.days[i];
    weights[i] = -dot(p, row, projection);
  }
  for (let j = 0; j < m; j++) {
    days[n + j] = series.days[from + j];
    weights[n + j] = 1 / m;
  }

  const phi = dailyAutocorrelation(model.days, model.residuals);
  const noiseVariance = model.residualSumOfSquares / (n - p);
  const standardError = Math.max(
    Math.sqrt(noiseVariance * ar1QuadraticForm(days, weights, phi)),
    roundingFloor(series.values.subarray(from, to)),
  );
  const degreesOfFreedom = satterthwaite(n, p, phi, (f) => ar1QuadraticForm(days, weights, f));
  const half = jStat.studentt.inv(0.975, degreesOfFreedom) * standardError;
  return { effect, low: effect - half, high: effect + half, standardError, degreesOfFreedom, autocorrelation: phi };
}

/**
 * Degrees of freedom of the t quantile: those of the residual variance (fewer independent
 * observations than days when the noise is autocorrelated), less what the estimate of phi costs.
 * Satterthwaite: 1/df = 1/df_noise + Var(ln g(phi_hat)) / 2, with Var(phi_hat) = (1 - phi^2) / n.
 */
function satterthwaite(n: number, p: number, phi: number, g: (phi: number) => number): number {
  const noiseDf = Math.max(1, (n * (1 - phi)) / (1 + phi) - p);
  const h = 0.01;
  const [lo, hi] = [Math.max(0, phi - h), Math.min(0.99, phi + h)];
  const slope = (Math.log(g(hi)) - Math.log(g(lo))) / (hi - lo);
  const relativeVariance = (slope * slope * (1 - phi * phi)) / n;
  return 1 / (1 / noiseDf + relativeVariance / 2);
}

/** A series without noise still leaves float rounding in the fit: never call that an effect. */
function roundingFloor(values: Float64Array): number {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  return largest * 1e-9;
}
