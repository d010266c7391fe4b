import { effectiveShares, loadParts, overBy, Period, roundWeeks, TeamShare } from '@throughline/shared';
import { InitiativeModel } from '../initiative/initiative.model';
import { TeamModel } from '../team/team.model';
import { CapacityCellModel, CapacityPlanModel, TeamCapacityModel } from './capacity.model';

/** What a plan is computed from, each read in one statement for the whole org. */
export interface PlanInputs {
  periods: Period[];
  teams: TeamModel[];
  /** The work that may load a quarter of the plan (overlapping it, not DONE or CANCELLED). */
  initiatives: InitiativeModel[];
  allocationsOf: Map<string, TeamShare[]>;
  /** weeks by "<team id> <period>" */
  capacityOf: Map<string, number>;
}

interface CellTotals {
  committed: number;
  proposed: number;
  /** weeks by initiative id, and whether that initiative is proposed */
  byInitiative: Map<string, { initiative: InitiativeModel; weeks: number; proposed: boolean }>;
}

export const cellKey = (teamId: string, period: string) => `${teamId} ${period}`;

/** Spreads every initiative's effort over its teams and days, then sums each team × quarter. */
export function buildPlan({ periods, teams, initiatives, allocationsOf, capacityOf }: PlanInputs): CapacityPlanModel {
  const totals = new Map<string, CellTotals>();
  for (const initiative of initiatives) {
    const shares = effectiveShares(allocationsOf.get(initiative.id) ?? [], initiative.leadTeamId);
    for (const part of loadParts(initiative, shares, periods)) {
      const key = cellKey(part.teamId, part.period);
      let cell = totals.get(key);
      if (!cell) totals.set(key, (cell = { committed: 0, proposed: 0, byInitiative: new Map() }));
      const proposed = part.kind === 'proposed';
      if (proposed) cell.proposed += part.weeks;
      else cell.committed += part.weeks;
      const entry = cell.byInitiative.get(initiative.id);
      if (entry) entry.weeks += part.weeks;
      else cell.byInitiative.set(initiative.id, { initiative, weeks: part.weeks, proposed });
    }
  }
  const teamPlans: TeamCapacityModel[] = teams.map((team) => ({
    team,
    cells: periods.map((period) =>
      cellOf(totals.get(cellKey(team.id, period.label)), period.label, capacityOf.get(cellKey(team.id, period.label))),
    ),
  }));
  return { periods, teams: teamPlans };
}

function cellOf(totals: CellTotals | undefined, period: string, capacity: number | undefined): CapacityCellModel {
  const capacityWeeks = capacity ?? null;
  const loadWeeks = roundWeeks(totals?.committed ?? 0);
  const contributions = [...(totals?.byInitiative.values() ?? [])]
    .map((entry) => ({ ...entry, weeks: roundWeeks(entry.weeks) }))
    .sort((a, b) => b.weeks - a.weeks || byKeyNumber(a.initiative.key, b.initiative.key));
  return {
    period,
    capacityWeeks,
    loadWeeks,
    proposedWeeks: roundWeeks(totals?.proposed ?? 0),
    overBy: overBy(loadWeeks, capacityWeeks),
    initiatives: contributions.map((entry) => entry.initiative),
    contributions,
  };
}

/** "TL-9" before "TL-10": keys compare by their number when they share a prefix. */
function byKeyNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
