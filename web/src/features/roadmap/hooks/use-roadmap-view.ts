import { localTodayIso } from '../../../lib/today';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseView, serializeView, type RoadmapView } from '../model/view-state';

export interface ViewUpdateOptions {
  /** Replace the history entry (typing, folding lanes) instead of adding one (zoom, filters). */
  replace?: boolean;
}

/** The roadmap's view state, read from and written to the URL. */
export function useRoadmapView(): { view: RoadmapView; setView: (next: RoadmapView, options?: ViewUpdateOptions) => void; today: string } {
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localTodayIso(), []);
  // A year of quarters is too dense to read on a phone; there the roadmap opens on half a year.
  const [defaultMonths] = useState(() => (window.matchMedia?.('(max-width: 639px)').matches ? 6 : 12));
  const view = useMemo(() => parseView(params, today, 1, defaultMonths), [params, today, defaultMonths]);
  const canonical = useMemo(() => serializeView(view).toString(), [view]);

  // The address bar always holds the full view (the window included), so copying it reproduces it.
  useEffect(() => {
    if (params.toString() !== canonical) setParams(new URLSearchParams(canonical), { replace: true });
  }, [params, canonical, setParams]);

  const setView = useCallback(
    (next: RoadmapView, options: ViewUpdateOptions = {}) => setParams(serializeView(next), { replace: options.replace }),
    [setParams],
  );
  return { view, setView, today };
}
