import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { givenFields, requireRow, rowAtVersion, updateAtVersion } from '../common/versioned-rows';
import { GoalEntity } from '../goal/goal.entity';
import { MeasurementEntity } from './measurement.entity';
import { MeasurementPointValue } from './measurement-points';
import { upsertMeasurementCount, upsertMeasurements } from './measurement-store';
import { targetProblem } from './metric-target';
import { MetricEntity } from './metric.entity';
import { CreateMetricInput, RecordMeasurementInput, UpdateMetricInput } from './metric.inputs';

/** What the audit trail records of a metric; measurements are counted, not listed. */
export const METRIC_AUDITED_FIELDS = ['name', 'unit', 'direction', 'baseline', 'target', 'targetDate', 'goalId'] as const;

type TargetFields = Pick<MetricEntity, 'direction' | 'baseline' | 'target'>;

/** Refuses a target on the wrong side, naming the field the client changed (target first). */
function assertTarget(given: Partial<TargetFields>, stored?: TargetFields): void {
  const merged = { ...stored, ...givenFields(given, ['direction', 'baseline', 'target'] as const) } as TargetFields;
  const problem = targetProblem(merged);
  if (!problem) return;
  const field = (['target', 'baseline', 'direction'] as const).find((key) => given[key] !== undefined) ?? 'target';
  throw DomainError.badInput(`input.${field}`, field === 'target' ? problem : `leaves the target ${merged.target}, which ${problem}`);
}

export { measurementsEvent } from './measurement-store';

@Injectable()
export class MetricService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<MetricEntity[]> {
    return this.dataSource.getRepository(MetricEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  find(id: string): Promise<MetricEntity | null> {
    return this.dataSource.getRepository(MetricEntity).findOneBy({ id });
  }

  create(input: CreateMetricInput, actor: Actor): Promise<MetricEntity> {
    assertTarget(input);
    return this.dataSource.transaction(async (manager) => {
      if (input.goalId) await requireRow(manager, GoalEntity, 'Goal', input.goalId, 'input.goalId');
      const metric = manager.create(MetricEntity, {
        name: input.name,
        unit: input.unit,
        direction: input.direction,
        baseline: input.baseline,
        target: input.target,
        targetDate: input.targetDate ?? null,
        goalId: input.goalId ?? null,
      });
      const saved = await manager.save(metric);
      await AuditLog.recordRow(manager, actor, 'Metric', METRIC_AUDITED_FIELDS, null, saved);
      return saved;
    });
  }

  update(input: UpdateMetricInput, actor: Actor): Promise<MetricEntity> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await rowAtVersion(manager, MetricEntity, 'Metric', input);
      assertTarget(input, stored);
      if (input.goalId) await requireRow(manager, GoalEntity, 'Goal', input.goalId, 'input.goalId');
      const changes = givenFields(input, METRIC_AUDITED_FIELDS);
      // The version check makes `stored` the state this update changes: any other write would have moved it.
      const updated = await updateAtVersion(manager, MetricEntity, 'Metric', input, changes);
      await AuditLog.recordRow(manager, actor, 'Metric', METRIC_AUDITED_FIELDS, stored, updated);
      return updated;
    });
  }

  /** Adds a measurement (replacing one at the same instant): one event on the metric, as for a batch. */
  async record(input: RecordMeasurementInput, actor: Actor): Promise<MeasurementEntity> {
    const at = input.recordedAt ?? new Date();
    const points = [{ at, value: input.value }];
    const { rows } = await this.dataSource.transaction((manager) =>
      upsertMeasurements(manager, actor, input.metricId, points, 'input.metricId'),
    );
    return rows[0];
  }

  /**
   * Upserts a batch of measurements by instant, all or nothing, with one audit event on the metric
   * carrying the count (a push or a pull is one event, not one per point). Within a batch the last
   * point of an instant wins; `accepted` counts the instants written.
   */
  recordMany(
    metricId: string,
    points: readonly MeasurementPointValue[],
    actor: Actor,
    metricField = 'metricId',
  ): Promise<{ accepted: number }> {
    return this.dataSource.transaction((manager) => upsertMeasurementCount(manager, actor, metricId, points, metricField));
  }
}
