const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const DATE_TIME = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; older than a month: the date. */
export function formatRelativeTime(iso: string, now: number): string {
  const elapsed = now - Date.parse(iso);
  // A clock a little ahead of this one must not read as "in 3 seconds".
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return RELATIVE.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return RELATIVE.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 30 * DAY) return RELATIVE.format(-Math.floor(elapsed / DAY), 'day');
  return formatDateTime(iso);
}

/** "Mar 3, 2027, 2:05 PM" in the reader's time zone. */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** 850 → "< 1 s", 12_400 → "12 s", 185_000 → "3 min 5 s", 4_000_000 → "1 h 6 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return '< 1 s';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/** How long a run took, or has taken so far while it runs; null before it starts. */
export function runDuration(run: { startedAt?: string | null; finishedAt?: string | null }, now: number): number | null {
  if (!run.startedAt) return null;
  const end = run.finishedAt ? Date.parse(run.finishedAt) : now;
  return Math.max(0, end - Date.parse(run.startedAt));
}

/** null → "On demand", 30 → "Every 30 min", 60 → "Every hour", 240 → "Every 4 h", 1440 → "Every day". */
export function formatSchedule(everyMinutes: number | null | undefined): string {
  if (!everyMinutes) return 'On demand';
  if (everyMinutes === 1440) return 'Every day';
  if (everyMinutes === 60) return 'Every hour';
  if (everyMinutes % 60 === 0) return `Every ${everyMinutes / 60} h`;
  return `Every ${everyMinutes} min`;
}
