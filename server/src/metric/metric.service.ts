import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '@throughline/shared';
import { AuditLog, AuditRecord } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { givenFields, requireRow, rowAtVersion, updateAtVersion } from '../common/versioned-rows';
import { GoalEntity } from '../goal/goal.entity';
import { MeasurementEntity } from './measurement.entity';
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

/** The one event a batch of measurements makes on its metric (a push, a pull, the seed). */
export function measurementsEvent(metricId: string, count: number): AuditRecord {
  return {
    action: AuditAction.UPDATE,
    entityType: 'Metric',
    entityId: metricId,
    changes: [{ field: 'measurementsRecorded', before: null, after: JSON.stringify(count) }],
  };
}

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

  /** Adds a measurement: one event on the metric with the count recorded, not one per point. */
  record(input: RecordMeasurementInput, actor: Actor): Promise<MeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      await requireRow(manager, MetricEntity, 'Metric', input.metricId, 'input.metricId');
      const measurement = manager.create(MeasurementEntity, {
        metricId: input.metricId,
        value: input.value,
        recordedAt: input.recordedAt ?? new Date(),
      });
      const saved = await manager.save(measurement);
      await AuditLog.record(manager, actor, [measurementsEvent(input.metricId, 1)]);
      return saved;
    });
  }
}
