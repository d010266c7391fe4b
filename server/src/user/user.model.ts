import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql-enums';
import { DateTimeScalar } from '../common/scalars';

@ObjectType('User', { description: 'Someone who signs in, or a service account (no password) that holds API tokens.' })
export class UserModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Sign-in address, lower-cased; unique.' })
  email: string;

  @Field({ description: 'Display name, e.g. "Priya Raman"; shown in the audit trail.' })
  name: string;

  @Field(() => Role, { description: 'What they may do; each role includes the ones below it.' })
  role: Role;

  @Field({ description: 'false: cannot sign in; their sessions and tokens stop working at once.' })
  active: boolean;

  @Field(() => DateTimeScalar, { description: 'When the account was created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When they last made a request, to the minute; null: never.' })
  lastSeenAt: Date | null;
}
