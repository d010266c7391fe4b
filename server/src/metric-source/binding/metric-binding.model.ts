import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('MetricBinding', { description: "A metric fed by a source's query: pulled on its schedule and on demand." })
export class MetricBindingModel {
  id: string;
  metricId: string;
  sourceId: string;

  @Field({ description: 'PromQL, a Datadog metrics query, or NRQL (without SINCE, UNTIL or TIMESERIES).' })
  query: string;

  @Field(() => Int, { description: 'Minutes between scheduled pulls (default 1440: daily).' })
  pullEveryMinutes: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last successful pull finished; null: never.' })
  lastPulledAt: Date | null;
}

@ObjectType('MeasurementPoint', { description: 'One value a source gives for a day (00:00 UTC): what a pull would import.' })
export class MeasurementPointModel {
  @Field(() => DateTimeScalar, { description: 'The day, at 00:00 UTC.' })
  at: Date;

  @Field(() => Float, { description: 'The value.' })
  value: number;
}
