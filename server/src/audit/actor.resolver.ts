import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../graphql-context';
import { UserModel } from '../user/user.model';
import { ActorModel } from './audit.model';

@Resolver(() => ActorModel)
export class ActorResolver {
  @ResolveField(() => UserModel, {
    nullable: true,
    description: "The user, or the token's owner; null for a sync, a source or the system.",
  })
  user(@Parent() actor: ActorModel, @Context() { loaders }: RequestContext): UserModel | null | Promise<UserModel | null> {
    return actor.userId ? loaders.user.get(actor.userId) : null;
  }
}
