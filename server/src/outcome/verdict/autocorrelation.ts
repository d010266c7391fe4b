/** Too few neighbouring pairs to estimate the correlation: assume none (the t quantile is wide then anyway). */
const MIN_PAIRS = 10;
const MAX_PHI = 0.95;

/**
 * Lag-one autocorrelation per day of the residuals, AR(1) assumed: corr(e_s, e_t) = phi^|s - t| in days.
 * Estimated from neighbours at the commonest gap g (1 for daily data) as r_g, then phi = r_g^(1/g).
 * Negative values are taken as 0, the conservative side for the variance of a mean.
 */
export function dailyAutocorrelation(days: Int32Array, residuals: Float64Array): number {
  const gap = commonestGap(days);
  if (gap === 0) return 0;
  let products = 0;
  let squares = 0;
  let pairs = 0;
  for (let i = 0; i + 1 < days.length; i++) {
    if (days[i + 1] - days[i] !== gap) continue;
    products += residuals[i] * residuals[i + 1];
    squares += (residuals[i] * residuals[i] + residuals[i + 1] * residuals[i + 1]) / 2;
    pairs += 1;
  }
  if (pairs < MIN_PAIRS || squares === 0) return 0;
  const r = corrected(products / squares, pairs);
  return r <= 0 ? 0 : Math.min(MAX_PHI, r ** (1 / gap));
}

/**
 * Residuals of a fit with a level and a trend understate the noise's autocorrelation by about
 * (2 + 4 phi) / n (the level and the trend soak part of it up); add that back.
 */
function corrected(r: number, n: number): number {
  return r + (2 + 4 * Math.max(0, r)) / n;
}

function commonestGap(days: Int32Array): number {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < days.length; i++) {
    const gap = days[i + 1] - days[i];
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  }
  return best;
}

/**
 * c' R c for R[i][j] = phi^|days_i - days_j|, in one pass over ascending days:
 * S_k = phi^(d_k - d_(k-1)) (S_(k-1) + c_(k-1)), and c'Rc = sum c_k^2 + 2 sum c_k S_k.
 */
export function ar1QuadraticForm(days: ArrayLike<number>, weights: ArrayLike<number>, phi: number): number {
  let carried = 0;
  let total = 0;
  for (let k = 0; k < days.length; k++) {
    if (k > 0) {
      const gap = days[k] - days[k - 1];
      carried = (gap === 1 ? phi : phi ** gap) * (carried + weights[k - 1]);
    }
    total += weights[k] * weights[k] + 2 * weights[k] * carried;
  }
  return total;
}
