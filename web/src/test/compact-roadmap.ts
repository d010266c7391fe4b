// Tests write a roadmap as lanes of initiatives (each with its lead team); the server answers it
// compact (each initiative and team once, lanes and dependencies as positions). This makes one from the other.

interface Team {
  __typename: 'Team';
  id: string;
  key: string;
  name: string;
}

interface Bar {
  id: string;
  leadTeam: Team | null;
}

interface Lane<T extends Bar> {
  key: string;
  title: string;
  initiatives: readonly T[];
}

/** `lanes` and `dependencies` (dependent, then blocker, by id) as the roadmap query's compact fields. */
export function compactRoadmap<T extends Bar>(lanes: ReadonlyArray<Lane<T>>, dependencies: ReadonlyArray<readonly [string, string]> = []) {
  const bars: Array<Omit<T, 'leadTeam'> & { leadTeamId: string | null }> = [];
  const leadTeams = new Map<string, Team>();
  const position = new Map<string, number>();
  for (const lane of lanes) {
    for (const { leadTeam, ...bar } of lane.initiatives) {
      if (position.has(bar.id)) continue;
      position.set(bar.id, bars.length);
      bars.push({ ...bar, leadTeamId: leadTeam?.id ?? null });
      if (leadTeam) leadTeams.set(leadTeam.id, leadTeam);
    }
  }
  return {
    lanes: lanes.map(({ initiatives, ...lane }) => ({
      __typename: 'RoadmapLane' as const,
      ...lane,
      barIndexes: initiatives.map((initiative) => position.get(initiative.id)!),
    })),
    bars,
    leadTeams: [...leadTeams.values()],
    // As the server does, only the dependencies whose both ends are on the roadmap.
    dependencyIndexes: dependencies
      .filter((pair) => pair.every((id) => position.has(id)))
      .flatMap(([dependent, blocker]) => [position.get(dependent)!, position.get(blocker)!]),
  };
}

/** The Roadmap query's answer for the window 2027-01-01..2027-12-31, with these periods and lanes. */
export function roadmapResult<T extends Bar>(
  periods: ReadonlyArray<{ __typename: 'Period'; label: string; start: string; end: string }>,
  lanes: ReadonlyArray<Lane<T>>,
  dependencies: ReadonlyArray<readonly [string, string]> = [],
) {
  const roadmap = { __typename: 'Roadmap' as const, from: '2027-01-01', to: '2027-12-31', periods };
  return { data: { roadmap: { ...roadmap, ...compactRoadmap(lanes, dependencies) } } };
}
