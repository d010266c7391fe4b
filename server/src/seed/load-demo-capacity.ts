import { addDays, effectiveShares, InitiativeStatus, loadParts, quarterOf, TeamShare, todayIso } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../auth/caller';
import { CapacityRow, CapacityStore } from '../capacity/capacity-store';

/** Quarters from this one on that the demo teams have a capacity for. */
const QUARTERS = 4;
/** Headroom of every team but one: capacity is its busiest quarter's committed load and this much more. */
const HEADROOM = 1.25;
/** The over-committed team carries this share of its next quarter's load. */
const SHORTFALL = 0.8;

interface WorkRow {
  id: string;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  effortWeeks: number | null;
  leadTeamId: string | null;
}

/**
 * Gives each demo team a capacity for this quarter and the next three, relative to `now` as the
 * rest of the demo's dates are: enough for its committed load with room to spare, except the team
 * with the most committed work next quarter, which is over capacity there (the Capacity page's
 * story: one red cell next quarter). Computed from the work as loaded, so it stays true however the
 * demo's initiatives change.
 */
export async function loadDemoCapacity(manager: EntityManager, options: { now: Date; fiscalYearStartMonth: number }): Promise<void> {
  const quarters = [quarterOf(todayIso(options.now), options.fiscalYearStartMonth)];
  while (quarters.length < QUARTERS) quarters.push(quarterOf(addDays(quarters[quarters.length - 1].end, 1), options.fiscalYearStartMonth));
  const next = quarters[1].label;
  const [teams, work, allocations]: [Array<{ id: string }>, WorkRow[], Array<TeamShare & { initiativeId: string }>] = await Promise.all([
    manager.query(`SELECT id FROM team ORDER BY key`),
    manager.query(
      `SELECT id, status, start_date AS "startDate", end_date AS "endDate", effort_weeks AS "effortWeeks", lead_team_id AS "leadTeamId" FROM initiative`,
    ),
    manager.query(`SELECT initiative_id AS "initiativeId", team_id AS "teamId", share FROM initiative_allocation`),
  ]);
  const load = new Map<string, number>();
  for (const row of work) {
    const shares = effectiveShares(
      allocations.filter((a) => a.initiativeId === row.id),
      row.leadTeamId,
    );
    for (const part of loadParts(row, shares, quarters)) {
      if (part.kind === 'committed')
        load.set(`${part.teamId} ${part.period}`, (load.get(`${part.teamId} ${part.period}`) ?? 0) + part.weeks);
    }
  }
  const loadOf = (teamId: string, period: string) => load.get(`${teamId} ${period}`) ?? 0;
  const busiest = [...teams].sort((a, b) => loadOf(b.id, next) - loadOf(a.id, next))[0];
  const rows: CapacityRow[] = teams.flatMap((team) => {
    const roomy = Math.max(10, Math.ceil(Math.max(...quarters.map((q) => loadOf(team.id, q.label))) * HEADROOM));
    return quarters.map((quarter) => ({
      teamId: team.id,
      period: quarter.label,
      weeks: team === busiest && quarter.label === next ? Math.floor(loadOf(team.id, next) * SHORTFALL) : roomy,
    }));
  });
  await new CapacityStore().write(manager, SYSTEM_ACTOR, rows);
}
