import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral, Repository } from 'typeorm';
import { GoalEntity } from '../goal/goal.entity';
import {
  DependencyEntity,
  InitiativeGoalEntity,
  InitiativeMetricEntity,
  InitiativeTeamEntity,
} from '../initiative/initiative-links.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { runsOfConnection } from '../jira/sync-runs.loader';
import { MeasurementEntity } from '../metric/measurement.entity';
import { MetricEntity } from '../metric/metric.entity';
import { RiskEntity } from '../risk/risk.entity';
import { TeamEntity } from '../team/team.entity';

type Row = ObjectLiteral & { id: string };

/**
 * One row per id (null when missing), in one `WHERE id IN (…)` per batch. `get` also answers
 * synchronously for rows the request already holds (loaded or primed), which spares a hot
 * relation field a promise per parent: a year's roadmap asks for 5,000 lead teams.
 */
export class RowLoader<T extends Row> extends DataLoader<string, T | null> {
  private readonly known: Map<string, T | null>;

  constructor(repository: Repository<T>) {
    const known = new Map<string, T | null>();
    super(async (ids) => {
      const rows = await repository.findBy({ id: In([...ids]) } as never);
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = found.get(id) ?? null;
        known.set(id, row);
        return row;
      });
    });
    this.known = known;
  }

  /** The row (or null) when this request already has it, else a promise of it. */
  get(id: string): T | null | Promise<T | null> {
    const row = this.known.get(id);
    return row !== undefined ? row : this.load(id);
  }

  override prime(id: string, value: T | null | PromiseLike<T | null> | Error): this {
    const settled = value === null || !(value instanceof Error || 'then' in value);
    if (settled && !this.known.has(id)) this.known.set(id, value as T | null);
    return super.prime(id, value);
  }

  override clear(id: string): this {
    this.known.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

function byId<T extends Row>(repository: Repository<T>): RowLoader<T> {
  return new RowLoader(repository);
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

/** The measurements of a metric within an optional [from, to] window (inclusive). */
export interface MeasurementWindow {
  metricId: string;
  from: Date | null;
  to: Date | null;
}

function windowKey(window: Omit<MeasurementWindow, 'metricId'>): string {
  return `${window.from?.toISOString() ?? ''}|${window.to?.toISOString() ?? ''}`;
}

/** Measurements per metric and window, ordered by recordedAt; one query per distinct window in a batch. */
function measurementsIn(repository: Repository<MeasurementEntity>): DataLoader<MeasurementWindow, MeasurementEntity[], string> {
  const load = async (window: Omit<MeasurementWindow, 'metricId'>, metricIds: string[]) => {
    const query = repository.createQueryBuilder('m').where('m.metricId = ANY(:metricIds)', { metricIds });
    if (window.from) query.andWhere('m.recordedAt >= :from', { from: window.from });
    if (window.to) query.andWhere('m.recordedAt <= :to', { to: window.to });
    return query.orderBy('m.recordedAt', 'ASC').addOrderBy('m.createdAt', 'ASC').getMany();
  };
  const cacheKey = (key: MeasurementWindow) => `${key.metricId}|${windowKey(key)}`;
  return new DataLoader(
    async (keys) => {
      const windows = new Map<string, MeasurementWindow[]>();
      for (const key of keys) windows.set(windowKey(key), [...(windows.get(windowKey(key)) ?? []), key]);
      const found = new Map<string, MeasurementEntity[]>(keys.map((key) => [cacheKey(key), []]));
      for (const group of windows.values()) {
        const metricIds = group.map((key) => key.metricId);
        const rows = await load(group[0], metricIds);
        for (const row of rows) found.get(cacheKey({ ...group[0], metricId: row.metricId }))?.push(row);
      }
      return keys.map((key) => found.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
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
    measurements: measurementsIn(repo(MeasurementEntity)),
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
    runsOfConnection: runsOfConnection(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The GraphQL context of one request. */
export interface RequestContext {
  loaders: Loaders;
}
