import { Args, Context, Float, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Requires } from '../auth/access.decorators';
import { metricProgress, Role } from '@throughline/shared';
import { DomainError } from '../common/domain-error';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { DateTimeScalar } from '../common/scalars';
import { GoalModel } from '../goal/goal.model';
import { InitiativeModel } from '../initiative/initiative.model';
import { CreateMetricInput, MeasurementPointInput, RecordMeasurementInput, UpdateMetricInput } from './metric.inputs';
import { MAX_POINTS_PER_BATCH } from './measurement-points';
import { MeasurementModel, MetricModel } from './metric.model';
import { MetricService } from './metric.service';
import { Actor, CurrentActor } from '../auth/caller';

@Resolver(() => MetricModel)
export class MetricResolver {
  constructor(private readonly metricService: MetricService) {}

  @Requires(Role.VIEWER)
  @Query(() => [MetricModel], { description: 'Every metric, ordered by name (for pickers).' })
  metrics(): Promise<MetricModel[]> {
    return this.metricService.list();
  }

  @Requires(Role.VIEWER)
  @Query(() => MetricModel, { nullable: true, description: 'One metric, or null when there is none with this id.' })
  metric(@IdArg('id', 'The metric’s id.') id: string): Promise<MetricModel | null> {
    return this.metricService.find(id);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => MetricModel, { description: 'Creates a metric, optionally measuring a goal.' })
  createMetric(
    @Args('input', { description: 'The new metric.' }) input: CreateMetricInput,
    @CurrentActor() actor: Actor,
  ): Promise<MetricModel> {
    return this.metricService.create(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => MetricModel, { description: 'Changes a metric, if `version` is still the current one (CONFLICT otherwise).' })
  updateMetric(
    @Args('input', { description: 'The changes.' }) input: UpdateMetricInput,
    @CurrentActor() actor: Actor,
  ): Promise<MetricModel> {
    return this.metricService.update(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => MeasurementModel, { description: 'Records one value of a metric.' })
  recordMeasurement(
    @Args('input', { description: 'The value and when it was measured.' }) input: RecordMeasurementInput,
    @CurrentActor() actor: Actor,
  ): Promise<MeasurementModel> {
    return this.metricService.record(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => Int, {
    description: `Upserts up to ${MAX_POINTS_PER_BATCH} measurements by instant, all or nothing; returns how many instants were written.`,
  })
  async recordMeasurements(
    @IdArg('metricId', 'The metric measured.') metricId: string,
    @Args('points', { type: () => [MeasurementPointInput], description: 'The values; a repeated instant replaces the stored value.' })
    points: MeasurementPointInput[],
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    return (await this.metricService.recordMany(metricId, points, actor)).accepted;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Value of the latest measurement (by recordedAt); null if none.' })
  current(@Parent() metric: MetricModel, @Context() { loaders }: RequestContext): Promise<number | null> {
    return loaders.currentValue.load(metric.id);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: '(current - baseline) / (target - baseline): 0 at baseline, 1 at target, may be < 0 or > 1; null if no current.',
  })
  async progress(@Parent() metric: MetricModel, @Context() { loaders }: RequestContext): Promise<number | null> {
    return metricProgress(metric.baseline, metric.target, await loaders.currentValue.load(metric.id));
  }

  @ResolveField(() => GoalModel, { nullable: true, description: 'The goal it measures, if any.' })
  async goal(@Parent() metric: MetricModel, @Context() { loaders }: RequestContext): Promise<GoalModel | null> {
    return metric.goalId ? loaders.goal.load(metric.goalId) : null;
  }

  @ResolveField(() => [InitiativeModel], { description: 'Initiatives meant to move it, by start date then key.' })
  async initiatives(@Parent() metric: MetricModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    return loaders.initiativesOfMetric.load(metric.id);
  }

  @ResolveField(() => [MeasurementModel], {
    description: 'Its measurements, optionally within [from, to], ordered by recordedAt ascending.',
  })
  measurements(
    @Parent() metric: MetricModel,
    @Context() { loaders }: RequestContext,
    @Args('from', { type: () => DateTimeScalar, nullable: true, description: 'Earliest recordedAt, inclusive.' }) from?: Date | null,
    @Args('to', { type: () => DateTimeScalar, nullable: true, description: 'Latest recordedAt, inclusive.' }) to?: Date | null,
  ): Promise<MeasurementModel[]> {
    if (from && to && from > to) throw DomainError.badInput('from', `must not be after to (${to.toISOString()})`);
    return loaders.measurements.load({ metricId: metric.id, from: from ?? null, to: to ?? null });
  }
}
