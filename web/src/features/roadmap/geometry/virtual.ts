/** The index of the last row whose top is at or above `y` (rows sorted by top). */
export function rowAt(rows: ReadonlyArray<{ top: number }>, y: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (rows[mid].top <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The rows to render for a viewport, as [start, end): those on screen plus `overscan` pixels
 * above and below, so a short scroll shows rows already drawn. Both ends snap outwards to
 * multiples of `chunk`, so scrolling changes the range (and renders) only every few rows.
 */
export function visibleRows(
  rows: ReadonlyArray<{ top: number; height: number }>,
  scrollTop: number,
  viewportHeight: number,
  overscan = 200,
  chunk = 1,
): [number, number] {
  if (rows.length === 0) return [0, 0];
  const first = rowAt(rows, Math.max(0, scrollTop - overscan));
  const last = rowAt(rows, scrollTop + viewportHeight + overscan);
  const start = first - (first % chunk);
  const end = last + chunk - (last % chunk);
  return [start, Math.min(rows.length, end)];
}

/**
 * The rows to render after a scroll, given those asked for before (`shown`, [start, end)): the
 * rows in view with the overscan and chunking of `visibleRows`, but when none of the rows in
 * view was among `shown` (a jump, e.g. each frame of a fast fling), only the rows in view, so
 * the frame replaces as few rows as it can.
 */
export function nextRows(
  rows: ReadonlyArray<{ top: number; height: number }>,
  scrollTop: number,
  viewportHeight: number,
  shown: readonly [number, number],
  overscan: number,
  chunk: number,
): [number, number] {
  const [start, end] = shown;
  const inView = visibleRows(rows, scrollTop, viewportHeight, 0);
  const jump = start !== end && (inView[1] <= start || inView[0] >= end);
  return jump ? inView : visibleRows(rows, scrollTop, viewportHeight, overscan, chunk);
}
