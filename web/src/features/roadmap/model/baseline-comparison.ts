import type { BaselineDates, BaselineLookup } from '../geometry/ghosts';

/** The baseline the roadmap is compared with, and each shown initiative's dates in it. */
export interface BaselineComparison {
  id: string;
  name: string;
  lookup: BaselineLookup;
}

type Compared = { id: string; baseline?: BaselineDates | null };

/**
 * Each initiative's baseline dates as the roadmap answered them (null: not in the baseline); an
 * initiative loaded without them (before the comparison was asked for) is left out.
 */
export function baselineLookupOf(lanes: ReadonlyArray<{ initiatives: readonly Compared[] }>): BaselineLookup {
  const lookup = new Map<string, BaselineDates | null>();
  for (const lane of lanes)
    for (const item of lane.initiatives) if (item.baseline !== undefined) lookup.set(item.id, item.baseline && { ...item.baseline });
  return lookup;
}

/** What a screen reader hears after a bar's name: how it stands against the baseline. */
export function baselineNote(name: string, slipDays: number | null, isNew: boolean): string | undefined {
  if (isNew) return `new since ${name}`;
  if (slipDays === null) return undefined;
  if (slipDays === 0) return `same end as in ${name}`;
  const days = `${Math.abs(slipDays)} ${Math.abs(slipDays) === 1 ? 'day' : 'days'}`;
  return `ends ${days} ${slipDays > 0 ? 'later' : 'earlier'} than in ${name}`;
}
