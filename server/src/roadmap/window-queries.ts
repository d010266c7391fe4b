import { InitiativeStatus } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { DependencyEdge } from '../initiative/dependency-graph';
import { applyInitiativeFilter } from '../initiative/initiative-filter';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { orderByStartThenKey } from '../initiative/initiative-order';
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
  const query = dataSource
    .getRepository(InitiativeEntity)
    .createQueryBuilder('i')
    .select([])
    .where('COALESCE(i.start_date, i.end_date) <= :to AND COALESCE(i.end_date, i.start_date) >= :from', window);
  const omitted = new Set<string>(criteria.omit);
  for (const column of dataSource.getMetadata(InitiativeEntity).columns) {
    if (!omitted.has(column.propertyName)) query.addSelect(`i.${column.databaseName}`, column.propertyName);
  }
  if (criteria.excludeStatuses?.length) query.andWhere('i.status NOT IN (:...excluded)', { excluded: criteria.excludeStatuses });
  applyInitiativeFilter(query, criteria.filter);
  return orderByStartThenKey(query).getRawMany<InitiativeEntity>();
}

/**
 * The dependencies whose both ends overlap the window (by dates alone): needs no ids, so it runs
 * beside initiativesInWindow instead of after it; keep those among the rows that query returned.
 */
export function edgesInWindow(dataSource: DataSource, { from, to }: DateWindow): Promise<DependencyEdge[]> {
  const overlaps = (alias: string) =>
    `COALESCE(${alias}.start_date, ${alias}.end_date) <= $2 AND COALESCE(${alias}.end_date, ${alias}.start_date) >= $1`;
  return dataSource.query(
    `SELECT d.dependent_id AS "dependentId", d.blocker_id AS "blockerId"
       FROM dependency d JOIN initiative a ON a.id = d.dependent_id JOIN initiative b ON b.id = d.blocker_id
      WHERE ${overlaps('a')} AND ${overlaps('b')}`,
    [from, to],
  );
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
