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

/** The same order in SQL, for a query over initiatives (any alias); the undated go last there too. */
export function orderByStartThenKey<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const alias = query.alias;
  return query
    .orderBy(`${alias}.start_date`, 'ASC', 'NULLS LAST')
    .addOrderBy(`substring(${alias}.key from '[0-9]+$')::numeric`, 'ASC', 'NULLS LAST')
    .addOrderBy(`${alias}.key`, 'ASC');
}
