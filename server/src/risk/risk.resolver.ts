import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { RequestContext } from '../graphql-context';
import { GoalModel } from '../goal/goal.model';
import { InitiativeModel } from '../initiative/initiative.model';
import { CreateRiskInput, RiskFilter, UpdateRiskInput } from './risk.inputs';
import { RiskModel } from './risk.model';
import { RiskService } from './risk.service';
import { Actor, CurrentActor } from '../auth/caller';

@Resolver(() => RiskModel)
export class RiskResolver {
  constructor(private readonly riskService: RiskService) {}

  // The filter's type names no `| null`: the validation pipe finds the class through its metadata.
  @Requires(Role.VIEWER)
  @Query(() => [RiskModel], { description: 'Risks matching the filter, most severe first, then by title.' })
  risks(
    @Args('filter', { type: () => RiskFilter, nullable: true, description: 'Which risks; all when omitted.' }) filter?: RiskFilter,
  ): Promise<RiskModel[]> {
    return this.riskService.list(filter ?? {});
  }

  @Requires(Role.EDITOR)
  @Mutation(() => RiskModel, { description: 'Creates a risk.' })
  createRisk(@Args('input', { description: 'The new risk.' }) input: CreateRiskInput, @CurrentActor() actor: Actor): Promise<RiskModel> {
    return this.riskService.create(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => RiskModel, { description: 'Changes a risk, if `version` is still the current one (CONFLICT otherwise).' })
  updateRisk(@Args('input', { description: 'The changes.' }) input: UpdateRiskInput, @CurrentActor() actor: Actor): Promise<RiskModel> {
    return this.riskService.update(input, actor);
  }

  @ResolveField(() => InitiativeModel, { nullable: true, description: 'The initiative at risk, if any.' })
  async initiative(@Parent() risk: RiskModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel | null> {
    return risk.initiativeId ? loaders.initiative.load(risk.initiativeId) : null;
  }

  @ResolveField(() => GoalModel, { nullable: true, description: 'The goal at risk, if any.' })
  async goal(@Parent() risk: RiskModel, @Context() { loaders }: RequestContext): Promise<GoalModel | null> {
    return risk.goalId ? loaders.goal.load(risk.goalId) : null;
  }
}
