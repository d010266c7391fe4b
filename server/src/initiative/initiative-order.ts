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

type SqlOrder = ReadonlyArray<{ column: string; nulls?: 'NULLS LAST' }>;

/** By key number, then key, in SQL: `key_number` is a column Postgres computes on write (migration InitiativeKeyNumber). */
const BY_KEY: SqlOrder = [{ column: 'key_number', nulls: 'NULLS LAST' }, { column: 'key' }];

/** The start-then-key order in SQL, column by column; the undated go last there too. */
const START_THEN_KEY: SqlOrder = [{ column: 'start_date', nulls: 'NULLS LAST' }, ...BY_KEY];

function addOrder<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, order: SqlOrder): SelectQueryBuilder<T> {
  for (const { column, nulls } of order) query.addOrderBy(`${query.alias}.${column}`, 'ASC', nulls);
  return query;
}

/** That order for a query over initiatives (any alias), replacing any order it had. */
export function orderByStartThenKey<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return addOrder(query.orderBy(), START_THEN_KEY);
}

/** Ties of a query's order so far broken by key number, then key ("TL-9" before "TL-10"). */
export function thenByKey<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return addOrder(query, BY_KEY);
}

/** The start-then-key order as an SQL ORDER BY list over initiatives of `alias`, e.g. for a window function. */
export function startThenKeySql(alias: string): string {
  return START_THEN_KEY.map(({ column, nulls }) => `${alias}.${column} ASC${nulls ? ` ${nulls}` : ''}`).join(', ');
}
