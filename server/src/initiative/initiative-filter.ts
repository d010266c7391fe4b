import { LIMITS } from '@throughline/shared';
import { SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { assertUuid } from '../common/id-args';
import { InitiativeFilter } from './initiative.inputs';

/** `%`, `_` and the escape character itself match literally in a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function checkIds(field: string, ids: string[] | null | undefined): string[] {
  if (!ids?.length) return [];
  if (ids.length > LIMITS.pageSize) throw DomainError.badInput(field, `must have at most ${LIMITS.pageSize} ids`);
  return [...new Set(ids.map((id, i) => assertUuid(`${field}[${i}]`, id)))];
}

/**
 * Narrows a query over initiatives (any alias) to those `filter` selects. `argName` is how the
 * client named the argument, so a bad value is reported as e.g. "filter.search".
 */
export function applyInitiativeFilter<T extends object>(
  query: SelectQueryBuilder<T>,
  filter: InitiativeFilter | null | undefined,
  argName = 'filter',
): SelectQueryBuilder<T> {
  if (!filter) return query;
  const alias = query.alias;
  const teamIds = checkIds(`${argName}.teamIds`, filter.teamIds);
  const goalIds = checkIds(`${argName}.goalIds`, filter.goalIds);
  if (teamIds.length) {
    query.andWhere(
      `(${alias}.leadTeamId IN (:...filterTeamIds) OR EXISTS (SELECT 1 FROM initiative_team ft
         WHERE ft.initiative_id = ${alias}.id AND ft.team_id IN (:...filterTeamIds)))`,
      { filterTeamIds: teamIds },
    );
  }
  if (goalIds.length) {
    query.andWhere(`EXISTS (SELECT 1 FROM initiative_goal fg WHERE fg.initiative_id = ${alias}.id AND fg.goal_id IN (:...filterGoalIds))`, {
      filterGoalIds: goalIds,
    });
  }
  if (filter.statuses?.length) {
    query.andWhere(`${alias}.status IN (:...filterStatuses)`, { filterStatuses: [...new Set(filter.statuses)] });
  }
  const search = filter.search?.trim();
  if (search) {
    if (search.length > LIMITS.search) throw DomainError.badInput(`${argName}.search`, `must be at most ${LIMITS.search} characters`);
    query.andWhere(`(${alias}.key ILIKE :filterSearch OR ${alias}.title ILIKE :filterSearch)`, { filterSearch: likePattern(search) });
  }
  return query;
}
