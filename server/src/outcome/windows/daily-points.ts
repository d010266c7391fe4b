import { parseIsoDate } from '@throughline/shared';
import { DailySeries, epochDay, indexRange, isoDateOfDay } from '../verdict/daily-series';

/** The series' days within [from, to] (ISO dates, inclusive) as chart points. */
export function dailyPoints(series: DailySeries, from: string, to: string): Array<{ date: string; value: number }> {
  const [first, last] = indexRange(series, epochDay(parseIsoDate(from)), epochDay(parseIsoDate(to)));
  const points: Array<{ date: string; value: number }> = [];
  for (let i = first; i < last; i++) points.push({ date: isoDateOfDay(series.days[i]), value: series.values[i] });
  return points;
}
