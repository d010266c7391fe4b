import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { DependencyService } from './dependency.service';
import { sortByStartThenKey } from './initiative-order';
import { InitiativeModel } from './initiative.model';
import { Actor, CurrentActor } from '../auth/caller';

@Resolver(() => InitiativeModel)
export class DependencyResolver {
  constructor(private readonly dependencyService: DependencyService) {}

  @Requires(Role.EDITOR)
  @Mutation(() => InitiativeModel, {
    description: 'Makes an initiative wait for another; DEPENDENCY_CYCLE when that would close a cycle. Returns the dependent.',
  })
  addDependency(
    @IdArg('initiativeId', 'The initiative that waits.') initiativeId: string,
    @IdArg('dependsOnId', 'The initiative it waits for.') dependsOnId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeModel> {
    return this.dependencyService.add(initiativeId, dependsOnId, actor);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => InitiativeModel, {
    description: 'Stops an initiative waiting for another (nothing to do if it did not). Returns the dependent.',
  })
  removeDependency(
    @IdArg('initiativeId', 'The initiative that waits.') initiativeId: string,
    @IdArg('dependsOnId', 'The initiative it waits for.') dependsOnId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeModel> {
    return this.dependencyService.remove(initiativeId, dependsOnId, actor);
  }

  @ResolveField(() => [InitiativeModel], { description: 'What this one waits for, by start date, then key.' })
  async dependsOn(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    return sortByStartThenKey(await loaders.blockersOf.load(initiative.id));
  }

  @ResolveField(() => [InitiativeModel], { description: 'What waits for this one, by start date, then key.' })
  async dependents(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<InitiativeModel[]> {
    return sortByStartThenKey(await loaders.dependentsOf.load(initiative.id));
  }
}
