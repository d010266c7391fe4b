import { daysBetween, formatIsoDate, InitiativeStatus } from '@throughline/shared';

export interface StalenessFacts {
  status: InitiativeStatus;
  startDate: string | null;
  /** When its latest check-in was posted; null when it has none. */
  latestCheckInAt: Date | null;
}

/**
 * The contract's rule: IN_PROGRESS and no check-in for more than `staleDays` days, counted from the
 * latest check-in (its UTC date), or from the start date when there is none. With neither there is
 * nothing to count from: not stale.
 */
export function isStale(work: StalenessFacts, today: string, staleDays: number): boolean {
  if (work.status !== InitiativeStatus.IN_PROGRESS) return false;
  const since = work.latestCheckInAt ? formatIsoDate(work.latestCheckInAt) : work.startDate;
  return since !== null && daysBetween(since, today) > staleDays;
}
