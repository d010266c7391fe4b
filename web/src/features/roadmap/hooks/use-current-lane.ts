import { useEffect, useState, type RefObject } from 'react';
import type { LayoutItem, TimelineRow } from '../geometry/layout';
import { rowAt } from '../geometry/virtual';

type LaneRow = Extract<TimelineRow<LayoutItem>, { kind: 'lane' }>;

/** The heading of the lane that row `index` belongs to, unless that row is the heading itself. */
export function laneAbove(rows: readonly TimelineRow<LayoutItem>[], index: number): LaneRow | null {
  let heading = index;
  while (heading >= 0 && rows[heading].kind !== 'lane') heading--;
  return heading >= 0 && heading !== index ? (rows[heading] as LaneRow) : null;
}

/**
 * The lane whose heading has scrolled out of view while its rows fill the top of the viewport,
 * so the timeline can keep its name in sight; null while the heading itself shows.
 */
export function useCurrentLane(viewportRef: RefObject<HTMLElement | null>, rows: readonly TimelineRow<LayoutItem>[]): LaneRow | null {
  const [lane, setLane] = useState<LaneRow | null>(null);
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    let frame = 0;
    // Row tops count from the top of the rows, which the sticky header covers at scrollTop.
    const update = () => {
      frame = 0;
      const current = rows.length ? laneAbove(rows, rowAt(rows, viewport.scrollTop)) : null;
      setLane((previous) => (previous?.key === current?.key ? previous : current));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    viewport.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      viewport.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [viewportRef, rows]);
  return lane;
}
