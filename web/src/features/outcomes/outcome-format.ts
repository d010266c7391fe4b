import { formatNumber } from '../../lib/format';

const SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** A figure with 3 significant digits (2,600 stays 2,600): effects are estimates, not counts. */
function figure(value: number): string {
  return Math.abs(value) >= 100 ? formatNumber(Math.round(value)) : SIGNIFICANT.format(value);
}

function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** -420 → "−420 ms", 1.1 → "+1.1%"; null → "—". */
export function formatEffect(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return withUnit(`${sign}${figure(Math.abs(value))}`, unit);
}

/** "−510 to −330 ms"; null ends → "—". */
export function formatInterval(low: number | null | undefined, high: number | null | undefined, unit: string): string {
  if (low === null || low === undefined || high === null || high === undefined) return '—';
  return `${formatEffect(low, '')} to ${formatEffect(high, unit)}`;
}

/** 0.525 → "53% of the way to target"; negative: "away from target"; null → "—". */
export function formatShareOfGap(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  const percent = `${Math.round(Math.abs(share) * 100)}%`;
  return share >= 0 ? `${percent} of the way to target` : `${percent} away from target`;
}
