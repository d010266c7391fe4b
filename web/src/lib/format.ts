import { Health, InitiativeStatus, RiskStatus } from '@throughline/shared';

export const STATUS_LABEL: Record<InitiativeStatus, string> = {
  [InitiativeStatus.PROPOSED]: 'Proposed',
  [InitiativeStatus.PLANNED]: 'Planned',
  [InitiativeStatus.IN_PROGRESS]: 'In progress',
  [InitiativeStatus.DONE]: 'Done',
  [InitiativeStatus.CANCELLED]: 'Cancelled',
};

export const HEALTH_LABEL: Record<Health, string> = {
  [Health.ON_TRACK]: 'On track',
  [Health.AT_RISK]: 'At risk',
  [Health.OFF_TRACK]: 'Off track',
};

export const RISK_STATUS_LABEL: Record<RiskStatus, string> = {
  [RiskStatus.OPEN]: 'Open',
  [RiskStatus.MITIGATING]: 'Mitigating',
  [RiskStatus.ACCEPTED]: 'Accepted',
  [RiskStatus.CLOSED]: 'Closed',
};

const SHORT_DATE = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** "2027-03-31" → "Mar 31, 2027"; a missing date reads as an em dash. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? SHORT_DATE.format(new Date(`${iso}T00:00:00Z`)) : '—';
}

/** "2027-03-01" → "Mar". */
export function formatMonth(iso: string): string {
  return MONTH.format(new Date(`${iso}T00:00:00Z`));
}

/** "Mar 1, 2027 – Jun 30, 2027"; with one end open: "Until Jun 30, 2027" / "From Mar 1, 2027". */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return 'No dates';
  if (!start) return `Until ${formatDate(end)}`;
  if (!end) return `From ${formatDate(start)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** 0.42 → "42%"; null → "—". */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(digits)}%`;
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** 1200 → "1,200"; with a unit: "1,200 ms", "4.7%". */
export function formatNumber(value: number | null | undefined, unit?: string): string {
  if (value === null || value === undefined) return '—';
  const n = NUMBER.format(value);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}
