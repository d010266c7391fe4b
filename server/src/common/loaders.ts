import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral, Repository } from 'typeorm';
import { GoalEntity } from '../goal/goal.entity';
import { DependencyEntity, InitiativeGoalEntity, InitiativeMetricEntity, InitiativeTeamEntity } from '../initiative/initiative-links.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { MetricEntity } from '../metric/metric.entity';
import { RiskEntity } from '../risk/risk.entity';
import { TeamEntity } from '../team/team.entity';

type Row = ObjectLiteral & { id: string };

/** One row per id (null when missing), in one `WHERE id IN (…)` per batch. */
function byId<T extends Row>(repository: Repository<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** The rows whose `keyColumn` is each key, in one query per batch, ordered as `order` says. */
function groupedBy<T extends ObjectLiteral>(
  repository: Repository<T>,
  keyProperty: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await repository.find({ where: { [keyProperty]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[keyProperty] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Follows a link table from each key to the rows it points at, through their byId loader. */
function linked<L extends ObjectLiteral, T extends Row>(
  links: DataLoader<string, L[]>,
  target: keyof L & string,
  targets: DataLoader<string, T | null>,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = await links.loadMany(keys);
    const allIds = [...new Set(groups.flatMap((group) => (group instanceof Error ? [] : group.map((link) => link[target] as string))))];
    const rows = await targets.loadMany(allIds);
    const found = new Map(allIds.map((id, i) => [id, rows[i]]));
    return groups.map((group) => {
      if (group instanceof Error) return group;
      return group.map((link) => found.get(link[target] as string)).filter((row): row is T => !!row && !(row instanceof Error));
    });
  });
}

/** Latest measurement value of each metric (by recordedAt), or null. */
function currentValue(dataSource: DataSource): DataLoader<string, number | null> {
  return new DataLoader(async (metricIds) => {
    const rows: Array<{ metric_id: string; value: number }> = await dataSource.query(
      `SELECT DISTINCT ON (metric_id) metric_id, value FROM measurement
        WHERE metric_id = ANY($1::uuid[]) ORDER BY metric_id, recorded_at DESC, created_at DESC`,
      [metricIds],
    );
    const found = new Map(rows.map((row) => [row.metric_id, row.value]));
    return metricIds.map((id) => found.get(id) ?? null);
  });
}

/**
 * The DataLoaders of one GraphQL request: made fresh per request (in the context), so a
 * response never serves another request's cached rows, and every relation costs one query
 * per level of the query, however many parents it has.
 */
export function createLoaders(dataSource: DataSource) {
  const repo = <T extends ObjectLiteral>(entity: new () => T) => dataSource.getRepository(entity);
  const team = byId(repo(TeamEntity));
  const goal = byId(repo(GoalEntity));
  const metric = byId(repo(MetricEntity));
  const initiative = byId(repo(InitiativeEntity));
  const teamLinksOfInitiative = groupedBy(repo(InitiativeTeamEntity), 'initiativeId');
  const goalLinksOfInitiative = groupedBy(repo(InitiativeGoalEntity), 'initiativeId');
  const metricLinksOfInitiative = groupedBy(repo(InitiativeMetricEntity), 'initiativeId');
  return {
    team,
    goal,
    metric,
    initiative,
    currentValue: currentValue(dataSource),
    childGoals: groupedBy(repo(GoalEntity), 'parentId', { title: 'ASC' }),
    metricsOfGoal: groupedBy(repo(MetricEntity), 'goalId', { name: 'ASC' }),
    risksOfInitiative: groupedBy(repo(RiskEntity), 'initiativeId', { createdAt: 'ASC' }),
    risksOfGoal: groupedBy(repo(RiskEntity), 'goalId', { createdAt: 'ASC' }),
    teamsOfInitiative: linked(teamLinksOfInitiative, 'teamId', team),
    goalsOfInitiative: linked(goalLinksOfInitiative, 'goalId', goal),
    metricsOfInitiative: linked(metricLinksOfInitiative, 'metricId', metric),
    initiativesOfTeam: linked(groupedBy(repo(InitiativeTeamEntity), 'teamId'), 'initiativeId', initiative),
    initiativesOfGoal: linked(groupedBy(repo(InitiativeGoalEntity), 'goalId'), 'initiativeId', initiative),
    initiativesOfMetric: linked(groupedBy(repo(InitiativeMetricEntity), 'metricId'), 'initiativeId', initiative),
    blockersOf: linked(groupedBy(repo(DependencyEntity), 'dependentId'), 'blockerId', initiative),
    dependentsOf: linked(groupedBy(repo(DependencyEntity), 'blockerId'), 'dependentId', initiative),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The GraphQL context of one request. */
export interface RequestContext {
  loaders: Loaders;
}
