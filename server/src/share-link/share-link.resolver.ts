import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, Caller, CurrentActor, CurrentCaller } from '../auth/caller';
import { IdArg } from '../common/id-args';
import { RequestContext } from '../graphql-context';
import { UserModel } from '../user/user.model';
import { CreateShareLinkInput } from './share-link.inputs';
import { ShareLinkModel } from './share-link.model';
import { ShareLinkService } from './share-link.service';
import { originOf, shareLinkUrl } from './share-link-url';

@Resolver(() => ShareLinkModel)
export class ShareLinkResolver {
  constructor(private readonly links: ShareLinkService) {}

  @Requires(Role.EDITOR)
  @Query(() => [ShareLinkModel], {
    description: "The share links the caller made, newest first, revoked and expired ones too; an ADMIN's list has everyone's.",
  })
  async shareLinks(@CurrentCaller() caller: Caller, @Context() { req }: RequestContext): Promise<ShareLinkModel[]> {
    const origin = originOf(req);
    return (await this.links.list(caller)).map((link) => ({
      ...link,
      url: shareLinkUrl(origin, link, this.links.secretOf(link) ?? `${link.prefix}…`),
    }));
  }

  @Requires(Role.EDITOR)
  @Mutation(() => ShareLinkModel, {
    description:
      'Makes a read-only link to a view with its parameters (checked: BAD_USER_INPUT at input.params); its url opens that view with no account.',
  })
  async createShareLink(
    @CurrentCaller() caller: Caller,
    @CurrentActor() actor: Actor,
    @Context() { req }: RequestContext,
    @Args('input', { description: 'The new link.' }) input: CreateShareLinkInput,
  ): Promise<ShareLinkModel> {
    const { link, secret } = await this.links.create(caller, input, actor);
    return { ...link, url: shareLinkUrl(originOf(req), link, secret) };
  }

  @Requires(Role.EDITOR)
  @Mutation(() => Boolean, {
    description:
      "Revokes a link the caller made (an ADMIN: anyone's); it stops working on its very next request. Revoking twice is no error.",
  })
  revokeShareLink(
    @CurrentCaller() caller: Caller,
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The link to revoke.') id: string,
  ): Promise<boolean> {
    return this.links.revoke(caller, id, actor);
  }

  @ResolveField(() => UserModel, { description: 'Who made it.' })
  async createdBy(@Parent() link: ShareLinkModel, @Context() { loaders }: RequestContext): Promise<UserModel> {
    return (await loaders.user.get(link.createdById))!;
  }
}
