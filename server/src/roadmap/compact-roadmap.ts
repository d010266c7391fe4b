import { InitiativeModel } from '../initiative/initiative.model';
import { RoadmapDependencyModel, RoadmapModel } from './roadmap.model';
import { blockerEndsAfterStart } from './schedule-conflict';

/**
 * The compact shape of a roadmap: its rows (every initiative once, in window order) as bars, lanes
 * holding their bars' positions (roadmap-lanes.ts), the dependencies as pairs of positions
 * (dependencyPositionsInWindow) and each one's conflict flag. No object per dependency.
 */
export type CompactShape = Pick<RoadmapModel, 'lanes' | 'bars' | 'dependencyIndexes' | 'dependencyConflicts'>;

/**
 * The conflict flag of each dependency of `dependencyIndexes` (pairs of positions in `rows`:
 * dependent, then blocker), in their order: the compact shape's `dependencyConflicts`.
 */
export function conflictsAt(rows: InitiativeModel[], dependencyIndexes: number[]): boolean[] {
  const conflicts = new Array<boolean>(dependencyIndexes.length / 2);
  for (let i = 0; i < conflicts.length; i++) {
    conflicts[i] = blockerEndsAfterStart(rows[dependencyIndexes[2 * i + 1]], rows[dependencyIndexes[2 * i]]);
  }
  return conflicts;
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
