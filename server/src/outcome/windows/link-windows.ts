import { addDays } from '@throughline/shared';
import type { MetricLinkWindows } from '../../initiative/initiative-store';
import { POST_DAYS, PRE_DAYS, SETTLE_DAYS } from '../verdict/outcome-windows';
import { WindowOverrides } from '../verdict/outcome-verdict.types';

/** The lengths a link may choose (the migration's check holds the same). */
export const WINDOW_LIMITS = {
  preDays: { min: 7, max: 182 },
  settleDays: { min: 0, max: 365 },
  postDays: { min: 7, max: 365 },
} as const;

export const NO_OVERRIDES: MetricLinkWindows = { preDays: null, settleDays: null, postDays: null };

/** The lengths in force: the link's own, else the contract's defaults. */
export function effectiveLengths(link: MetricLinkWindows): { preDays: number; settleDays: number; postDays: number } {
  return { preDays: link.preDays ?? PRE_DAYS, settleDays: link.settleDays ?? SETTLE_DAYS, postDays: link.postDays ?? POST_DAYS };
}

/**
 * The verdict module's date overrides for a link's lengths: pre = [start - preDays, start - 1],
 * post = [end + settleDays + 1, end + settleDays + postDays]. Lengths, not dates, are stored, so
 * the windows follow the work when its dates move.
 */
export function windowOverrides(workStart: string, workEnd: string, link: MetricLinkWindows): WindowOverrides {
  const overrides: WindowOverrides = {};
  if (link.preDays !== null) overrides.preFrom = addDays(workStart, -link.preDays);
  if (link.settleDays !== null || link.postDays !== null) {
    const { settleDays, postDays } = effectiveLengths(link);
    overrides.postFrom = addDays(workEnd, settleDays + 1);
    overrides.postTo = addDays(workEnd, settleDays + postDays);
  }
  return overrides;
}

export const isOverridden = (link: MetricLinkWindows): boolean =>
  link.preDays !== null || link.settleDays !== null || link.postDays !== null;
