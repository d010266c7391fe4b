import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

interface Orderable {
  key: string;
  startDate: string | null;
}

function keyNumber(key: string): number {
  const match = /(\d+)$/.exec(key);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/** By start date (undated last), then by key number, so "TL-9" comes before "TL-10". */
export function compareByStartThenKey(a: Orderable, b: Orderable): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  return keyNumber(a.key) - keyNumber(b.key) || a.key.localeCompare(b.key);
}

export function sortByStartThenKey<T extends Orderable>(items: T[]): T[] {
  return [...items].sort(compareByStartThenKey);
}

/** The same order in SQL, column by column; the undated go last there too. */
const START_THEN_KEY: ReadonlyArray<{ column: string; nulls?: 'NULLS LAST' }> = [
  { column: 'start_date', nulls: 'NULLS LAST' },
  // The key's number, a column Postgres computes on write (migration InitiativeKeyNumber).
  { column: 'key_number', nulls: 'NULLS LAST' },
  { column: 'key' },
];

/** That order for a query over initiatives (any alias). */
export function orderByStartThenKey<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  query.orderBy();
  for (const { column, nulls } of START_THEN_KEY) query.addOrderBy(`${query.alias}.${column}`, 'ASC', nulls);
  return query;
}

/** That order as an SQL ORDER BY list over initiatives of `alias`, e.g. for a window function. */
export function startThenKeySql(alias: string): string {
  return START_THEN_KEY.map(({ column, nulls }) => `${alias}.${column} ASC${nulls ? ` ${nulls}` : ''}`).join(', ');
}
