import { VERDICT_LABEL } from '../../components/outcome/verdict';
import type { FinishedWorkRow } from './finished-work-rows';

const HEADER = [
  'initiative',
  'title',
  'ended',
  'lead team',
  'goals',
  'metric',
  'unit',
  'verdict',
  'effect',
  'effect 95% low',
  'effect 95% high',
  'share of gap',
  'overlapping work',
  'explanation',
];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe;
 * numbers are written as numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The finished work as the Outcomes page lists it, one line per (initiative, metric), CRLF line ends. */
export function finishedWorkCsv(rows: readonly FinishedWorkRow[]): string {
  const lines = rows.map((row) =>
    [
      row.initiative.key,
      row.initiative.title,
      row.initiative.endDate,
      row.initiative.leadTeam?.name,
      row.initiative.goals.map((g) => g.title).join('; '),
      row.metric.name,
      row.metric.unit,
      VERDICT_LABEL[row.verdict],
      row.effect,
      row.effectLow,
      row.effectHigh,
      row.shareOfGap,
      row.overlapping.map((o) => o.key).join('; '),
      row.explanation,
    ]
      .map(csvCell)
      .join(','),
  );
  return [HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
