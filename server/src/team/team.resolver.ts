import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { RequestContext } from '../graphql-context';
import { InitiativeModel } from '../initiative/initiative.model';
import { CreateTeamInput } from './team.inputs';
import { TeamModel } from './team.model';
import { TeamService } from './team.service';
import { Actor, CurrentActor } from '../auth/caller';

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(private readonly teamService: TeamService) {}

  @Requires(Role.VIEWER)
  @Query(() => [TeamModel], { description: 'Every team, ordered by key.' })
  teams(): Promise<TeamModel[]> {
    return this.teamService.list();
  }

  @Requires(Role.EDITOR)
  @Mutation(() => TeamModel, { description: 'Creates a team; its key must be unused.' })
  createTeam(@Args('input', { description: 'The new team.' }) input: CreateTeamInput, @CurrentActor() actor: Actor): Promise<TeamModel> {
    return this.teamService.create(input, actor);
  }

  @ResolveField(() => [InitiativeModel], { description: 'Initiatives this team leads or contributes to, by start date.' })
  async initiatives(@Parent() team: TeamModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    return loaders.initiativesOfTeam.load(team.id);
  }
}
