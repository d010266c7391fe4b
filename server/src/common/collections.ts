// Small list helpers the roadmap and alignment computations share.

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export interface Named {
  id: string;
  name: string;
}

/** By name as people read it ("Team 9" before "Team 10"), then by id so the order is total. */
export function compareByName(a: Named, b: Named): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Adds `value` to the list under `key`, starting the list when there is none. */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Loader results that came back: a row deleted meanwhile is null (or an Error). */
export function isPresent<T>(row: T | null | Error): row is T {
  return row !== null && !(row instanceof Error);
}
