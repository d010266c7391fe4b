import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { MetricDirection } from '../common/graphql-enums';
import { ChangesOf, NotNull, OptionalId, RequiredId, RequiredText } from '../common/input-decorators';
import { DateScalar, DateTimeScalar } from '../common/scalars';

@InputType({ description: 'A new metric.' })
export class CreateMetricInput {
  @Field({ description: `What is measured, at most ${LIMITS.name} characters; cannot be cleared.` })
  @RequiredText('name', LIMITS.name)
  name: string;

  @Field({ description: `Unit of the values, e.g. "%", "ms", "count", at most ${LIMITS.unit} characters; cannot be cleared.` })
  @RequiredText('unit', LIMITS.unit)
  unit: string;

  @Field(() => MetricDirection, { description: 'Which way is good; cannot be cleared.' })
  @NotNull('direction')
  direction: MetricDirection;

  @Field(() => Float, { description: 'The value when work began; cannot be cleared.' })
  @NotNull('baseline')
  baseline: number;

  @Field(() => Float, {
    description: 'The value to reach: different from baseline, on the side `direction` says is good; cannot be cleared.',
  })
  @NotNull('target')
  target: number;

  @Field(() => DateScalar, { nullable: true, description: 'When the target should be reached.' })
  targetDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The goal it measures; null: none.' })
  @OptionalId('goalId')
  goalId?: string | null;
}

@InputType({ description: 'Changes to a metric: an omitted field stays as it is; null clears one that can be cleared.' })
export class UpdateMetricInput extends ChangesOf(CreateMetricInput) {
  @Field(() => ID, { description: 'The metric to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => Int, { description: 'The version the change was made against; a stale one is a CONFLICT.' })
  version: number;
}

@InputType({ description: 'One new value of a metric.' })
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The metric measured.' })
  @RequiredId('metricId')
  metricId: string;

  @Field(() => Float, { description: 'The value, in the metric’s unit.' })
  value: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was measured; default: now.' })
  recordedAt?: Date | null;
}

@InputType({ description: 'One value of a metric at an instant; a point at an instant already measured replaces its value.' })
export class MeasurementPointInput {
  @Field(() => DateTimeScalar, { description: 'When it was measured.' })
  at: Date;

  @Field(() => Float, { description: 'The value, in the metric’s unit.' })
  value: number;
}
