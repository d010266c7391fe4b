import { MIN_POINTS_PER_WINDOW } from './outcome-windows';
import { OutcomeMetric, OutcomeVerdict, OutcomeWindows } from './outcome-verdict.types';

const small = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const large = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

function number(value: number): string {
  const size = Math.abs(value);
  if (size !== 0 && size < 0.001) return value.toExponential(2);
  return (size >= 100 ? large : small).format(value);
}

function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** "42 ms lower", "8 ms higher". */
function signed(value: number, unit: string): string {
  return `${withUnit(number(Math.abs(value)), unit)} ${value < 0 ? 'lower' : 'higher'}`;
}

/** "30 to 55 ms lower" when both ends agree, else "12 ms lower to 8 ms higher". */
function range(low: number, high: number, unit: string): string {
  if (low >= 0 || high <= 0) {
    const [near, far] = low >= 0 ? [low, high] : [high, low];
    return `${number(Math.abs(near))} to ${signed(far, unit)}`;
  }
  return `${signed(low, unit)} to ${signed(high, unit)}`;
}

export interface Judgement {
  verdict: OutcomeVerdict;
  effect: number | null;
  low: number | null;
  high: number | null;
  shareOfGap: number | null;
}

/** One sentence a product manager can read, in the metric's unit and its own good direction. */
export function explain(metric: OutcomeMetric, windows: OutcomeWindows, points: { pre: number; post: number }, judged: Judgement): string {
  const { verdict, effect, low, high, shareOfGap } = judged;
  const after = `from ${windows.postFrom} to ${windows.postTo}`;
  const over = `From ${windows.postFrom} to ${windows.postTo}, ${metric.name}`;
  if (verdict === 'VERIFYING')
    return `Verifying: ${metric.name} is measured ${after}, after a settling time; the verdict comes once that window ends.`;
  if (verdict === 'NOT_ENOUGH_DATA' || effect === null || low === null || high === null) {
    const counted =
      `${points.pre} measurements before the work (${windows.preFrom} to ${windows.preTo}) ` +
      `and ${points.post} after it (${windows.postFrom} to ${windows.postTo})`;
    return points.pre < MIN_POINTS_PER_WINDOW || points.post < MIN_POINTS_PER_WINDOW
      ? `Not enough data to judge ${metric.name}: ${counted}; at least ${MIN_POINTS_PER_WINDOW} are needed in each.`
      : `Not enough data to judge ${metric.name}: ${counted}, but those before it fall on too few days to learn its trend.`;
  }
  const interval = `(95% interval: ${range(low, high, metric.unit)})`;
  if (verdict === 'NO_CLEAR_EFFECT')
    return `${over} stayed within its usual noise of what its earlier trend predicted ${interval}: no clear effect of the work.`;
  const gap =
    verdict === 'IMPROVED' && shareOfGap !== null && shareOfGap > 0
      ? `, ${percent.format(shareOfGap)} of the way from baseline to target`
      : '';
  const judgement = verdict === 'IMPROVED' ? 'an improvement' : 'it got worse';
  return `${over} averaged ${signed(effect, metric.unit)} than its earlier trend predicted ${interval}: ${judgement}${gap}.`;
}
