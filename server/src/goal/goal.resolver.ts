import { Args, Context, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Requires } from '../auth/access.decorators';
import { meanOfKnown, metricProgress, Role } from '@throughline/shared';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { InitiativeModel } from '../initiative/initiative.model';
import { MetricModel } from '../metric/metric.model';
import { RiskModel } from '../risk/risk.model';
import { CreateGoalInput, UpdateGoalInput } from './goal.inputs';
import { GoalModel } from './goal.model';
import { GoalService } from './goal.service';
import { Actor, CurrentActor } from '../auth/caller';

@Resolver(() => GoalModel)
export class GoalResolver {
  constructor(private readonly goalService: GoalService) {}

  @Requires(Role.VIEWER)
  @Query(() => [GoalModel], { description: 'Goals ordered by title; with rootOnly, only those without a parent.' })
  goals(
    @Args('rootOnly', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Only top-level goals.' })
    rootOnly: boolean | null,
  ): Promise<GoalModel[]> {
    return this.goalService.list(rootOnly === true);
  }

  @Requires(Role.VIEWER)
  @Query(() => GoalModel, { nullable: true, description: 'One goal, or null when there is none with this id.' })
  goal(@IdArg('id', 'The goal’s id.') id: string): Promise<GoalModel | null> {
    return this.goalService.find(id);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => GoalModel, { description: 'Creates a goal, optionally below a parent goal.' })
  createGoal(@Args('input', { description: 'The new goal.' }) input: CreateGoalInput, @CurrentActor() actor: Actor): Promise<GoalModel> {
    return this.goalService.create(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => GoalModel, { description: 'Changes a goal, if `version` is still the current one (CONFLICT otherwise).' })
  updateGoal(@Args('input', { description: 'The changes.' }) input: UpdateGoalInput, @CurrentActor() actor: Actor): Promise<GoalModel> {
    return this.goalService.update(input, actor);
  }

  @ResolveField(() => GoalModel, { nullable: true, description: 'The goal this one contributes to; null for a top-level goal.' })
  async parent(@Parent() goal: GoalModel, @Context() { loaders }: RequestContext): Promise<GoalModel | null> {
    return goal.parentId ? loaders.goal.load(goal.parentId) : null;
  }

  @ResolveField(() => [GoalModel], { description: 'The goals directly below this one, by title.' })
  children(@Parent() goal: GoalModel, @Context() { loaders }: RequestContext): Promise<GoalModel[]> {
    return loaders.childGoals.load(goal.id);
  }

  @ResolveField(() => [MetricModel], { description: 'The metrics that measure this goal, by name.' })
  metrics(@Parent() goal: GoalModel, @Context() { loaders }: RequestContext): Promise<MetricModel[]> {
    return loaders.metricsOfGoal.load(goal.id);
  }

  @ResolveField(() => [InitiativeModel], { description: 'The initiatives that serve this goal, by start date then key.' })
  async initiatives(@Parent() goal: GoalModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    return loaders.initiativesOfGoal.load(goal.id);
  }

  @ResolveField(() => [RiskModel], { description: 'Risks to this goal, most severe first.' })
  async risks(@Parent() goal: GoalModel, @Context() { loaders }: RequestContext): Promise<RiskModel[]> {
    return loaders.risksOfGoal.load(goal.id);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Mean progress of its metrics that have a current value; null if none has.',
  })
  async progress(@Parent() goal: GoalModel, @Context() { loaders }: RequestContext): Promise<number | null> {
    const metrics = await loaders.metricsOfGoal.load(goal.id);
    const currents = await Promise.all(metrics.map((metric) => loaders.currentValue.load(metric.id)));
    return meanOfKnown(metrics.map((metric, i) => metricProgress(metric.baseline, metric.target, currents[i])));
  }
}
