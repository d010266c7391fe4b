import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InitiativeStatus, Role } from '@throughline/shared';
import { ActorModel } from '../audit/audit.model';
import { Requires } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../auth/caller';
import { DateTimeScalar } from '../common/scalars';
import { RequestContext } from '../graphql-context';
import { InitiativeModel } from '../initiative/initiative.model';
import { CreateCheckInInput } from './check-in.inputs';
import { authorOf, CheckInModel } from './check-in.model';
import { CheckInService } from './check-in.service';

@Resolver(() => CheckInModel)
export class CheckInResolver {
  constructor(private readonly checkInService: CheckInService) {}

  @Requires(Role.EDITOR)
  @Mutation(() => CheckInModel, {
    description: "Posts an update on an initiative; the initiative's health becomes this one's (its version goes up).",
  })
  createCheckIn(
    @Args('input', { description: 'The update.' }) input: CreateCheckInInput,
    @CurrentActor() actor: Actor,
  ): Promise<CheckInModel> {
    return this.checkInService.create(input, actor);
  }

  @Requires(Role.VIEWER)
  @Query(() => [InitiativeModel], {
    description: 'The work that needs an update: every stale initiative (see Initiative.stale), longest without one first.',
  })
  async staleInitiatives(@Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    const stale = await this.checkInService.stale();
    for (const { initiative, latestCheckInAt } of stale) {
      loaders.initiative.prime(initiative.id, initiative);
      loaders.latestCheckInAt.prime(initiative.id, latestCheckInAt);
    }
    return stale.map(({ initiative }) => initiative);
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative it is about.' })
  async initiative(@Parent() checkIn: CheckInModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel> {
    const initiative = await loaders.initiative.get(checkIn.initiativeId);
    if (!initiative) throw new Error(`check-in ${checkIn.id} names an initiative that does not exist`);
    return initiative;
  }

  @ResolveField(() => ActorModel, { description: "Who posted it (a token's owner when a token did)." })
  author(@Parent() checkIn: CheckInModel): ActorModel {
    return authorOf(checkIn);
  }
}

/** An initiative's check-ins and whether it is overdue for one. */
@Resolver(() => InitiativeModel)
export class InitiativeCheckInResolver {
  constructor(private readonly checkInService: CheckInService) {}

  @ResolveField(() => [CheckInModel], { description: 'Its check-ins, newest first.' })
  checkIns(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<CheckInModel[]> {
    return loaders.checkInsOfInitiative.load(initiative.id);
  }

  @ResolveField(() => DateTimeScalar, { nullable: true, description: 'When its latest check-in was posted; null when it has none.' })
  latestCheckInAt(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<Date | null> {
    return loaders.latestCheckInAt.load(initiative.id);
  }

  @ResolveField(() => Boolean, {
    description:
      'IN_PROGRESS and no check-in for more than CHECKIN_STALE_DAYS (default 14) days, counted from the latest check-in, ' +
      'or from the start date when there is none (with neither: false).',
  })
  async stale(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<boolean> {
    if (initiative.status !== InitiativeStatus.IN_PROGRESS) return false;
    return this.checkInService.isStale(initiative, await loaders.latestCheckInAt.load(initiative.id));
  }
}
