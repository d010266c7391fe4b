import { InitiativeStatus } from '@throughline/shared';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { applyInitiativeFilter } from '../initiative/initiative-filter';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { orderByStartThenKey, startThenKeySql } from '../initiative/initiative-order';
import { appendTo } from '../common/collections';
import { DateWindow } from '../common/date-window';

// The SQL that roadmap and alignment share: each is one statement, however many initiatives match.

/** What narrows the initiatives of a window besides the dates. */
export interface WindowCriteria {
  filter?: InitiativeFilter | null;
  excludeStatuses?: InitiativeStatus[];
  /** Columns not to read (left undefined on the rows): a roadmap of thousands needs no timestamps, nor descriptions unless asked. */
  omit?: ReadonlyArray<keyof InitiativeEntity>;
}

/** The initiatives of a window that `criteria` keeps (nothing selected yet): what both queries below read. */
function windowQuery(dataSource: DataSource, window: DateWindow, criteria: WindowCriteria): SelectQueryBuilder<InitiativeEntity> {
  const query = dataSource
    .getRepository(InitiativeEntity)
    .createQueryBuilder('i')
    .select([])
    .where('COALESCE(i.start_date, i.end_date) <= :to AND COALESCE(i.end_date, i.start_date) >= :from', window);
  if (criteria.excludeStatuses?.length) query.andWhere('i.status NOT IN (:...excluded)', { excluded: criteria.excludeStatuses });
  return applyInitiativeFilter(query, criteria.filter);
}

/**
 * Every initiative whose [start, end] overlaps the window, as plain rows keyed by property name,
 * so no entity is built per row. A single date stands for both ends; undated ones never match.
 * Ordered as initiative-order.ts orders them (start date, undated last, then key number): sorting
 * thousands of rows in SQL costs far less than comparing their keys in JS.
 */
export async function initiativesInWindow(
  dataSource: DataSource,
  window: DateWindow,
  criteria: WindowCriteria = {},
): Promise<InitiativeEntity[]> {
  const query = windowQuery(dataSource, window, criteria);
  const omitted = new Set<string>(criteria.omit);
  for (const column of dataSource.getMetadata(InitiativeEntity).columns) {
    if (column.isSelect && !omitted.has(column.propertyName)) query.addSelect(`i.${column.databaseName}`, column.propertyName);
  }
  return orderByStartThenKey(query).getRawMany<InitiativeEntity>();
}

/**
 * The dependencies among the rows initiativesInWindow returns for the same window and criteria,
 * as positions in those rows: dependent, then blocker, two numbers per dependency, ordered by
 * dependent, then blocker. The rows are numbered in SQL in the same order (a window function), so
 * this runs beside that query, and tens of thousands of ids are neither sent nor looked up.
 */
export async function dependencyPositionsInWindow(
  dataSource: DataSource,
  window: DateWindow,
  criteria: WindowCriteria = {},
): Promise<number[]> {
  const [numbered, parameters] = windowQuery(dataSource, window, criteria)
    .select('i.id', 'id')
    .addSelect(`(row_number() OVER (ORDER BY ${startThenKeySql('i')}))::int - 1`, 'position')
    .getQueryAndParameters();
  const [{ pairs }]: Array<{ pairs: string | null }> = await dataSource.query(
    `WITH w AS (${numbered})
     SELECT string_agg(a.position || ',' || b.position, ',') AS pairs
       FROM dependency d JOIN w a ON a.id = d.dependent_id JOIN w b ON b.id = d.blocker_id`,
    parameters,
  );
  // One string of numbers ("3,7,3,9") costs far less to receive and read than a row per dependency.
  return pairs ? sortedPairs(JSON.parse(`[${pairs}]`) as number[]) : [];
}

/**
 * `pairs` (two non-negative integers each) ordered by their first number, then their second: each
 * pair as one number in a typed array sorts in a fraction of what ORDER BY costs in the aggregate.
 */
export function sortedPairs(pairs: number[]): number[] {
  let bound = 1;
  for (const position of pairs) if (position >= bound) bound = position + 1;
  const keys = new Float64Array(pairs.length / 2);
  for (let i = 0; i < keys.length; i++) keys[i] = pairs[2 * i] * bound + pairs[2 * i + 1];
  keys.sort();
  const sorted = new Array<number>(pairs.length);
  for (let i = 0; i < keys.length; i++) {
    sorted[2 * i] = Math.floor(keys[i] / bound);
    sorted[2 * i + 1] = keys[i] % bound;
  }
  return sorted;
}

/** The goal ids each of `ids` serves; an initiative serving none is absent from the map. */
export async function goalIdsOf(dataSource: DataSource, ids: string[]): Promise<Map<string, string[]>> {
  const goalsOf = new Map<string, string[]>();
  if (!ids.length) return goalsOf;
  const rows: Array<{ initiativeId: string; goalId: string }> = await dataSource.query(
    `SELECT initiative_id AS "initiativeId", goal_id AS "goalId" FROM initiative_goal WHERE initiative_id = ANY($1::uuid[])`,
    [ids],
  );
  for (const { initiativeId, goalId } of rows) appendTo(goalsOf, initiativeId, goalId);
  return goalsOf;
}
