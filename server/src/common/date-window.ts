import { DomainError } from './domain-error';

/** The longest window a roadmap or an alignment may span, in years. */
export const MAX_WINDOW_YEARS = 5;

// Keeps quarter arithmetic inside four-digit years, where ISO dates stay "YYYY-MM-DD".
const EARLIEST = '1900-01-01';
const LATEST = '9998-12-31';

/** A window of days, both ends inclusive, as "YYYY-MM-DD". */
export interface DateWindow {
  from: string;
  to: string;
}

/** Refuses a window that is reversed, too long or out of range, naming the argument at fault. */
export function assertWindow({ from, to }: DateWindow): void {
  if (from < EARLIEST || from > LATEST) throw DomainError.badInput('from', `must be from ${EARLIEST} to ${LATEST}`);
  if (to < EARLIEST || to > LATEST) throw DomainError.badInput('to', `must be from ${EARLIEST} to ${LATEST}`);
  if (to < from) throw DomainError.badInput('to', `must not be before from (${from})`);
  // Same day-of-year N years on; compared as text, so a 29 February start needs no special case.
  const limit = `${Number(from.slice(0, 4)) + MAX_WINDOW_YEARS}${from.slice(4)}`;
  if (to >= limit) throw DomainError.badInput('to', `the window may span at most ${MAX_WINDOW_YEARS} years`);
}
