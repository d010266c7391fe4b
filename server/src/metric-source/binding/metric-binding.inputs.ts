import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IntInRange, RequiredId, RequiredText } from '../../common/input-decorators';
import { PULL_EVERY_MINUTES, QUERY_MAX_LENGTH } from './metric-binding.entity';

@InputType({ description: "Binds a metric to a source's query (replacing any binding it had)." })
export class BindMetricInput {
  @Field(() => ID, { description: 'The metric to feed.' })
  @RequiredId('metricId')
  metricId: string;

  @Field(() => ID, { description: 'The source to read.' })
  @RequiredId('sourceId')
  sourceId: string;

  @Field({
    description:
      'PromQL (evaluated with a one-day step at 00:00 UTC; write avg_over_time(…[1d]) for a daily mean), a Datadog metrics query, or NRQL without SINCE, UNTIL, TIMESERIES or FACET. One series.',
  })
  @RequiredText('query', QUERY_MAX_LENGTH)
  query: string;

  @Field(() => Int, {
    nullable: true,
    description: `Minutes between scheduled pulls, ${PULL_EVERY_MINUTES.min}-${PULL_EVERY_MINUTES.max}; omitted or null: ${PULL_EVERY_MINUTES.default} (daily).`,
  })
  @IsOptional()
  @IntInRange('pullEveryMinutes', PULL_EVERY_MINUTES.min, PULL_EVERY_MINUTES.max)
  pullEveryMinutes?: number | null;
}
