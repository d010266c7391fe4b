import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { MetricDirection } from '../common/graphql-enums';
import { ChangedText, NotNullWhenGiven, OptionalId, RequiredId, RequiredText } from '../common/input-decorators';
import { DateScalar, DateTimeScalar } from '../common/scalars';

@InputType({ description: 'A new metric.' })
export class CreateMetricInput {
  @Field({ description: `What is measured, at most ${LIMITS.name} characters.` })
  @RequiredText('name', LIMITS.name)
  name: string;

  @Field({ description: `Unit of the values, at most ${LIMITS.unit} characters: "%", "ms", "count"…` })
  @RequiredText('unit', LIMITS.unit)
  unit: string;

  @Field(() => MetricDirection, { description: 'Which way is good.' })
  direction: MetricDirection;

  @Field(() => Float, { description: 'The value when work began.' })
  baseline: number;

  @Field(() => Float, { description: 'The value to reach: different from baseline, on the side `direction` says is good.' })
  target: number;

  @Field(() => DateScalar, { nullable: true, description: 'When the target should be reached.' })
  targetDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The goal it measures.' })
  @OptionalId('goalId')
  goalId?: string | null;
}

@InputType({ description: 'Changes to a metric: an omitted field stays as it is, null clears a nullable one.' })
export class UpdateMetricInput {
  @Field(() => ID, { description: 'The metric to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => Int, { description: 'The version the change was made against; a stale one is a CONFLICT.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'What is measured; cannot be cleared.' })
  @ChangedText('name', LIMITS.name)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Unit of the values; cannot be cleared.' })
  @ChangedText('unit', LIMITS.unit)
  unit?: string;

  @Field(() => MetricDirection, { nullable: true, description: 'Which way is good; cannot be cleared.' })
  @NotNullWhenGiven('direction')
  direction?: MetricDirection;

  @Field(() => Float, { nullable: true, description: 'The value when work began; cannot be cleared.' })
  @NotNullWhenGiven('baseline')
  baseline?: number;

  @Field(() => Float, { nullable: true, description: 'The value to reach; cannot be cleared.' })
  @NotNullWhenGiven('target')
  target?: number;

  @Field(() => DateScalar, { nullable: true, description: 'When the target should be reached.' })
  targetDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The goal it measures; null detaches it.' })
  @OptionalId('goalId')
  goalId?: string | null;
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
