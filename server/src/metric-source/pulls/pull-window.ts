import { DAY_MS, DailyWindow, startOfUtcDay } from '../clients/source-client';

/** A first pull reads a year of history. */
export const FIRST_PULL_DAYS = 365;

/**
 * The days a pull asks for: a year up to today on the first pull, then from the last day already
 * pulled (read again: its value may have been partial) up to today.
 */
export function pullWindow(pulledThrough: Date | null, now = new Date()): DailyWindow {
  const to = startOfUtcDay(now);
  const from =
    pulledThrough && pulledThrough.getTime() <= to.getTime()
      ? startOfUtcDay(pulledThrough)
      : new Date(to.getTime() - FIRST_PULL_DAYS * DAY_MS);
  return { from, to };
}
