import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { applyInitiativeFilter } from '../initiative/initiative-filter';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { thenByKey } from '../initiative/initiative-order';
import { BaselineInitiativeEntity } from './baseline.entity';

export const DEFAULT_SLIPS = 10;
export const MAX_SLIPS = 100;

/**
 * The initiatives of a baseline whose end is later now than it was then, the furthest slipped
 * first (ties by key number), among those `filter` selects: one statement, however big the plan.
 */
export function biggestSlips(
  dataSource: DataSource,
  baselineId: string,
  first: number,
  filter: InitiativeFilter | null | undefined,
): Promise<InitiativeEntity[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SLIPS) throw DomainError.badInput('first', `must be from 1 to ${MAX_SLIPS}`);
  const query = dataSource
    .getRepository(InitiativeEntity)
    .createQueryBuilder('i')
    .innerJoin(BaselineInitiativeEntity, 'bi', 'bi.initiative_id = i.id AND bi.baseline_id = :baselineId', { baselineId })
    .where('i.end_date > bi.end_date');
  applyInitiativeFilter(query, filter);
  return thenByKey(query.orderBy('i.end_date - bi.end_date', 'DESC')).limit(first).getMany();
}
