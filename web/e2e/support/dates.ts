// The shared period maths (a CommonJS build, so imported whole; start-server.mjs builds it first).
import shared from '@throughline/shared';
// The app's "today" is the user's local date; the browser runs in this machine's time zone.
import { localTodayIso } from '../../src/lib/today';

const { addDays, fiscalYearOf, quarterOf } = shared;

export type Quarter = ReturnType<typeof quarterOf>;

/** This quarter and the next two, where the roadmap's default window always shows them. */
export function upcomingQuarters(today = localTodayIso()): [Quarter, Quarter, Quarter] {
  const current = quarterOf(today);
  const next = quarterOf(addDays(current.end, 1));
  const after = quarterOf(addDays(next.end, 1));
  return [current, next, after];
}

export { addDays, fiscalYearOf };
