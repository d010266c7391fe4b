// Date arithmetic for the forecast's pass over the whole org (5,000 initiatives in a request):
// plain day numbers, without the calendar validation of @throughline/shared's addDays and
// daysBetween, which costs most of that pass; every date here came from a Postgres date column.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export function dayNumber(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
}

export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function plusDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
