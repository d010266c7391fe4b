import { InitiativeModel } from '../initiative/initiative.model';
import { RoadmapDependencyModel, RoadmapLaneModel, RoadmapModel } from './roadmap.model';

export type CompactShape = Pick<RoadmapModel, 'lanes' | 'bars' | 'dependencyIndexes' | 'dependencyConflicts'>;

/**
 * The compact shape of a roadmap beside its full one: `rows` (every initiative once, in window
 * order) as its bars, and the lanes and dependencies also as positions among them. No query:
 * the same rows and edges, numbered.
 */
export function compactShape(rows: InitiativeModel[], lanes: RoadmapLaneModel[], dependencies: RoadmapDependencyModel[]): CompactShape {
  const position = new Map<string, number>();
  rows.forEach((row, index) => position.set(row.id, index));
  const dependencyIndexes = new Array<number>(dependencies.length * 2);
  dependencies.forEach(({ dependent, blocker }, i) => {
    dependencyIndexes[2 * i] = position.get(dependent.id)!;
    dependencyIndexes[2 * i + 1] = position.get(blocker.id)!;
  });
  return {
    bars: rows,
    lanes: lanes.map((lane) => ({ ...lane, barIndexes: lane.initiatives.map((initiative) => position.get(initiative.id)!) })),
    dependencyIndexes,
    dependencyConflicts: dependencies.map((dependency) => dependency.conflict),
  };
}
