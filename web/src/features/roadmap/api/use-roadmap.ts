import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { DependencyRef } from '../geometry/arrows';
import { itemDays, type LayoutItem } from '../geometry/layout';
import { toInitiativeFilter } from '../model/filters';
import { applyOverrides, type DateOverride } from '../model/overrides';
import type { RoadmapView } from '../model/view-state';
import { expandRoadmap, type DependencyIds } from './expand-roadmap';
import { RoadmapOptionsQuery } from './roadmap-options.query';
import { RoadmapQuery } from './roadmap.query';

/**
 * The roadmap for a view. While a new window or filter loads, the previous roadmap stays on
 * screen. Bars moved here show at their new dates at once (`overrides`), and conflicts are
 * recomputed from the dates shown, so a bar just dragged shows its new conflicts immediately.
 */
export function useRoadmap(view: RoadmapView) {
  const variables = useMemo(
    () => ({
      from: view.from,
      to: view.to,
      groupBy: view.groupBy,
      filter: toInitiativeFilter(view),
      baselineId: view.baseline,
      withBaseline: view.baseline !== '',
    }),
    [view],
  );
  // Not normalised into the cache: with 5,000 initiatives and 10,000 dependencies, writing and
  // re-reading the normalised result costs about a second; the roadmap is a snapshot read whole,
  // refetched on every visit, and its edits go through mutations (which do update the cache).
  const { data, previousData, loading, error, refetch } = useQuery(RoadmapQuery, { variables, fetchPolicy: 'no-cache' });
  const [overrides, setOverrides] = useState<ReadonlyMap<string, DateOverride>>(() => new Map());
  const answered = (data ?? previousData)?.roadmap;
  const loaded = useMemo(() => answered && expandRoadmap(answered), [answered]);
  const roadmap = useMemo(() => loaded && { ...loaded, lanes: applyOverrides(loaded.lanes, overrides) }, [loaded, overrides]);
  const dependencies = useMemo<DependencyRef[]>(() => (roadmap ? dependenciesOf(roadmap) : []), [roadmap]);
  return { roadmap, dependencies, loading, error, refetch, setOverrides };
}

/** Conflicts from the dates shown (every bar on a roadmap has one), so a moved bar's show at once. */
function dependenciesOf(roadmap: {
  dependencies: readonly DependencyIds[];
  lanes: ReadonlyArray<{ initiatives: readonly LayoutItem[] }>;
}): DependencyRef[] {
  // Each bar's days worked out once, however many dependencies it has (40,000 at 20,000 bars).
  const daysOf = new Map<string, ReturnType<typeof itemDays>>();
  for (const lane of roadmap.lanes) for (const item of lane.initiatives) if (!daysOf.has(item.id)) daysOf.set(item.id, itemDays(item));
  return roadmap.dependencies.map(({ blockerId, dependentId }) => {
    const b = daysOf.get(blockerId);
    const a = daysOf.get(dependentId);
    return { blockerId, dependentId, conflict: !!b && !!a && b.endDay > a.startDay };
  });
}

/** Teams and goals to filter by; how many initiatives there are in all (undefined until known or when it failed). */
export function useRoadmapOptions() {
  const { data, error, refetch } = useQuery(RoadmapOptionsQuery);
  return useMemo(
    () => ({
      teams: (data?.teams ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.key})` })),
      goals: (data?.goals ?? []).map((g) => ({ value: g.id, label: g.title })),
      initiativeCount: data?.initiatives.totalCount,
      failed: !!error,
      refetch,
    }),
    [data, error, refetch],
  );
}
