import { EntityManager } from 'typeorm';
import { AuditAction } from '@throughline/shared';
import { AuditLog, AuditRecord } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { requireRow } from '../common/versioned-rows';
import { MeasurementEntity } from './measurement.entity';
import { assertBatchSize, MeasurementPointValue } from './measurement-points';
import { MetricEntity } from './metric.entity';

/** The one event a batch of measurements makes on its metric (a push, a pull, the seed). */
export function measurementsEvent(metricId: string, count: number): AuditRecord {
  return {
    action: AuditAction.UPDATE,
    entityType: 'Metric',
    entityId: metricId,
    changes: [{ field: 'measurementsRecorded', before: null, after: JSON.stringify(count) }],
  };
}

const UPSERT = `INSERT INTO measurement (metric_id, recorded_at, value)
     SELECT $1, at, value FROM unnest($2::timestamptz[], $3::float8[]) AS point(at, value)
     ON CONFLICT (metric_id, recorded_at) DO UPDATE SET value = EXCLUDED.value, created_at = now()`;

/** Rows as written, or only their count (a pull or a push of hundreds needs no more). */
async function upsert(
  manager: EntityManager,
  actor: Actor,
  metricId: string,
  points: readonly MeasurementPointValue[],
  metricField: string,
  returnRows: boolean,
): Promise<{ accepted: number; rows: MeasurementEntity[] }> {
  assertBatchSize(points, 'points');
  const byInstant = new Map(points.map((point) => [point.at.getTime(), point.value]));
  await requireRow(manager, MetricEntity, 'Metric', metricId, metricField);
  const parameters = [metricId, [...byInstant.keys()].map((ms) => new Date(ms).toISOString()), [...byInstant.values()]];
  let accepted: number;
  let rows: MeasurementEntity[] = [];
  if (returnRows) {
    const written: Array<{ id: string; metric_id: string; value: number; recorded_at: Date; created_at: Date }> = await manager.query(
      `${UPSERT} RETURNING id, metric_id, value, recorded_at, created_at`,
      parameters,
    );
    accepted = written.length;
    rows = written.map((row) =>
      manager.create(MeasurementEntity, {
        id: row.id,
        metricId: row.metric_id,
        value: row.value,
        recordedAt: row.recorded_at,
        createdAt: row.created_at,
      }),
    );
  } else {
    const [counted]: Array<{ written: number }> = await manager.query(
      `WITH written AS (${UPSERT} RETURNING 1) SELECT count(*)::int AS written FROM written`,
      parameters,
    );
    accepted = counted.written;
  }
  if (accepted) await AuditLog.record(manager, actor, [measurementsEvent(metricId, accepted)]);
  return { accepted, rows };
}

/**
 * The one upsert path of measurements, inside the caller's transaction: a batch by instant, with
 * one audit event on the metric carrying the count. Within a batch the last point of an instant
 * wins; `accepted` counts the instants written. NOT_FOUND at `metricField` for an unknown metric.
 */
export function upsertMeasurements(
  manager: EntityManager,
  actor: Actor,
  metricId: string,
  points: readonly MeasurementPointValue[],
  metricField = 'metricId',
): Promise<{ accepted: number; rows: MeasurementEntity[] }> {
  return upsert(manager, actor, metricId, points, metricField, true);
}

/** upsertMeasurements without reading the rows back: the count only (pulls, pushed batches, the seed). */
export async function upsertMeasurementCount(
  manager: EntityManager,
  actor: Actor,
  metricId: string,
  points: readonly MeasurementPointValue[],
  metricField = 'metricId',
): Promise<{ accepted: number }> {
  const { accepted } = await upsert(manager, actor, metricId, points, metricField, false);
  return { accepted };
}
