import { InitiativeStatus } from '@throughline/shared';
import { InitiativeModel } from '../initiative/initiative.model';
import { appendTo, compareByName, Named } from '../common/collections';
import { RoadmapLaneModel } from './roadmap.model';

/** The key of the lane for initiatives with no lead team, or serving no goal. */
export const NO_LANE = 'none';

/**
 * Splits `rows` (already in lane order: by start, then key) by the lane keys each belongs to, as
 * positions in `rows`, keeping that order within every lane.
 */
function partition(rows: InitiativeModel[], laneKeysOf: (row: InitiativeModel) => readonly string[]): Map<string, number[]> {
  const lanes = new Map<string, number[]>();
  for (let position = 0; position < rows.length; position++) {
    for (const key of laneKeysOf(rows[position])) appendTo(lanes, key, position);
  }
  return lanes;
}

/** A lane of `rows` at `barIndexes`. */
function lane(key: string, title: string, rows: InitiativeModel[], barIndexes: number[]): RoadmapLaneModel {
  return { key, title, barIndexes, initiatives: barIndexes.map((position) => rows[position]) };
}

/** One lane per named thing (ordered by name, then id), then the "none" lane; empty lanes are left out. */
function namedLanes(rows: InitiativeModel[], groups: Map<string, number[]>, things: Named[], noneTitle: string): RoadmapLaneModel[] {
  const ordered = things.filter((thing) => groups.has(thing.id)).sort(compareByName);
  const lanes = ordered.map((thing) => lane(thing.id, thing.name, rows, groups.get(thing.id)!));
  const none = groups.get(NO_LANE);
  return none ? [...lanes, lane(NO_LANE, noneTitle, rows, none)] : lanes;
}

/** A lane per lead team, by team name; initiatives without one (or whose team is gone) last. */
export function lanesByTeam(rows: InitiativeModel[], teams: Named[]): RoadmapLaneModel[] {
  const known = new Set(teams.map((team) => team.id));
  const groups = partition(rows, (row) => [row.leadTeamId && known.has(row.leadTeamId) ? row.leadTeamId : NO_LANE]);
  return namedLanes(rows, groups, teams, 'No team');
}

/** A lane per goal served, by goal title: an initiative serving two goals is in both; unaligned ones last. */
export function lanesByGoal(
  rows: InitiativeModel[],
  goalIdsOf: Map<string, string[]>,
  goals: Array<{ id: string; title: string }>,
): RoadmapLaneModel[] {
  const known = new Set(goals.map((goal) => goal.id));
  const none = [NO_LANE];
  const groups = partition(rows, (row) => {
    const served = goalIdsOf.get(row.id)?.filter((id) => known.has(id));
    return served?.length ? served : none;
  });
  return namedLanes(
    rows,
    groups,
    goals.map((goal) => ({ id: goal.id, name: goal.title })),
    'No goal',
  );
}

/** "IN_PROGRESS" → "In progress". */
export function statusTitle(status: InitiativeStatus): string {
  return status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** A lane per status that has initiatives, in the order of the status enum. */
export function lanesByStatus(rows: InitiativeModel[]): RoadmapLaneModel[] {
  const groups = partition(rows, (row) => [row.status]);
  return Object.values(InitiativeStatus)
    .filter((status) => groups.has(status))
    .map((status) => lane(status, statusTitle(status), rows, groups.get(status)!));
}
