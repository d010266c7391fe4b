import { offsetMinutes } from '../../src/jira/client/zoned-time';

export { instantOfWallClock } from '../../src/jira/client/zoned-time';

/** Jira's timestamp format in the user's zone, e.g. "2026-02-25T22:17:33.120+0100". */
export function formatJiraTimestamp(instant: number, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const wall = new Date(instant + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
