import { InitiativeModel } from '../initiative/initiative.model';
import { RoadmapDependencyModel, RoadmapLaneModel, RoadmapModel } from './roadmap.model';
import { blockerEndsAfterStart } from './schedule-conflict';

export type CompactShape = Pick<RoadmapModel, 'lanes' | 'bars' | 'dependencyIndexes' | 'dependencyConflicts'>;

/** Each row's position in `rows`, by id. */
export function positionsOf(rows: InitiativeModel[]): Map<string, number> {
  const position = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) position.set(rows[i].id, i);
  return position;
}

/**
 * The compact shape of a roadmap: `rows` (every initiative once, in window order) as its bars, and
 * the lanes and dependencies (pairs of positions, see dependencyPositionsInWindow) as positions among them, each
 * dependency's conflict flag beside. No query, and no object per dependency.
 */
export function compactShape(
  rows: InitiativeModel[],
  lanes: RoadmapLaneModel[],
  dependencyIndexes: number[],
  position: Map<string, number>,
): CompactShape {
  const dependencyConflicts = new Array<boolean>(dependencyIndexes.length / 2);
  for (let i = 0; i < dependencyConflicts.length; i++) {
    dependencyConflicts[i] = blockerEndsAfterStart(rows[dependencyIndexes[2 * i + 1]], rows[dependencyIndexes[2 * i]]);
  }
  return {
    bars: rows,
    lanes: lanes.map((lane) => ({ ...lane, barIndexes: lane.initiatives.map((initiative) => position.get(initiative.id)!) })),
    dependencyIndexes,
    dependencyConflicts,
  };
}

/** The dependencies of the full shape, from the compact one's positions and flags. */
export function dependenciesAt(
  rows: InitiativeModel[],
  { dependencyIndexes, dependencyConflicts }: CompactShape,
): RoadmapDependencyModel[] {
  return dependencyConflicts.map((conflict, i) => ({
    dependent: rows[dependencyIndexes[2 * i]],
    blocker: rows[dependencyIndexes[2 * i + 1]],
    conflict,
  }));
}
