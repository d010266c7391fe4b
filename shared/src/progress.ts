/**
 * How far a metric has come from its baseline towards its target:
 * 0 at the baseline, 1 at the target, negative when it regressed, above 1 when it overshot.
 */
export function metricProgress(baseline: number, target: number, current: number | null | undefined): number | null {
  if (current === null || current === undefined || target === baseline) return null;
  // "+ 0" turns -0 (no movement on a decreasing metric) into 0.
  return (current - baseline) / (target - baseline) + 0;
}

/** Mean of the values that are known; null when none is. */
export function meanOfKnown(values: Array<number | null | undefined>): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (known.length === 0) return null;
  return known.reduce((sum, v) => sum + v, 0) / known.length;
}
