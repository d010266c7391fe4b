import { effectiveShares, loadParts, roundWeeks, type InitiativeStatus, type Period } from '@throughline/shared';

export interface PlanCell {
  period: string;
  capacityWeeks?: number | null;
  loadWeeks: number;
}

export interface PlanForCheck {
  periods: readonly Period[];
  teams: ReadonlyArray<{ team: { id: string; name: string }; cells: readonly PlanCell[] }>;
}

export interface MovedWork {
  status: InitiativeStatus | `${InitiativeStatus}`;
  startDate?: string | null;
  endDate?: string | null;
  effortWeeks?: number | null;
  leadTeam?: { id: string } | null;
  allocations: ReadonlyArray<{ share: number; team: { id: string } }>;
}

/** A team a move puts (further) over capacity in a quarter. */
export interface Overload {
  teamName: string;
  period: string;
  loadWeeks: number;
  capacityWeeks: number;
}

/**
 * The team quarters of `plan` where moving `work` to [startDate, endDate] raises committed load
 * above capacity: its load leaves the old days and lands on the new ones, spread and split as the
 * server spreads it (shared/capacity-load).
 */
export function overloadsOfMove(plan: PlanForCheck, work: MovedWork, startDate: string, endDate: string): Overload[] {
  const shares = effectiveShares(
    work.allocations.map((a) => ({ teamId: a.team.id, share: a.share })),
    work.leadTeam?.id ?? null,
  );
  const delta = new Map<string, number>();
  const add = (parts: ReturnType<typeof loadParts>, sign: number) => {
    for (const part of parts) {
      if (part.kind !== 'committed') continue;
      const key = `${part.teamId} ${part.period}`;
      delta.set(key, (delta.get(key) ?? 0) + sign * part.weeks);
    }
  };
  const base = { status: work.status, effortWeeks: work.effortWeeks ?? null };
  add(loadParts({ ...base, startDate: work.startDate ?? null, endDate: work.endDate ?? null }, shares, [...plan.periods]), -1);
  add(loadParts({ ...base, startDate, endDate }, shares, [...plan.periods]), +1);
  const overloads: Overload[] = [];
  for (const { team, cells } of plan.teams) {
    for (const cell of cells) {
      const change = delta.get(`${team.id} ${cell.period}`) ?? 0;
      const loadWeeks = roundWeeks(cell.loadWeeks + change);
      if (change > 0.005 && cell.capacityWeeks != null && loadWeeks > cell.capacityWeeks) {
        overloads.push({ teamName: team.name, period: cell.period, loadWeeks, capacityWeeks: cell.capacityWeeks });
      }
    }
  }
  return overloads;
}
