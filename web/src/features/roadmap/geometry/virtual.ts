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
