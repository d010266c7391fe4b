import { toDay } from '../model/days';

/** Maps the days of the window [from, to] onto [0, width] pixels. */
export interface TimeScale {
  fromDay: number;
  /** Inclusive. */
  toDay: number;
  width: number;
  pxPerDay: number;
}

export function createScale(from: string, to: string, width: number): TimeScale {
  const first = toDay(from);
  const last = toDay(to);
  const days = Math.max(1, last - first + 1);
  return { fromDay: first, toDay: last, width, pxPerDay: width / days };
}

/** The left edge of a day. */
export function dayToX(scale: TimeScale, day: number): number {
  return (day - scale.fromDay) * scale.pxPerDay;
}

/** The right edge of a day (where a bar ending that day stops). */
export function dayEndToX(scale: TimeScale, day: number): number {
  return (day - scale.fromDay + 1) * scale.pxPerDay;
}

export function dateToX(scale: TimeScale, iso: string): number {
  return dayToX(scale, toDay(iso));
}

/** A horizontal drag of `dx` pixels as whole days (snapping to days). */
export function pixelsToDays(scale: TimeScale, dx: number): number {
  return Math.round(dx / scale.pxPerDay) || 0;
}

/** The day under an x position. */
export function xToDay(scale: TimeScale, x: number): number {
  return scale.fromDay + Math.floor(x / scale.pxPerDay);
}

/** Pixel extent of a bar for [startDay, endDay], clipped to the window; null when outside it. */
export function barExtent(
  scale: TimeScale,
  startDay: number,
  endDay: number,
): { x: number; width: number; clippedStart: boolean; clippedEnd: boolean } | null {
  if (endDay < scale.fromDay || startDay > scale.toDay) return null;
  const clippedStart = startDay < scale.fromDay;
  const clippedEnd = endDay > scale.toDay;
  const x = dayToX(scale, clippedStart ? scale.fromDay : startDay);
  const right = dayEndToX(scale, clippedEnd ? scale.toDay : endDay);
  return { x, width: right - x, clippedStart, clippedEnd };
}
