import { toDay } from '../model/days';
import { barExtent, type TimeScale } from './scale';

export const LANE_HEADER_HEIGHT = 36;
export const ROW_HEIGHT = 34;
/** Space kept free between two bars sharing a row. */
export const BAR_GAP = 6;
/** Even a one-day bar at the widest zoom stays visible and clickable. */
export const MIN_BAR_WIDTH = 8;

export interface LayoutItem {
  id: string;
  key: string;
  startDate: string | null;
  endDate: string | null;
}

export interface LayoutLane<T extends LayoutItem> {
  key: string;
  title: string;
  initiatives: readonly T[];
}

export interface PlacedBar<T extends LayoutItem> {
  item: T;
  startDay: number;
  endDay: number;
  x: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

export type TimelineRow<T extends LayoutItem> =
  | { kind: 'lane'; key: string; laneKey: string; title: string; count: number; collapsed: boolean; top: number; height: number }
  | { kind: 'bars'; key: string; laneKey: string; bars: PlacedBar<T>[]; top: number; height: number };

/** Where a bar was drawn: its row and horizontal extent, for dependency arrows. */
export interface Placement {
  rowIndex: number;
  left: number;
  right: number;
}

export interface TimelineLayout<T extends LayoutItem> {
  rows: TimelineRow<T>[];
  height: number;
  placements: Map<string, Placement[]>;
}

/** An initiative's days; a missing date stands in for the other (one-day work), none → null. */
export function itemDays(item: LayoutItem): { startDay: number; endDay: number } | null {
  const start = item.startDate ?? item.endDate;
  const end = item.endDate ?? item.startDate;
  if (!start || !end) return null;
  const startDay = toDay(start);
  return { startDay, endDay: Math.max(startDay, toDay(end)) };
}

// One collator for every comparison: `localeCompare` with options sets one up per call, which
// dominated sorting a lane of thousands of bars.
const byKey = new Intl.Collator('en', { numeric: true });

/** Bars of one lane, in the window, ordered by start then key. */
export function placeBars<T extends LayoutItem>(items: readonly T[], scale: TimeScale): PlacedBar<T>[] {
  const placed: PlacedBar<T>[] = [];
  for (const item of items) {
    const days = itemDays(item);
    const extent = days && barExtent(scale, days.startDay, days.endDay);
    if (!days || !extent) continue;
    // Spelled out, not spread: this runs for every bar of the roadmap.
    const { x, width, clippedStart, clippedEnd } = extent;
    placed.push({ item, startDay: days.startDay, endDay: days.endDay, x, width: Math.max(width, MIN_BAR_WIDTH), clippedStart, clippedEnd });
  }
  return placed.sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || byKey.compare(a.item.key, b.item.key));
}

/**
 * First-fit packing: each bar (in start order) goes into the first row where it clears the
 * previous bar by `gap` pixels. Returns the row of every bar, and how many rows were needed.
 */
export function packRows(extents: ReadonlyArray<{ x: number; width: number }>, gap = BAR_GAP): { rowOf: number[]; rowCount: number } {
  const rightEdges: number[] = [];
  const rowOf = extents.map(({ x, width }) => {
    let row = rightEdges.findIndex((right) => right + gap <= x);
    if (row === -1) row = rightEdges.push(0) - 1;
    rightEdges[row] = x + width;
    return row;
  });
  return { rowOf, rowCount: rightEdges.length };
}

function addPlacement(placements: Map<string, Placement[]>, id: string, placement: Placement): void {
  const list = placements.get(id);
  if (list) list.push(placement);
  else placements.set(id, [placement]);
}

/**
 * Lays out every lane: a header row, then (unless collapsed) its packed rows of bars. `roomOf`
 * says how much of a row a bar takes when that is more than the bar (a ghost and label beside it).
 */
export function buildLayout<T extends LayoutItem>(
  lanes: ReadonlyArray<LayoutLane<T>>,
  scale: TimeScale,
  collapsed: ReadonlySet<string>,
  roomOf?: (bar: PlacedBar<T>) => { x: number; width: number },
): TimelineLayout<T> {
  const rows: TimelineRow<T>[] = [];
  const placements = new Map<string, Placement[]>();
  let top = 0;
  for (const lane of lanes) {
    const isCollapsed = collapsed.has(lane.key);
    rows.push({
      kind: 'lane',
      key: `lane:${lane.key}`,
      laneKey: lane.key,
      title: lane.title,
      count: lane.initiatives.length,
      collapsed: isCollapsed,
      top,
      height: LANE_HEADER_HEIGHT,
    });
    top += LANE_HEADER_HEIGHT;
    if (isCollapsed) continue;
    const bars = placeBars(lane.initiatives, scale);
    const { rowOf, rowCount } = packRows(roomOf ? bars.map(roomOf) : bars);
    const laneRows = Array.from({ length: rowCount }, (_, i) => ({
      kind: 'bars' as const,
      key: `${lane.key}:${i}`,
      laneKey: lane.key,
      bars: [] as PlacedBar<T>[],
      top: top + i * ROW_HEIGHT,
      height: ROW_HEIGHT,
    }));
    const firstIndex = rows.length;
    bars.forEach((bar, i) => {
      laneRows[rowOf[i]].bars.push(bar);
      addPlacement(placements, bar.item.id, { rowIndex: firstIndex + rowOf[i], left: bar.x, right: bar.x + bar.width });
    });
    rows.push(...laneRows);
    top += rowCount * ROW_HEIGHT;
  }
  return { rows, height: top, placements };
}
