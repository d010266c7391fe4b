import { daysBetween, InitiativeStatus } from '@throughline/shared';
import { OrgForecast } from './org-forecast';

export interface GoalRisk {
  atRisk: boolean;
  slipDays: number;
  /** From the first slip up to and including the latest-ending work; empty when not at risk. */
  causes: string[];
}

const ON_PLAN: GoalRisk = { atRisk: false, slipDays: 0, causes: [] };

/** A goal is at risk when the work serving it (cancelled work aside) is forecast to end after its target date. */
export function goalRisk(targetDate: string | null, workIds: string[], forecast: OrgForecast): GoalRisk {
  if (!targetDate) return ON_PLAN;
  let latest: { id: string; end: string } | null = null;
  for (const id of workIds) {
    const end = forecast.of(id)?.endDate;
    if (!end || forecast.workOf(id)?.status === InitiativeStatus.CANCELLED) continue;
    if (!latest || end > latest.end) latest = { id, end };
  }
  if (!latest || latest.end <= targetDate) return ON_PLAN;
  return { atRisk: true, slipDays: daysBetween(targetDate, latest.end), causes: [...forecast.causesOf(latest.id), latest.id] };
}
