import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, Caller, CurrentActor, CurrentCaller } from '../auth/caller';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { UserModel } from '../user/user.model';
import { CreateApiTokenInput } from './api-token.inputs';
import { ApiTokenModel, CreatedApiTokenModel } from './api-token.model';
import { ApiTokenService } from './api-token.service';

@Resolver(() => ApiTokenModel)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Requires(Role.VIEWER)
  @Query(() => [ApiTokenModel], {
    description: "The caller's own tokens, newest first (revoked ones left out); an ADMIN's list has everyone's.",
  })
  apiTokens(@CurrentCaller() caller: Caller): Promise<ApiTokenModel[]> {
    return this.tokens.list(caller);
  }

  @Requires(Role.VIEWER)
  @Mutation(() => CreatedApiTokenModel, {
    description:
      "Creates a token for the caller with a role no higher than the caller's (FORBIDDEN otherwise); an ADMIN may create one for a service account (ownerId). The secret is in this answer only.",
  })
  createApiToken(
    @CurrentCaller() caller: Caller,
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new token.' }) input: CreateApiTokenInput,
  ): Promise<CreatedApiTokenModel> {
    return this.tokens.create(caller, input, actor);
  }

  @Requires(Role.VIEWER)
  @Mutation(() => Boolean, {
    description:
      "Revokes one of the caller's tokens (an ADMIN: anyone's); it stops working on the next request. Revoking twice is no error.",
  })
  revokeApiToken(
    @CurrentCaller() caller: Caller,
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The token to revoke.') id: string,
  ): Promise<boolean> {
    return this.tokens.revoke(caller, id, actor);
  }

  @ResolveField(() => UserModel, { description: 'Whose it is: the one who created it, or the service account it was made for.' })
  async owner(@Parent() token: ApiTokenModel, @Context() { loaders }: RequestContext): Promise<UserModel> {
    return (await loaders.user.get(token.ownerId))!;
  }
}
