import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../../auth/access.decorators';
import { Actor, CurrentActor } from '../../auth/caller';
import { IdArg } from '../../common/id-args';
import { RequestContext } from '../../graphql-context';
import { MetricModel } from '../../metric/metric.model';
import { MetricService } from '../../metric/metric.service';
import { RunsArgs } from '../../jira/runs/sync-run.inputs';
import { PullRunModel } from '../pulls/pull-run.model';
import { MetricSourceModel, toSourceModel } from '../source/metric-source.model';
import { BindMetricInput } from './metric-binding.inputs';
import { MeasurementPointModel, MetricBindingModel } from './metric-binding.model';
import { MetricBindingService, PREVIEW_DAYS } from './metric-binding.service';

/** Metric.binding and the mutations that bind, unbind and pull. */
@Resolver(() => MetricModel)
export class MetricBindingResolver {
  constructor(
    private readonly bindings: MetricBindingService,
    private readonly metrics: MetricService,
  ) {}

  @ResolveField(() => MetricBindingModel, {
    nullable: true,
    description: 'The source feeding this metric and its query; null when it is fed by hand or pushes.',
  })
  binding(@Parent() metric: MetricModel, @Context() { loaders }: RequestContext): Promise<MetricBindingModel | null> {
    return loaders.bindingOfMetric.load(metric.id);
  }

  @Requires(Role.EDITOR)
  @Query(() => [MeasurementPointModel], {
    description: `Runs a query against a source over the last ${PREVIEW_DAYS} days and returns what binding it would import; saves nothing. BAD_USER_INPUT at "query" when the source rejects it.`,
  })
  previewMetricBinding(
    @IdArg('sourceId', 'The source to read.') sourceId: string,
    @Args('query', { description: 'The query, as for bindMetric.' }) query: string,
  ): Promise<MeasurementPointModel[]> {
    return this.bindings.preview(sourceId, query);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => MetricModel, {
    description:
      'Runs the query once against the source (BAD_USER_INPUT naming input.query when the source rejects it), saves the binding and queues the first pull: a year of daily history.',
  })
  async bindMetric(
    @Args('input', { description: 'The metric, the source and the query.' }) input: BindMetricInput,
    @CurrentActor() actor: Actor,
  ): Promise<MetricModel> {
    await this.bindings.bind(input, actor);
    return this.current(input.metricId);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => MetricModel, { description: 'Stops pulling the metric from its source; its measurements stay.' })
  async unbindMetric(@IdArg('metricId', 'The metric.') metricId: string, @CurrentActor() actor: Actor): Promise<MetricModel> {
    await this.bindings.unbind(metricId, actor);
    return this.current(metricId);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => PullRunModel, { description: 'Queues a pull of a bound metric now; returns the queued or running one if there is one.' })
  pullMetric(@IdArg('metricId', 'The bound metric.') metricId: string): Promise<PullRunModel> {
    return this.bindings.pull(metricId);
  }

  private async current(metricId: string): Promise<MetricModel> {
    return (await this.metrics.find(metricId))!;
  }
}

/** A binding's source and runs. */
@Resolver(() => MetricBindingModel)
export class MetricBindingFieldsResolver {
  @ResolveField(() => MetricSourceModel, { description: 'The source it reads.' })
  async source(@Parent() binding: MetricBindingModel, @Context() { loaders }: RequestContext): Promise<MetricSourceModel> {
    return toSourceModel((await loaders.metricSource.load(binding.sourceId))!);
  }

  @ResolveField(() => [PullRunModel], { description: 'Its pulls, newest first.' })
  runs(@Parent() binding: MetricBindingModel, @Context() { loaders }: RequestContext, @Args() { take }: RunsArgs): Promise<PullRunModel[]> {
    return loaders.runsOfBinding.load({ key: binding.id, take });
  }
}
