import type { RoadmapBarFragment, RoadmapQuery as RoadmapResult } from '../../../gql/graphql';

type Compact = RoadmapResult['roadmap'];
type CompactBar = Compact['bars'][number];
type CompactLane = Compact['lanes'][number];

/** A bar with its lead team (and its baseline dates, when they were asked). */
export type RoadmapItem = CompactBar & RoadmapBarFragment;

/** A dependency between two bars on the roadmap, by their ids. */
export interface DependencyIds {
  dependentId: string;
  blockerId: string;
}

/**
 * The roadmap's compact answer as lanes of bars: each bar gets its lead team from the list of
 * teams (one object per team, shared by its bars), each lane the bars at its positions (one
 * object per initiative, shared by the lanes it is in), each dependency the ids at its positions.
 * Whatever else a lane or the roadmap carries stays as it came.
 */
export function expandRoadmap({ bars, leadTeams, dependencyIndexes, lanes, ...rest }: Compact) {
  const teams = new Map(leadTeams.map((team) => [team.id, team]));
  const items: RoadmapItem[] = bars.map((bar) => ({ ...bar, leadTeam: (bar.leadTeamId && teams.get(bar.leadTeamId)) || null }));
  const dependencies: DependencyIds[] = [];
  for (let i = 0; i + 1 < dependencyIndexes.length; i += 2) {
    dependencies.push({ dependentId: items[dependencyIndexes[i]].id, blockerId: items[dependencyIndexes[i + 1]].id });
  }
  const expandLane = ({ barIndexes, ...lane }: CompactLane) => ({ ...lane, initiatives: barIndexes.map((index) => items[index]) });
  return { ...rest, lanes: lanes.map(expandLane), dependencies };
}
