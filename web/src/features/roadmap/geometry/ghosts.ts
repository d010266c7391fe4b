import { toDay } from '../model/days';
import { itemDays, MIN_BAR_WIDTH } from './layout';
import { barExtent, type TimeScale } from './scale';

/** An initiative's dates in a baseline. */
export interface BaselineDates {
  startDate: string | null;
  endDate: string | null;
}

/** Each initiative's dates in the baseline compared with; null: it is not in it (new since). */
export type BaselineLookup = ReadonlyMap<string, BaselineDates | null>;

/** What a bar shows against the baseline: its ghost (the baseline's dates), the slip and its label. */
export interface BarAnnotation {
  /** Where the baseline's dates lie; null when they are outside the window or there are none. */
  ghost: { x: number; width: number; clippedStart: boolean; clippedEnd: boolean } | null;
  /** Current end minus the baseline's end, in days; null when either is missing. */
  slipDays: number | null;
  /** Not in the baseline: added since. */
  isNew: boolean;
  /** "+21 d", "−3 d" or "new"; null when there is nothing to say (on time, no dates). */
  label: string | null;
  /** Where the label starts: just right of the bar or its ghost, whichever ends later. */
  labelX: number;
}

/** The bar as drawn: its days (possibly being moved) and extent. */
interface DrawnBar {
  item: { id: string; endDate: string | null };
  endDay: number;
  x: number;
  width: number;
}

const LABEL_GAP = 4;
/** The width a label needs at the 11px font it is drawn in (a generous average per character). */
export const labelWidth = (label: string) => Math.ceil(label.length * 6.5) + 8;

/** "+21 d", "−3 d", "0 d". */
export function formatSlip(days: number): string {
  if (days > 0) return `+${days} d`;
  if (days < 0) return `−${-days} d`;
  return '0 d';
}

/** Current end minus the baseline end, in days, as the API counts it; null when either is missing. */
export function slipDaysOf(endDate: string | null, baseline: BaselineDates): number | null {
  return endDate && baseline.endDate ? toDay(endDate) - toDay(baseline.endDate) : null;
}

/** The bar against the baseline; undefined when the lookup does not know the initiative (not compared). */
export function annotateBar(bar: DrawnBar, lookup: BaselineLookup, scale: TimeScale): BarAnnotation | undefined {
  const dates = lookup.get(bar.item.id);
  if (dates === undefined) return undefined;
  const right = bar.x + bar.width;
  if (dates === null) return { ghost: null, slipDays: null, isNew: true, label: 'new', labelX: right + LABEL_GAP };
  const days = itemDays({ id: bar.item.id, key: '', ...dates });
  const extent = days && barExtent(scale, days.startDay, days.endDay);
  const ghost = extent && { ...extent, width: Math.max(extent.width, MIN_BAR_WIDTH) };
  // The bar's end as drawn, so a bar being dragged shows its slip as it moves.
  const slipDays = bar.item.endDate && dates.endDate ? bar.endDay - toDay(dates.endDate) : null;
  return {
    ghost,
    slipDays,
    isNew: false,
    label: slipDays ? formatSlip(slipDays) : null,
    labelX: Math.max(right, ghost ? ghost.x + ghost.width : right) + LABEL_GAP,
  };
}

/**
 * The room each bar takes in its row with the ghosts of every lookup given (a baseline's, the
 * forecasts'): undefined, the bar alone, when there are none.
 */
export function ghostedExtent(
  lookups: ReadonlyArray<BaselineLookup | undefined>,
  scale: TimeScale,
): ((bar: DrawnBar) => { x: number; width: number }) | undefined {
  const given = lookups.filter((lookup): lookup is BaselineLookup => !!lookup && lookup.size > 0);
  if (given.length === 0) return undefined;
  return (bar) =>
    given.reduce<{ x: number; width: number }>((room, lookup) => {
      const more = packingExtent(bar, annotateBar(bar, lookup, scale));
      const left = Math.min(room.x, more.x);
      return { x: left, width: Math.max(room.x + room.width, more.x + more.width) - left };
    }, bar);
}

/** The room a bar takes in its row when compared: the bar, its ghost and its label, so none overlaps a neighbour. */
export function packingExtent(bar: { x: number; width: number }, annotation: BarAnnotation | undefined): { x: number; width: number } {
  if (!annotation) return bar;
  const left = Math.min(bar.x, annotation.ghost?.x ?? bar.x);
  const right = annotation.label
    ? annotation.labelX + labelWidth(annotation.label)
    : Math.max(bar.x + bar.width, annotation.ghost ? annotation.ghost.x + annotation.ghost.width : 0);
  return { x: left, width: right - left };
}
