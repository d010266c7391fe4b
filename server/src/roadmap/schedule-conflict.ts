/** What the conflict rule reads of a piece of work: its dates, a single one standing for both ends. */
export interface Schedule {
  startDate: string | null;
  endDate: string | null;
}

export const firstDayOf = (work: Schedule): string | null => work.startDate ?? work.endDate;
export const lastDayOf = (work: Schedule): string | null => work.endDate ?? work.startDate;

/**
 * The roadmap's conflict rule, which the forecast follows too: the blocker ends after the
 * dependent starts. A same-day hand-off (blocker ends the day the dependent starts) is none;
 * undated work never conflicts.
 */
export function blockerEndsAfterStart(blocker: Schedule, dependent: Schedule): boolean {
  const blockerEnd = lastDayOf(blocker);
  const dependentStart = firstDayOf(dependent);
  return blockerEnd !== null && dependentStart !== null && blockerEnd > dependentStart;
}
