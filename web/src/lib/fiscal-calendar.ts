/**
 * The fiscal-year start month the server uses, read off one of its periods: "FY2027-Q2" starting
 * 2026-05-01 means quarter 1 started in February.
 */
export function fiscalStartMonthOf(period: { label: string; start: string } | undefined): number {
  const quarter = period && /-Q([1-4])$/.exec(period.label);
  if (!period || !quarter) return 1;
  const month = Number(period.start.slice(5, 7)) - (Number(quarter[1]) - 1) * 3;
  return ((month - 1 + 12) % 12) + 1;
}
