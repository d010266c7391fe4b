import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { daysBetween, Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../auth/caller';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { InitiativeModel } from '../initiative/initiative.model';
import { UserModel } from '../user/user.model';
import { BaselineDatesModel, BaselineModel } from './baseline.model';
import { BaselineService } from './baseline.service';
import { DEFAULT_SLIPS, MAX_SLIPS } from './baseline-slips';

@Resolver(() => BaselineModel)
export class BaselineResolver {
  constructor(private readonly baselineService: BaselineService) {}

  @Requires(Role.VIEWER)
  @Query(() => [BaselineModel], { description: 'Every saved baseline, newest first.' })
  baselines(): Promise<BaselineModel[]> {
    return this.baselineService.list();
  }

  @Requires(Role.VIEWER)
  @Query(() => BaselineModel, { nullable: true, description: 'One baseline; null when there is none with this id.' })
  baseline(@IdArg('id', 'The baseline.') id: string): Promise<BaselineModel | null> {
    return this.baselineService.findById(id);
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

  // One statement per baseline asked: ask it of one baseline (`baseline(id)`), not of every one in `baselines`.
  @ResolveField(() => [InitiativeModel], {
    description:
      'The initiatives whose end is later now than in this baseline, the furthest slipped first (ask each for `baseline(id)` to get the days).',
  })
  async biggestSlips(
    @Parent() baseline: BaselineModel,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_SLIPS, description: `How many, 1..${MAX_SLIPS}.` }) first: number,
    @Args('filter', { type: () => InitiativeFilter, nullable: true, description: 'Among which initiatives; all when omitted.' })
    filter: InitiativeFilter | null,
    @Context() { loaders }: RequestContext,
  ): Promise<InitiativeModel[]> {
    const rows = await this.baselineService.biggestSlips(baseline.id, first, filter);
    for (const row of rows) loaders.initiative.prime(row.id, row);
    return rows;
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
