import { useEffect, useMemo } from 'react';
import { useBaselines } from '../api/baselines.query';
import { baselineLookupOf, type BaselineComparison } from '../model/baseline-comparison';
import type { RoadmapView } from '../model/view-state';
import type { ViewUpdateOptions } from './use-roadmap-view';
import type { BaselineDates } from '../geometry/ghosts';

type Lanes = ReadonlyArray<{ initiatives: ReadonlyArray<{ id: string; baseline?: BaselineDates | null }> }>;

/**
 * The saved baselines, and the one the view compares with (the URL names it) with the dates the
 * roadmap answered. A link naming a baseline deleted since compares with none, and says so in the URL.
 * The ghosts do not wait for the list (nor need it, where it cannot be read): until it names the
 * baseline, it is "the baseline".
 */
export function useBaselineComparison(
  view: RoadmapView,
  setView: (next: RoadmapView, options?: ViewUpdateOptions) => void,
  lanes: Lanes | undefined,
) {
  const { data } = useBaselines();
  const baselines = useMemo(() => data?.baselines ?? [], [data]);
  const chosen = baselines.find((b) => b.id === view.baseline);
  const missing = !!data && view.baseline !== '' && !chosen;
  useEffect(() => {
    if (missing) setView({ ...view, baseline: '' }, { replace: true });
  }, [missing, view, setView]);

  const lookup = useMemo(() => (lanes ? baselineLookupOf(lanes) : new Map()), [lanes]);
  const name = chosen?.name ?? 'the baseline';
  const comparison = useMemo<BaselineComparison | null>(
    () => (view.baseline && !missing ? { id: view.baseline, name, lookup } : null),
    [view.baseline, missing, name, lookup],
  );
  return { baselines, comparison };
}
