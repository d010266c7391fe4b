import { fiscalYear, fiscalYearOf, type Period } from '@throughline/shared';

/** The fiscal year a URL names (?fy=2027), else the current one. */
export function windowOf(fyParam: string | null, today: string, startMonth: number): Period {
  const requested = fyParam && /^\d{4}$/.test(fyParam) ? Number(fyParam) : null;
  return fiscalYear(requested ?? fiscalYearOf(today, startMonth), startMonth);
}

/** A few years either side of the current one, for the selector. */
export function fiscalYearChoices(today: string, startMonth: number, selected: number): number[] {
  const current = fiscalYearOf(today, startMonth);
  const years = new Set([current - 2, current - 1, current, current + 1, current + 2, selected]);
  return [...years].sort((a, b) => a - b);
}
