import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { RequestContext } from '../graphql-context';
import { DateScalar } from '../common/scalars';
import { MAX_WINDOW_YEARS } from '../common/date-window';
import { AlignmentModel } from './alignment.model';
import { AlignmentService } from './alignment.service';

@Resolver(() => AlignmentModel)
export class AlignmentResolver {
  constructor(private readonly alignmentService: AlignmentService) {}

  @Requires(Role.VIEWER)
  @Query(() => AlignmentModel, {
    description: `Which initiatives overlapping [from, to] (not cancelled) serve which goals, and how much of the work serves none. The window may span at most ${MAX_WINDOW_YEARS} years.`,
  })
  alignment(
    @Args('from', { type: () => DateScalar, description: 'First day of the window.' }) from: string,
    @Args('to', { type: () => DateScalar, description: 'Last day of the window, inclusive; not before `from`.' }) to: string,
    @Context() { loaders }: RequestContext,
  ): Promise<AlignmentModel> {
    return this.alignmentService.alignment({ from, to }, loaders);
  }
}
