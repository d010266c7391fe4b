import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../auth/caller';
import { CreateUserInput, UpdateUserInput } from './user-admin.inputs';
import { CreatedUserModel } from './user-admin.model';
import { UserAdminService } from './user-admin.service';
import { UserModel } from './user.model';

@Resolver()
export class UserAdminResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Requires(Role.ADMIN)
  @Query(() => [UserModel], { description: 'Every account, service accounts and deactivated ones included, by name.' })
  users(): Promise<UserModel[]> {
    return this.admin.list();
  }

  @Requires(Role.ADMIN)
  @Mutation(() => CreatedUserModel, {
    description:
      'Creates an account with no password and a one-time set-password link (72 hours); an email already taken is BAD_USER_INPUT.',
  })
  createUser(
    @Args('input', { description: 'The new account.' }) input: CreateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedUserModel> {
    return this.admin.create(input, actor);
  }

  @Requires(Role.ADMIN)
  @Mutation(() => UserModel, {
    description:
      'Changes name, role or active; takes effect on the next request. Demoting or deactivating the last active ADMIN is BAD_USER_INPUT.',
  })
  updateUser(@Args('input', { description: 'The changes.' }) input: UpdateUserInput, @CurrentActor() actor: Actor): Promise<UserModel> {
    return this.admin.update(input, actor);
  }
}
