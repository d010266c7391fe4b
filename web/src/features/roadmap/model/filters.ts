import type { InitiativeFilter } from '../../../gql/graphql';
import type { RoadmapView } from './view-state';

/** The API's filter for a view; undefined when nothing is filtered, so the query stays simple. */
export function toInitiativeFilter(view: RoadmapView): InitiativeFilter | undefined {
  const filter: InitiativeFilter = {};
  if (view.teamIds.length) filter.teamIds = [...view.teamIds];
  if (view.goalIds.length) filter.goalIds = [...view.goalIds];
  if (view.statuses.length) filter.statuses = [...view.statuses];
  if (view.search) filter.search = view.search;
  return Object.keys(filter).length ? filter : undefined;
}

/** Adds the value when absent, removes it when present; keeps the order stable for the URL. */
export function toggle<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function activeFilterCount(view: RoadmapView): number {
  return view.teamIds.length + view.goalIds.length + view.statuses.length + (view.search ? 1 : 0);
}

export function clearFilters<T extends RoadmapView>(view: T): T {
  return { ...view, teamIds: [], goalIds: [], statuses: [], search: '' };
}

/** Case-insensitive match of a filter menu's own search box on option labels. */
export function matchingOptions<T extends { label: string }>(options: readonly T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  return q ? options.filter((o) => o.label.toLowerCase().includes(q)) : [...options];
}
