import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { RequestContext } from '../graphql-context';
import { IdArg } from '../common/id-args';
import { PageArgs } from '../common/pagination';
import { GoalModel } from '../goal/goal.model';
import { MetricModel } from '../metric/metric.model';
import { RiskModel } from '../risk/risk.model';
import { TeamModel } from '../team/team.model';
import { InitiativePageModel } from './initiative-page.model';
import { CreateInitiativeInput, InitiativeFilter, UpdateInitiativeInput } from './initiative.inputs';
import { InitiativeModel } from './initiative.model';
import { InitiativeService } from './initiative.service';
import { Actor, CurrentActor } from '../auth/caller';

@Resolver(() => InitiativeModel)
export class InitiativeResolver {
  constructor(private readonly initiativeService: InitiativeService) {}

  @Requires(Role.VIEWER)
  @Query(() => InitiativePageModel, { description: 'A page of the initiatives that match, by start date (undated last), then key.' })
  initiatives(
    @Args('filter', { type: () => InitiativeFilter, nullable: true, description: 'Which initiatives; all when omitted.' })
    filter: InitiativeFilter | null,
    @Args() { skip, take }: PageArgs,
  ): Promise<InitiativePageModel> {
    return this.initiativeService.list(filter, skip, take);
  }

  @Requires(Role.VIEWER)
  @Query(() => InitiativeModel, { nullable: true, description: 'One initiative; null when there is none with this id.' })
  initiative(@IdArg('id', 'The initiative.') id: string): Promise<InitiativeModel | null> {
    return this.initiativeService.findById(id);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => InitiativeModel, { description: 'Creates an initiative with the next key ("TL-n").' })
  createInitiative(
    @Args('input', { description: 'The new initiative.' }) input: CreateInitiativeInput,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeModel> {
    return this.initiativeService.create(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => InitiativeModel, { description: 'Changes an initiative; CONFLICT when `version` is not the current one.' })
  updateInitiative(
    @Args('input', { description: 'The changes.' }) input: UpdateInitiativeInput,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeModel> {
    return this.initiativeService.update(input, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => Boolean, { description: 'Deletes an initiative with its links, dependencies and risks; true when done.' })
  deleteInitiative(@IdArg('id', 'The initiative to delete.') id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.initiativeService.delete(id, actor);
  }

  @ResolveField(() => TeamModel, { nullable: true, description: 'The team that leads the work.' })
  // No parameter decorators: Nest then calls this directly with graphql-js's (parent, args,
  // context) instead of through its async pipeline, which costs a roadmap of 5,000 bars ~200 ms.
  leadTeam(initiative: InitiativeModel, _args: object, { loaders }: RequestContext): TeamModel | null | Promise<TeamModel | null> {
    return initiative.leadTeamId ? loaders.team.get(initiative.leadTeamId) : null;
  }

  @ResolveField(() => [TeamModel], { description: 'Every contributing team, the lead team included, by key.' })
  async teams(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<TeamModel[]> {
    const teams = await loaders.teamsOfInitiative.load(initiative.id);
    return [...teams].sort((a, b) => a.key.localeCompare(b.key));
  }

  @ResolveField(() => [GoalModel], { description: 'The goals the work serves, by title.' })
  async goals(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<GoalModel[]> {
    const goals = await loaders.goalsOfInitiative.load(initiative.id);
    return [...goals].sort((a, b) => a.title.localeCompare(b.title));
  }

  @ResolveField(() => [MetricModel], { description: 'The metrics the work is meant to move, by name.' })
  async metrics(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<MetricModel[]> {
    const metrics = await loaders.metricsOfInitiative.load(initiative.id);
    return [...metrics].sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [RiskModel], { description: 'Risks to the work, most severe first (as everywhere risks are listed).' })
  async risks(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<RiskModel[]> {
    return loaders.risksOfInitiative.load(initiative.id);
  }
}
