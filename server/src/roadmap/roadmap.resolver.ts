import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Requires } from '../auth/access.decorators';
import { RequestContext } from '../graphql-context';
import { RoadmapGroupBy } from '../common/graphql-enums';
import { DateScalar } from '../common/scalars';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { RoadmapModel } from './roadmap.model';
import { RoadmapService } from './roadmap.service';
import { MAX_WINDOW_YEARS } from '../common/date-window';
import { selectedFieldNames } from '../common/selection';

@Resolver(() => RoadmapModel)
export class RoadmapResolver {
  constructor(private readonly roadmapService: RoadmapService) {}

  @Requires(Role.VIEWER)
  @Query(() => RoadmapModel, {
    description: `The initiatives that overlap [from, to] in lanes, with the quarters covering the window and the dependencies among them. The window may span at most ${MAX_WINDOW_YEARS} years.`,
  })
  roadmap(
    @Args('from', { type: () => DateScalar, description: 'First day of the window.' }) from: string,
    @Args('to', { type: () => DateScalar, description: 'Last day of the window, inclusive; not before `from`.' }) to: string,
    @Args('groupBy', {
      type: () => RoadmapGroupBy,
      nullable: true,
      defaultValue: RoadmapGroupBy.TEAM,
      description: 'What the lanes stand for; default TEAM.',
    })
    groupBy: RoadmapGroupBy | null,
    @Args('filter', { type: () => InitiativeFilter, nullable: true, description: 'Shows only the initiatives it selects.' })
    filter: InitiativeFilter | null,
    @Context() { loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RoadmapModel> {
    const fields = selectedFieldNames(info);
    return this.roadmapService.roadmap({ from, to, groupBy: groupBy ?? RoadmapGroupBy.TEAM, filter, fields }, loaders);
  }
}
