import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { DomainError } from '../common/domain-error';
import { DateScalar } from '../common/scalars';
import { RequestContext } from '../graphql-context';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { InitiativeModel } from '../initiative/initiative.model';
import { MetricModel } from '../metric/metric.model';
import { OutcomeModel } from './outcome.model';
import { OutcomeKey, OutcomeService } from './outcome.service';

/** The outcomes of these pairs, each metric's computed once for the request. */
async function outcomesOf(keys: OutcomeKey[], { loaders }: RequestContext): Promise<OutcomeModel[]> {
  const perMetric = await loaders.outcomesOfMetric.loadMany([...new Set(keys.map((key) => key.metricId))]);
  const found = new Map<string, OutcomeModel>();
  for (const outcomes of perMetric) {
    if (outcomes instanceof Error) throw outcomes;
    for (const outcome of outcomes) found.set(`${outcome.initiativeId}|${outcome.metricId}`, outcome);
  }
  return keys.flatMap((key) => found.get(`${key.initiativeId}|${key.metricId}`) ?? []);
}

@Resolver(() => OutcomeModel)
export class OutcomeResolver {
  constructor(private readonly outcomeService: OutcomeService) {}

  @Requires(Role.VIEWER)
  @Query(() => [OutcomeModel], {
    description: 'Every outcome of work done that ended within [from, to] (inclusive), by end date, key, then metric name.',
  })
  async outcomes(
    @Args('from', { type: () => DateScalar, description: 'First end date, inclusive.' }) from: string,
    @Args('to', { type: () => DateScalar, description: 'Last end date, inclusive.' }) to: string,
    @Args('filter', { type: () => InitiativeFilter, nullable: true, description: 'Only the work it selects; all when omitted.' })
    filter: InitiativeFilter | null,
    @Context() context: RequestContext,
  ): Promise<OutcomeModel[]> {
    if (from > to) throw DomainError.badInput('from', `must not be after to (${to})`);
    return outcomesOf(await this.outcomeService.endedWithin(from, to, filter), context);
  }

  @ResolveField(() => InitiativeModel, { description: 'The work judged.' })
  async initiative(@Parent() outcome: OutcomeModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel> {
    return (await loaders.initiative.load(outcome.initiativeId))!;
  }

  @ResolveField(() => MetricModel, { description: 'The metric it should move.' })
  async metric(@Parent() outcome: OutcomeModel, @Context() { loaders }: RequestContext): Promise<MetricModel> {
    return (await loaders.metric.load(outcome.metricId))!;
  }

  @ResolveField(() => [InitiativeModel], {
    description: 'Other done work on the same metric whose windows overlap: the effect is shared, each reports all of it.',
  })
  async overlapping(@Parent() outcome: OutcomeModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    const initiatives = await loaders.initiative.loadMany(outcome.overlappingIds);
    return initiatives.filter((initiative): initiative is InitiativeEntity => Boolean(initiative) && !(initiative instanceof Error));
  }
}

@Resolver(() => InitiativeModel)
export class InitiativeOutcomesResolver {
  @ResolveField(() => [OutcomeModel], {
    description: 'One outcome per metric it should move (NOT_DONE until its status is DONE).',
  })
  async outcomes(@Parent() initiative: InitiativeModel, @Context() context: RequestContext): Promise<OutcomeModel[]> {
    const metrics = await context.loaders.metricsOfInitiative.load(initiative.id);
    return outcomesOf(
      metrics.map((metric) => ({ initiativeId: initiative.id, metricId: metric.id })),
      context,
    );
  }
}
