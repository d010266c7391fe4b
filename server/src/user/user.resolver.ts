import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Public()
  @Query(() => UserModel, {
    nullable: true,
    description: "The signed-in user (a token's owner); null when not signed in, never an error.",
  })
  async me(@CurrentCaller() caller: Caller | undefined): Promise<UserModel | null> {
    return caller?.userId ? this.userService.find(caller.userId) : null;
  }
}
