import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../../auth/access.decorators';
import { Actor, CurrentActor } from '../../auth/caller';
import { RequestContext } from '../../graphql-context';
import { OutcomeModel } from '../outcome.model';
import { OutcomeWindowsService } from './outcome-windows.service';
import { SetOutcomeWindowsInput } from './outcome-windows.inputs';

@Resolver(() => OutcomeModel)
export class OutcomeWindowsResolver {
  constructor(private readonly windows: OutcomeWindowsService) {}

  @Requires(Role.EDITOR)
  @Mutation(() => OutcomeModel, {
    description:
      'Sets the outcome windows of one initiative-metric link (some effects lag) and answers the outcome judged with them; bumps the initiative’s version (CONFLICT when stale).',
  })
  async setOutcomeWindows(
    @Args('input', { description: 'The link and its window lengths.' }) input: SetOutcomeWindowsInput,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: RequestContext,
  ): Promise<OutcomeModel> {
    await this.windows.set(input, actor);
    const outcomes = await loaders.outcomesOfMetric.load(input.metricId);
    return outcomes.find((outcome) => outcome.initiativeId === input.initiativeId)!;
  }
}
