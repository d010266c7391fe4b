import { instantOfWallClock } from './zoned-time';

// Cell formats of Jira's CSV export: dates follow the site's look-and-feel settings,
// by default "25/Feb/26 10:17 PM" for timestamps and "25/Feb/26" for dates.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const JIRA_DATE = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/;

interface CellTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function readCellTime(cell: string): CellTime | undefined {
  const text = cell.trim();
  const jira = JIRA_DATE.exec(text);
  if (jira) {
    const month = MONTHS.indexOf(jira[2].toLowerCase()) + 1;
    if (!month) return undefined;
    const year = jira[3].length === 2 ? 2000 + Number(jira[3]) : Number(jira[3]);
    let hour = Number(jira[4] ?? 0);
    const meridiem = jira[6]?.toUpperCase();
    if (meridiem === 'PM' && hour < 12) hour += 12;
    if (meridiem === 'AM' && hour === 12) hour = 0;
    return { year, month, day: Number(jira[1]), hour, minute: Number(jira[5] ?? 0) };
  }
  const iso = ISO_DATE.exec(text);
  if (!iso) return undefined;
  return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), hour: Number(iso[4] ?? 0), minute: Number(iso[5] ?? 0) };
}

/** A date cell as 'YYYY-MM-DD' (any time of day in it is ignored); null when empty or unreadable. */
export function csvDate(cell: string | undefined): string | null {
  const time = cell ? readCellTime(cell) : undefined;
  if (!time) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.year}-${pad(time.month)}-${pad(time.day)}`;
}

/** A timestamp cell, written in the exporting user's zone, as an ISO instant; null when unreadable. */
export function csvInstant(cell: string | undefined, timeZone: string): string | null {
  const time = cell ? readCellTime(cell) : undefined;
  if (!time) return null;
  return new Date(instantOfWallClock(time.year, time.month, time.day, time.hour, time.minute, timeZone)).toISOString();
}

/** The status category key from the "Status Category" column, or a guess from the status name. */
export function statusCategoryKey(category: string | undefined, status: string | undefined): 'new' | 'indeterminate' | 'done' {
  const text = (category || status || '').trim().toLowerCase();
  if (['done', 'closed', 'resolved', 'complete', 'completed'].includes(text)) return 'done';
  if (['to do', 'open', 'backlog', 'new', 'selected for development', ''].includes(text)) return 'new';
  return 'indeterminate';
}
