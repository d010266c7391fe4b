import { InitiativeStatus } from './enums';
import { daysBetween, Period } from './period';

/**
 * Capacity load arithmetic, the same on the server (the Capacity page and Team.capacity) and in
 * the web app (the roadmap's warning while a bar is dragged): an initiative's effort is split
 * between its teams by share and spread evenly over its calendar days, both ends inclusive; the
 * part that falls in a quarter is that quarter's load.
 */

/** Work that counts: committed (PLANNED, IN_PROGRESS) or proposed; DONE and CANCELLED add none. */
export type LoadKind = 'committed' | 'proposed';

export function loadKindOf(status: InitiativeStatus | `${InitiativeStatus}`): LoadKind | null {
  if (status === InitiativeStatus.PLANNED || status === InitiativeStatus.IN_PROGRESS) return 'committed';
  if (status === InitiativeStatus.PROPOSED) return 'proposed';
  return null;
}

/** What the load of one initiative depends on. */
export interface LoadedWork {
  status: InitiativeStatus | `${InitiativeStatus}`;
  startDate: string | null;
  endDate: string | null;
  effortWeeks: number | null;
}

export interface TeamShare {
  teamId: string;
  share: number;
}

/** One team's part of one initiative in one quarter. */
export interface LoadPart {
  teamId: string;
  period: string;
  weeks: number;
  kind: LoadKind;
}

/** Days of [start, end] inside [from, to], both inclusive (0 when apart). */
export function overlapDays(start: string, end: string, from: string, to: string): number {
  const first = start > from ? start : from;
  const last = end < to ? end : to;
  return last < first ? 0 : daysBetween(first, last) + 1;
}

/**
 * The weeks of `work` that fall in each of `periods`, per team of `shares`: none for work
 * without both dates or without effort, or DONE / CANCELLED. Quarters with nothing are left out.
 */
export function loadParts(work: LoadedWork, shares: TeamShare[], periods: Period[]): LoadPart[] {
  const kind = loadKindOf(work.status);
  const { startDate, endDate, effortWeeks } = work;
  if (!kind || !startDate || !endDate || !effortWeeks || effortWeeks <= 0 || endDate < startDate) return [];
  const perDay = effortWeeks / (daysBetween(startDate, endDate) + 1);
  const parts: LoadPart[] = [];
  for (const period of periods) {
    const days = overlapDays(startDate, endDate, period.start, period.end);
    if (!days) continue;
    for (const { teamId, share } of shares) {
      if (share > 0) parts.push({ teamId, period: period.label, weeks: perDay * days * share, kind });
    }
  }
  return parts;
}

/**
 * The shares an initiative's load is split by: its allocations scaled to sum to 1 (a team that
 * left the initiative took its share with it), or, with none, all on the lead team.
 */
export function effectiveShares(allocations: TeamShare[], leadTeamId: string | null): TeamShare[] {
  const total = allocations.reduce((sum, allocation) => sum + allocation.share, 0);
  if (total > 0) return allocations.map(({ teamId, share }) => ({ teamId, share: share / total }));
  return leadTeamId ? [{ teamId: leadTeamId, share: 1 }] : [];
}

/** Rounds weeks for display and comparison: two decimals. */
export function roundWeeks(weeks: number): number {
  return Math.round(weeks * 100) / 100;
}

/** How far load goes over capacity (positive), else null; no capacity set: null. */
export function overBy(loadWeeks: number, capacityWeeks: number | null | undefined): number | null {
  if (capacityWeeks === null || capacityWeeks === undefined) return null;
  const over = roundWeeks(loadWeeks - capacityWeeks);
  return over > 0 ? over : null;
}
