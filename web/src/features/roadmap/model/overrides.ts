/** New dates for one initiative, saved (or being saved) from the roadmap. */
export interface DateOverride {
  startDate: string;
  endDate: string;
  /** The version the initiative has once this change is saved. */
  version: number;
}

interface Dated {
  id: string;
  startDate: string | null;
  endDate: string | null;
  version: number;
}

/**
 * The lanes with moved bars at their new dates. An override stops applying once the loaded
 * data has caught up with it (its version is at least the override's), so a reload always wins.
 * Lanes and items that did not change keep their identity, so memoised rows do not re-render.
 */
export function applyOverrides<T extends Dated, L extends { initiatives: readonly T[] }>(
  lanes: readonly L[],
  overrides: ReadonlyMap<string, DateOverride>,
): readonly L[] {
  if (overrides.size === 0) return lanes;
  const apply = (item: T): T => {
    const override = overrides.get(item.id);
    return override && item.version < override.version
      ? { ...item, startDate: override.startDate, endDate: override.endDate, version: override.version }
      : item;
  };
  return lanes.map((lane) => {
    if (!lane.initiatives.some((item) => overrides.has(item.id))) return lane;
    return { ...lane, initiatives: lane.initiatives.map(apply) };
  });
}

export function withOverride(
  overrides: ReadonlyMap<string, DateOverride>,
  id: string,
  override: DateOverride | null,
): Map<string, DateOverride> {
  const next = new Map(overrides);
  if (override) next.set(id, override);
  else next.delete(id);
  return next;
}
