export const DAY_MS = 86_400_000;

/** One value of a source's series, at a day's 00:00 UTC. */
export interface DailyPoint {
  at: Date;
  value: number;
}

/** Days at 00:00 UTC, both ends included: the instants a pull asks for. */
export interface DailyWindow {
  from: Date;
  to: Date;
}

/** 00:00 UTC of the day `at` falls in. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
}

/** The last `days` days up to today's 00:00 UTC. */
export function lastDays(days: number, now = new Date()): DailyWindow {
  const to = startOfUtcDay(now);
  return { from: new Date(to.getTime() - days * DAY_MS), to };
}

/** One monitoring system, as pulls and checks use it. */
export interface SourceClient {
  /** Throws a SourceError naming the input at fault when the address or the credentials do not work. */
  check(): Promise<void>;
  /**
   * The query's daily series over the window: one value per day at 00:00 UTC (Prometheus: the query
   * evaluated with a one-day step; Datadog and New Relic: the day's rollup, stamped at its start).
   * Days without a value are left out. A SourceError at `query` when the source rejects the query.
   */
  daily(query: string, window: DailyWindow): Promise<DailyPoint[]>;
}

/** Numbers only: NaN, infinities and nulls are days without a value. */
export function finitePoints(pairs: Iterable<[number, unknown]>): DailyPoint[] {
  const points: DailyPoint[] = [];
  for (const [ms, raw] of pairs) {
    const value = typeof raw === 'string' ? Number(raw) : raw;
    if (typeof value === 'number' && Number.isFinite(value)) points.push({ at: startOfUtcDay(new Date(ms)), value });
  }
  return points;
}
