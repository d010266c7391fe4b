/**
 * Calendar and fiscal period arithmetic on ISO dates ("2027-03-31"), used by the server and the
 * web app alike. Fiscal years are named after the calendar year in which they end.
 */

export interface Period {
  /** "FY2027-Q1", "FY2027-H2" or "FY2027". */
  label: string;
  start: string;
  /** Inclusive. */
  end: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function parseIsoDate(value: string): Date {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  return new Date(`${value}T00:00:00.000Z`);
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function todayIso(now: Date = new Date()): string {
  return formatIsoDate(now);
}

export function addDays(date: string, days: number): string {
  return formatIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

function firstOfMonth(year: number, monthIndex: number): string {
  return formatIsoDate(new Date(Date.UTC(year, monthIndex, 1)));
}

export function assertFiscalStartMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Fiscal-year start month must be 1..12, got ${month}`);
  }
}

/** The fiscal year a date falls in, named after the calendar year in which it ends. */
export function fiscalYearOf(date: string, startMonth = 1): number {
  assertFiscalStartMonth(startMonth);
  const d = parseIsoDate(date);
  const year = d.getUTCFullYear();
  if (startMonth === 1) return year;
  return d.getUTCMonth() + 1 >= startMonth ? year + 1 : year;
}

/** First day of a fiscal year. */
export function fiscalYearStart(fiscalYear: number, startMonth = 1): string {
  assertFiscalStartMonth(startMonth);
  const calendarYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  return firstOfMonth(calendarYear, startMonth - 1);
}

/** A span of `months` months starting at the `index`-th such span (0-based) of a fiscal year. */
function fiscalSpan(fiscalYear: number, startMonth: number, months: number, index: number, label: string): Period {
  const fyStart = parseIsoDate(fiscalYearStart(fiscalYear, startMonth));
  const y = fyStart.getUTCFullYear();
  const m = fyStart.getUTCMonth() + index * months;
  const start = firstOfMonth(y, m);
  const end = addDays(firstOfMonth(y, m + months), -1);
  return { label, start, end };
}

export function fiscalQuarter(fiscalYear: number, quarter: number, startMonth = 1): Period {
  return fiscalSpan(fiscalYear, startMonth, 3, quarter - 1, `FY${fiscalYear}-Q${quarter}`);
}

export function fiscalHalf(fiscalYear: number, half: number, startMonth = 1): Period {
  return fiscalSpan(fiscalYear, startMonth, 6, half - 1, `FY${fiscalYear}-H${half}`);
}

export function fiscalYear(fiscalYearNumber: number, startMonth = 1): Period {
  return fiscalSpan(fiscalYearNumber, startMonth, 12, 0, `FY${fiscalYearNumber}`);
}

/** Which quarter (1..4) of its fiscal year a date falls in. */
export function fiscalQuarterNumber(date: string, startMonth = 1): number {
  assertFiscalStartMonth(startMonth);
  const month = parseIsoDate(date).getUTCMonth() + 1;
  return Math.floor(((month - startMonth + 12) % 12) / 3) + 1;
}

export function quarterOf(date: string, startMonth = 1): Period {
  return fiscalQuarter(fiscalYearOf(date, startMonth), fiscalQuarterNumber(date, startMonth), startMonth);
}

/** The fiscal quarters that together cover [from, to], in order. */
export function quartersCovering(from: string, to: string, startMonth = 1): Period[] {
  if (parseIsoDate(to) < parseIsoDate(from)) return [];
  const periods: Period[] = [];
  let period = quarterOf(from, startMonth);
  while (period.start <= to) {
    periods.push(period);
    period = quarterOf(addDays(period.end, 1), startMonth);
  }
  return periods;
}

/** Parses "FY2027-Q2", "FY2027-H1" or "FY2027" into its period. */
export function parsePeriodLabel(label: string, startMonth = 1): Period | null {
  const match = /^FY(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(label.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return fiscalYear(year, startMonth);
  const n = Number(part.slice(1));
  return part[0] === 'Q' ? fiscalQuarter(year, n, startMonth) : fiscalHalf(year, n, startMonth);
}

/** Whether [aStart, aEnd] and [bStart, bEnd] share at least one day. */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}
