import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { effectiveShares, Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../auth/caller';
import { IdArg } from '../common/id-args';
import { MAX_WINDOW_YEARS } from '../common/date-window';
import { DateScalar } from '../common/scalars';
import { RequestContext } from '../graphql-context';
import { InitiativeModel } from '../initiative/initiative.model';
import { TeamModel } from '../team/team.model';
import { isPresent } from '../common/collections';
import { AllocationInput } from './capacity.inputs';
import { AllocationModel, CapacityCellModel, CapacityPlanModel } from './capacity.model';
import { CapacityService } from './capacity.service';

const FROM = { type: () => DateScalar, description: 'First day of the window; the plan has every quarter that covers it.' };
const TO = { type: () => DateScalar, description: `Last day of the window, inclusive; at most ${MAX_WINDOW_YEARS} years after from.` };

@Resolver(() => CapacityPlanModel)
export class CapacityResolver {
  constructor(private readonly capacityService: CapacityService) {}

  @Requires(Role.VIEWER)
  @Query(() => CapacityPlanModel, {
    description: 'Every team against its capacity in each fiscal quarter covering [from, to]: committed and proposed load apart.',
  })
  async capacity(
    @Args('from', FROM) from: string,
    @Args('to', TO) to: string,
    @Args('teamIds', { type: () => [ID], nullable: true, description: 'Only these teams; every team when omitted.' })
    teamIds: string[] | null,
    @Context() { loaders }: RequestContext,
  ): Promise<CapacityPlanModel> {
    const plan = await this.capacityService.plan({ from, to }, loaders);
    if (!teamIds) return plan;
    const wanted = new Set(teamIds);
    return { ...plan, teams: plan.teams.filter((row) => wanted.has(row.team.id)) };
  }

  // EDITOR, as every other planning write: the people who plan the quarter set what teams can carry.
  @Requires(Role.EDITOR)
  @Mutation(() => TeamModel, { description: "Sets a team's engineer-weeks for one fiscal quarter; null clears it." })
  setTeamCapacity(
    @IdArg('teamId', 'The team.') teamId: string,
    @Args('period', { description: 'The fiscal quarter, e.g. "FY2027-Q1".' }) period: string,
    @Args('weeks', { type: () => Float, nullable: true, description: 'Engineer-weeks available, 0 or more; null clears it.' })
    weeks: number | null,
    @CurrentActor() actor: Actor,
  ): Promise<TeamModel> {
    return this.capacityService.setTeamCapacity(teamId, period, weeks ?? null, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => [TeamModel], {
    description:
      "Copies every team's capacity of a quarter into the next one; a team that has one there keeps it unless overwrite. " +
      'Returns the teams written, by key.',
  })
  copyCapacityForward(
    @Args('period', { description: 'The quarter to copy, e.g. "FY2027-Q1" (into "FY2027-Q2").' }) period: string,
    @Args('overwrite', {
      nullable: true,
      defaultValue: false,
      description: 'Replace capacities already set in the next quarter; default false.',
    })
    overwrite: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<TeamModel[]> {
    return this.capacityService.copyForward(period, overwrite ?? false, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => InitiativeModel, {
    description:
      "Splits an initiative's effort between its own teams, if `version` is still the current one (CONFLICT otherwise). " +
      'The shares sum to 1; an empty list puts it all back on the lead team.',
  })
  setAllocations(
    @IdArg('initiativeId', 'The initiative.') initiativeId: string,
    @Args('version', { type: () => Int, description: 'The version you loaded; a stale one is rejected with CONFLICT.' }) version: number,
    @Args('allocations', { type: () => [AllocationInput], description: 'One share per team.' }) allocations: AllocationInput[],
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeModel> {
    return this.capacityService.setAllocations(initiativeId, version, allocations, actor);
  }
}

@Resolver(() => TeamModel)
export class TeamCapacityResolver {
  constructor(private readonly capacityService: CapacityService) {}

  @ResolveField(() => [CapacityCellModel], { description: 'Its capacity and load in each fiscal quarter covering [from, to].' })
  async capacity(
    @Parent() team: TeamModel,
    @Args('from', FROM) from: string,
    @Args('to', TO) to: string,
    @Context() { loaders }: RequestContext,
  ): Promise<CapacityCellModel[]> {
    const plan = await this.capacityService.plan({ from, to }, loaders);
    return plan.teams.find((row) => row.team.id === team.id)?.cells ?? [];
  }
}

@Resolver(() => InitiativeModel)
export class InitiativeAllocationResolver {
  constructor(private readonly capacityService: CapacityService) {}

  @ResolveField(() => [AllocationModel], {
    description:
      'How its effort is split between its teams, largest share first: as set, scaled to sum to 1 when a team has left since; ' +
      'none set: all on the lead team (empty without one).',
  })
  async allocations(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<AllocationModel[]> {
    const shares = effectiveShares(await this.capacityService.storedAllocations(initiative.id, loaders), initiative.leadTeamId);
    const teams = (await loaders.team.loadMany(shares.map((share) => share.teamId))).filter(isPresent);
    const teamOf = new Map(teams.map((team) => [team.id, team]));
    return shares
      .filter((share) => teamOf.has(share.teamId))
      .map((share) => ({ team: teamOf.get(share.teamId)!, share: share.share }))
      .sort((a, b) => b.share - a.share || a.team.key.localeCompare(b.team.key));
  }
}
