import DataLoader from 'dataloader';
import { DataSource, Repository } from 'typeorm';
import { byId, groupedBy } from '../common/loaders';
import { MeasurementEntity } from './measurement.entity';
import { MetricEntity } from './metric.entity';

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

/** The metric feature's DataLoaders for one request (composed in graphql-context.ts). */
export function createMetricLoaders(dataSource: DataSource) {
  const metrics = dataSource.getRepository(MetricEntity);
  return {
    metric: byId(metrics),
    metricsOfGoal: groupedBy(metrics, 'goalId', { name: 'ASC' }),
    currentValue: currentValue(dataSource),
    measurements: measurementsIn(dataSource.getRepository(MeasurementEntity)),
  };
}
