import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { daysBetween, Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../auth/caller';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { InitiativeModel } from '../initiative/initiative.model';
import { UserModel } from '../user/user.model';
import { BaselineDatesModel, BaselineModel } from './baseline.model';
import { BaselineService } from './baseline.service';

@Resolver(() => BaselineModel)
export class BaselineResolver {
  constructor(private readonly baselineService: BaselineService) {}

  @Requires(Role.VIEWER)
  @Query(() => [BaselineModel], { description: 'Every saved baseline, newest first.' })
  baselines(): Promise<BaselineModel[]> {
    return this.baselineService.list();
  }

  @Requires(Role.EDITOR)
  @Mutation(() => BaselineModel, { description: "Saves every initiative's current dates as a baseline to compare against later." })
  createBaseline(
    @Args('name', { description: 'What it stands for, e.g. "FY2027-Q1 plan as agreed".' }) name: string,
    @CurrentActor() actor: Actor,
  ): Promise<BaselineModel> {
    return this.baselineService.create(name, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => Boolean, { description: 'Deletes a baseline; true when done, NOT_FOUND when there is none.' })
  deleteBaseline(@IdArg('id', 'The baseline to delete.') id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.baselineService.delete(id, actor);
  }

  @ResolveField(() => UserModel, { description: "Who saved it (a token's owner when a token did)." })
  async createdBy(@Parent() baseline: BaselineModel, @Context() { loaders }: RequestContext): Promise<UserModel> {
    const user = await loaders.user.get(baseline.createdById);
    if (!user) throw new Error(`baseline ${baseline.id} names a user that does not exist`);
    return user;
  }
}

/** An initiative against a baseline: its dates then and the slip of its end since. */
@Resolver(() => InitiativeModel)
export class InitiativeBaselineResolver {
  @ResolveField(() => BaselineDatesModel, { nullable: true, description: 'Its dates in that baseline; null when it is not in it.' })
  async baseline(
    @Parent() initiative: InitiativeModel,
    @IdArg('id', 'The baseline.') baselineId: string,
    @Context() { loaders }: RequestContext,
  ): Promise<BaselineDatesModel | null> {
    const dates = await loaders.baselineDates.load({ baselineId, initiativeId: initiative.id });
    if (!dates) return null;
    const slipDays = dates.endDate && initiative.endDate ? daysBetween(dates.endDate, initiative.endDate) : null;
    return { ...dates, slipDays };
  }
}
