import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { givenFields, requireRow, rowAtVersion, updateAtVersion } from '../common/versioned-rows';
import { GoalEntity } from '../goal/goal.entity';
import { MeasurementEntity } from './measurement.entity';
import { targetProblem } from './metric-target';
import { MetricEntity } from './metric.entity';
import { CreateMetricInput, RecordMeasurementInput, UpdateMetricInput } from './metric.inputs';

type TargetFields = Pick<MetricEntity, 'direction' | 'baseline' | 'target'>;

/** Refuses a target on the wrong side, naming the field the client changed (target first). */
function assertTarget(given: Partial<TargetFields>, stored?: TargetFields): void {
  const merged = { ...stored, ...givenFields(given, ['direction', 'baseline', 'target'] as const) } as TargetFields;
  const problem = targetProblem(merged);
  if (!problem) return;
  const field = (['target', 'baseline', 'direction'] as const).find((key) => given[key] !== undefined) ?? 'target';
  throw DomainError.badInput(`input.${field}`, field === 'target' ? problem : `leaves the target ${merged.target}, which ${problem}`);
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

  create(input: CreateMetricInput): Promise<MetricEntity> {
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
      return manager.save(metric);
    });
  }

  update(input: UpdateMetricInput): Promise<MetricEntity> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await rowAtVersion(manager, MetricEntity, 'Metric', input);
      assertTarget(input, stored);
      if (input.goalId) await requireRow(manager, GoalEntity, 'Goal', input.goalId, 'input.goalId');
      const changes = givenFields(input, ['name', 'unit', 'direction', 'baseline', 'target', 'targetDate', 'goalId'] as const);
      return updateAtVersion(manager, MetricEntity, 'Metric', input, changes);
    });
  }

  record(input: RecordMeasurementInput): Promise<MeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      await requireRow(manager, MetricEntity, 'Metric', input.metricId, 'input.metricId');
      const measurement = manager.create(MeasurementEntity, {
        metricId: input.metricId,
        value: input.value,
        recordedAt: input.recordedAt ?? new Date(),
      });
      return manager.save(measurement);
    });
  }
}
