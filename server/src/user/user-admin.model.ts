import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('CreatedUser', { description: 'A new account and the one-time link with which its owner chooses a password.' })
export class CreatedUserModel {
  @Field(() => UserModel, { description: 'The account, with no password yet.' })
  user: UserModel;

  @Field({
    description:
      'The web app\'s "/set-password?token=…" page, relative to the server: works once, for 72 hours. Not shown again. An account whose link is never used stays a service account (no password) that an ADMIN can give tokens.',
  })
  setPasswordUrl: string;
}
