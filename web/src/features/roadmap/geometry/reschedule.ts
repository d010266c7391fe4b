/** What a drag or key press changes: the whole bar, or one of its ends. */
export type RescheduleMode = 'move' | 'start' | 'end';

export interface DaySpan {
  startDay: number;
  endDay: number;
}

/** The span after moving by `days` in the given mode; a resized end never crosses the other. */
export function shiftSpan(span: DaySpan, mode: RescheduleMode, days: number): DaySpan {
  switch (mode) {
    case 'move':
      return { startDay: span.startDay + days, endDay: span.endDay + days };
    case 'start':
      return { startDay: Math.min(span.startDay + days, span.endDay), endDay: span.endDay };
    case 'end':
      return { startDay: span.startDay, endDay: Math.max(span.endDay + days, span.startDay) };
  }
}

/** Grabbing a bar within this many pixels of an end resizes instead of moving (less on tiny bars). */
export function dragModeAt(offsetX: number, width: number, ends: { clippedStart: boolean; clippedEnd: boolean }): RescheduleMode {
  const handle = Math.min(8, width / 4);
  if (offsetX <= handle && !ends.clippedStart) return 'start';
  if (offsetX >= width - handle && !ends.clippedEnd) return 'end';
  return 'move';
}

export const KEYBOARD_STEP_DAYS = 7;

/**
 * Keyboard rescheduling: ←/→ move a week; Shift+←/→ move the end (resize), Alt+←/→ the start.
 * Returns null for other keys.
 */
export function keyboardStep(
  key: string,
  modifiers: { shiftKey: boolean; altKey: boolean },
): { mode: RescheduleMode; days: number } | null {
  const direction = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (!direction) return null;
  const mode: RescheduleMode = modifiers.shiftKey ? 'end' : modifiers.altKey ? 'start' : 'move';
  return { mode, days: direction * KEYBOARD_STEP_DAYS };
}
