import { InitiativeModel } from '../initiative/initiative.model';
import { RoadmapDependencyModel, RoadmapLaneModel, RoadmapModel } from './roadmap.model';
import { blockerEndsAfterStart } from './schedule-conflict';

export type CompactShape = Pick<RoadmapModel, 'lanes' | 'bars' | 'dependencyIndexes' | 'dependencyConflicts'>;

/**
 * The compact shape of a roadmap: `rows` (every initiative once, in window order) as its bars, the
 * lanes (which hold their bars' positions, roadmap-lanes.ts), the dependencies as pairs of positions
 * (dependencyPositionsInWindow), and each dependency's conflict flag. No query, and no object per dependency.
 */
export function compactShape(rows: InitiativeModel[], lanes: RoadmapLaneModel[], dependencyIndexes: number[]): CompactShape {
  const dependencyConflicts = new Array<boolean>(dependencyIndexes.length / 2);
  for (let i = 0; i < dependencyConflicts.length; i++) {
    dependencyConflicts[i] = blockerEndsAfterStart(rows[dependencyIndexes[2 * i + 1]], rows[dependencyIndexes[2 * i]]);
  }
  return {
    bars: rows,
    lanes,
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
