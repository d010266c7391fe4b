// Dates as whole day numbers (days since 1970-01-01, UTC): the timeline does its arithmetic on
// thousands of bars, so it parses each ISO date once with string slicing, not `new Date`.
const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same day of the month `months` later (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** Whole months from `from` to the day after `to` when [from, to] is a run of whole months, else null. */
export function wholeMonthsBetween(from: string, to: string): number | null {
  if (from.slice(8) !== '01') return null;
  const next = fromDay(toDay(to) + 1);
  if (next.slice(8) !== '01') return null;
  return (Number(next.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(next.slice(5, 7)) - Number(from.slice(5, 7));
}

/** First days of each month that starts inside [from, to]. */
export function monthStarts(from: string, to: string): string[] {
  const result: string[] = [];
  let month = from.slice(8) === '01' ? from : addMonths(`${from.slice(0, 8)}01`, 1);
  while (month <= to) {
    result.push(month);
    month = addMonths(month, 1);
  }
  return result;
}
