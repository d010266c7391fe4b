import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { MetricDirection } from '../common/graphql-enums';

@ObjectType('Metric', { description: 'A measure of a goal, with a baseline, a target and a time series of measurements.' })
export class MetricModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'What is measured, e.g. "p99 checkout latency".' })
  name: string;

  @Field({ description: 'Unit of the values: "%", "ms", "count", "USD"…' })
  unit: string;

  @Field(() => MetricDirection, { description: 'Which way is good.' })
  direction: MetricDirection;

  @Field(() => Float, { description: 'The value when work began.' })
  baseline: number;

  @Field(() => Float, { description: 'The value to reach; on the side `direction` says is good.' })
  target: number;

  @Field(() => DateScalar, { nullable: true, description: 'When the target should be reached.' })
  targetDate: string | null;

  @Field(() => Int, { description: 'Increases on every change.' })
  version: number;

  goalId: string | null;
}

@ObjectType('Measurement', { description: 'One value of a metric at one instant.' })
export class MeasurementModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Float, { description: 'The measured value, in the metric’s unit.' })
  value: number;

  @Field(() => DateTimeScalar, { description: 'When the value was measured.' })
  recordedAt: Date;
}
