import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../auth/caller';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { GoalModel } from '../goal/goal.model';
import { InitiativeModel } from '../initiative/initiative.model';
import { DecisionStatus } from './decision-status';
import { CreateDecisionInput, UpdateDecisionInput } from './decision.inputs';
import { DecisionModel } from './decision.model';
import { DecisionService } from './decision.service';

@Resolver(() => DecisionModel)
export class DecisionResolver {
  constructor(private readonly decisionService: DecisionService) {}

  @Requires(Role.VIEWER)
  @Query(() => [DecisionModel], { description: 'Decision records in number order, optionally of one status and matching a search.' })
  decisions(
    @Args('status', { type: () => DecisionStatus, nullable: true, description: 'Only decisions in this status.' }) status?: DecisionStatus,
    @Args('search', {
      type: () => String,
      nullable: true,
      description: 'Words in the title, deciders or text (case-insensitive), or a number ("ADR-0003", "3").',
    })
    search?: string,
  ): Promise<DecisionModel[]> {
    return this.decisionService.list(status, search);
  }

  @Requires(Role.VIEWER)
  @Query(() => DecisionModel, { nullable: true, description: 'One decision, or null when there is none with this id.' })
  decision(@IdArg('id', 'The decision’s id.') id: string): Promise<DecisionModel | null> {
    return this.decisionService.get(id);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => DecisionModel, { description: 'Records a decision under the next free number.' })
  createDecision(
    @Args('input', { description: 'The new decision.' }) input: CreateDecisionInput,
    @CurrentActor() actor: Actor,
  ): Promise<DecisionModel> {
    return this.decisionService.create(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => DecisionModel, { description: 'Changes a decision, if `version` is still the current one (CONFLICT otherwise).' })
  updateDecision(
    @Args('input', { description: 'The changes.' }) input: UpdateDecisionInput,
    @CurrentActor() actor: Actor,
  ): Promise<DecisionModel> {
    return this.decisionService.update(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => DecisionModel, { description: 'Marks decision `id` SUPERSEDED by decision `byId`; returns decision `id`.' })
  supersedeDecision(
    @IdArg('id', 'The decision that no longer stands.') id: string,
    @IdArg('byId', 'The decision that replaces it.') byId: string,
    @CurrentActor() actor: Actor,
  ): Promise<DecisionModel> {
    return this.decisionService.supersede(id, byId, actor);
  }

  @ResolveField(() => DecisionModel, { nullable: true, description: 'The decision that replaced this one, when superseded.' })
  async supersededBy(@Parent() decision: DecisionModel, @Context() { loaders }: RequestContext): Promise<DecisionModel | null> {
    return decision.supersededById ? loaders.decision.load(decision.supersededById) : null;
  }

  @ResolveField(() => [DecisionModel], { description: 'The decisions this one replaced, by number.' })
  supersedes(@Parent() decision: DecisionModel, @Context() { loaders }: RequestContext): Promise<DecisionModel[]> {
    return loaders.supersededDecisions.load(decision.id);
  }

  @ResolveField(() => [InitiativeModel], { description: 'The initiatives it bears on, by start date then key.' })
  initiatives(@Parent() decision: DecisionModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    return loaders.initiativesOfDecision.load(decision.id);
  }

  @ResolveField(() => [GoalModel], { description: 'The goals it bears on, by title.' })
  goals(@Parent() decision: DecisionModel, @Context() { loaders }: RequestContext): Promise<GoalModel[]> {
    return loaders.goalsOfDecision.load(decision.id);
  }
}

@Resolver(() => InitiativeModel)
export class InitiativeDecisionsResolver {
  @ResolveField(() => [DecisionModel], { description: 'The decision records linked to it, by number.' })
  decisions(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<DecisionModel[]> {
    return loaders.decisionsOfInitiative.load(initiative.id);
  }
}

@Resolver(() => GoalModel)
export class GoalDecisionsResolver {
  @ResolveField(() => [DecisionModel], { description: 'The decision records linked to it, by number.' })
  decisions(@Parent() goal: GoalModel, @Context() { loaders }: RequestContext): Promise<DecisionModel[]> {
    return loaders.decisionsOfGoal.load(goal.id);
  }
}
