import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { nextRows } from '../geometry/virtual';

const OVERSCAN_PX = 240;
const CHUNK_ROWS = 8;
/** How long the scroll position has to rest before a jump's rows get their overscan. */
const SETTLE_MS = 150;

/**
 * The range of rows to render for the scroll position of `viewportRef` (offset by `headerHeight`
 * above the rows). Scrolling updates the range at most once a frame, and only when it changes.
 * A jump (nothing in view was drawn, e.g. a fast fling) draws only the rows in view, without
 * the overscan, so each frame of a fling replaces as few rows as it can; the overscan follows
 * once the position rests. While printing, every row renders, so paper gets the whole roadmap.
 */
export function useVirtualRows(
  viewportRef: RefObject<HTMLElement | null>,
  rows: ReadonlyArray<{ top: number; height: number }>,
  headerHeight: number,
): [number, number] {
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const [printing, setPrinting] = useState(false);
  const frame = useRef(0);
  // The range last asked for (rendered, or on its way in a transition).
  const asked = useRef<[number, number]>([0, 0]);

  const measure = useCallback(() => {
    frame.current = 0;
    const viewport = viewportRef.current;
    if (!viewport) return;
    const [start, end] = asked.current;
    const top = Math.max(0, viewport.scrollTop - headerHeight);
    const next = nextRows(rows, top, viewport.clientHeight, asked.current, OVERSCAN_PX, CHUNK_ROWS);
    if (start === next[0] && end === next[1]) return;
    asked.current = next;
    // The first rows are drawn at once, in the frame that lays them out. After that a transition:
    // React may render the newly visible rows in slices between frames, so a fast fling never
    // blocks the main thread for long; the overscan covers the short wait.
    if (start === end) setRange(next);
    else startTransition(() => setRange(next));
  }, [viewportRef, rows, headerHeight]);

  useLayoutEffect(measure, [measure]);

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    let settle = 0;
    const onScroll = () => {
      if (!frame.current) frame.current = requestAnimationFrame(measure);
      window.clearTimeout(settle);
      settle = window.setTimeout(measure, SETTLE_MS);
    };
    const observer = new ResizeObserver(onScroll);
    observer.observe(viewport);
    viewport.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      viewport.removeEventListener('scroll', onScroll);
      observer.disconnect();
      cancelAnimationFrame(frame.current);
      window.clearTimeout(settle);
      frame.current = 0;
    };
  }, [viewportRef, measure]);

  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  // The range may still be that of a previous, longer layout until the next measure.
  const count = rows.length;
  return useMemo<[number, number]>(
    () => (printing ? [0, count] : [Math.min(range[0], count), Math.min(range[1], count)]),
    [printing, range, count],
  );
}
