import { addDays, isIsoDate } from '@throughline/shared';
import { OutcomeWindows, WindowOverrides } from './outcome-verdict.types';

/** The contract's windows, in days relative to the work's start and end. */
export const PRE_DAYS = 56;
export const TREND_DAYS = 182;
export const SETTLE_DAYS = 14;
export const POST_DAYS = 56;
/** NOT_ENOUGH_DATA below this many measurements in either window. */
export const MIN_POINTS_PER_WINDOW = 6;

/** A window override that cannot be used; `field` names it, for BAD_USER_INPUT at that field. */
export class OutcomeWindowError extends Error {
  constructor(
    readonly field: keyof WindowOverrides | 'workStart' | 'workEnd',
    message: string,
  ) {
    super(message);
  }
}

function checkDate(field: OutcomeWindowError['field'], value: string): string {
  if (!isIsoDate(value)) throw new OutcomeWindowError(field, `${field} must be a date (YYYY-MM-DD)`);
  return value;
}

/**
 * pre = [start - 56, start - 1], post = [end + 15, end + 70], trend learnt from up to 182 days
 * before the pre window's end (never less than the pre window). Overrides replace single dates.
 */
export function resolveWindows(workStart: string, workEnd: string, overrides: WindowOverrides = {}): OutcomeWindows {
  checkDate('workStart', workStart);
  checkDate('workEnd', workEnd);
  if (workEnd < workStart) throw new OutcomeWindowError('workEnd', 'The work cannot end before it starts');
  const preTo = checkDate('preTo', overrides.preTo ?? addDays(workStart, -1));
  const preFrom = checkDate('preFrom', overrides.preFrom ?? addDays(preTo, 1 - PRE_DAYS));
  const postFrom = checkDate('postFrom', overrides.postFrom ?? addDays(workEnd, SETTLE_DAYS + 1));
  const postTo = checkDate('postTo', overrides.postTo ?? addDays(postFrom, POST_DAYS - 1));
  if (preFrom > preTo) throw new OutcomeWindowError('preFrom', 'The pre window must start on or before its end');
  if (postFrom > postTo) throw new OutcomeWindowError('postFrom', 'The post window must start on or before its end');
  if (postFrom <= preTo) throw new OutcomeWindowError('postFrom', 'The post window must start after the pre window');
  const longest = addDays(preTo, 1 - TREND_DAYS);
  return { trendFrom: preFrom < longest ? preFrom : longest, preFrom, preTo, postFrom, postTo };
}
