import { parsePeriodLabel, Period, TeamShare } from '@throughline/shared';
import { assertUuid } from '../common/id-args';
import { DomainError } from '../common/domain-error';
import { AllocationInput } from './capacity.inputs';

// The checks of capacity and allocation input, each failure naming the argument at fault.

/** The most engineer-weeks a team may have in a quarter (the database's check says the same). */
export const LIMITS_WEEKS = 100_000;

/** A fiscal quarter's label ("FY2027-Q1", any case, spaces around allowed), or bad input naming `field`. */
export function quarterOf(label: string, startMonth: number, field = 'period'): Period {
  const period = /^\s*FY\d{4}-Q[1-4]\s*$/i.test(label) ? parsePeriodLabel(label, startMonth) : null;
  if (!period) throw DomainError.badInput(field, `"${label.slice(0, 40)}" is not a fiscal quarter like "FY2027-Q1"`);
  return period;
}

/** Engineer-weeks: a finite number from 0 to the ceiling, or bad input naming `field`. */
export function assertWeeks(weeks: number, field = 'weeks'): void {
  if (!Number.isFinite(weeks) || weeks < 0 || weeks > LIMITS_WEEKS) {
    throw DomainError.badInput(field, `must be from 0 to ${LIMITS_WEEKS} engineer-weeks, got ${weeks}`);
  }
}

// Shares are floats: 0.1 + 0.2 + 0.7 must count as 1.
const SUM_TOLERANCE = 1e-6;

/**
 * The shares as given, checked: well-formed ids, no team twice, each of `teamIds` (the
 * initiative's own), each share 0..1, summing to 1. An empty list is fine: all on the lead team.
 */
export function checkedShares(allocations: AllocationInput[], teamIds: Set<string>, initiativeKey: string): TeamShare[] {
  const seen = new Set<string>();
  allocations.forEach(({ teamId, share }, i) => {
    const field = `allocations[${i}]`;
    assertUuid(`${field}.teamId`, teamId);
    if (seen.has(teamId)) throw DomainError.badInput(`${field}.teamId`, `team ${teamId} is given twice`);
    seen.add(teamId);
    if (!teamIds.has(teamId)) throw DomainError.badInput(`${field}.teamId`, `team ${teamId} is not one of ${initiativeKey}'s teams`);
    if (!Number.isFinite(share) || share < 0 || share > 1)
      throw DomainError.badInput(`${field}.share`, `must be from 0 to 1, got ${share}`);
  });
  const total = allocations.reduce((sum, allocation) => sum + allocation.share, 0);
  if (allocations.length && Math.abs(total - 1) > SUM_TOLERANCE) {
    throw DomainError.badInput('allocations', `the shares must sum to 1, not ${Math.round(total * 1e6) / 1e6}`);
  }
  return allocations.map(({ teamId, share }) => ({ teamId, share }));
}
