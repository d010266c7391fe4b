import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql-enums';
import { DateTimeScalar } from '../common/scalars';

@ObjectType('ApiToken', {
  description: 'A secret for scripts, CI and monitoring pushes (Authorization: Bearer tl_…). Only its SHA-256 is stored.',
})
export class ApiTokenModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'What it is for, e.g. "ci-push".' })
  name: string;

  @Field(() => Role, {
    description: "Its own role, never above its owner's; what it may do is the lower of this and its owner's current role.",
  })
  role: Role;

  @Field({ description: 'Its first characters, to recognise it ("tl_3f9aK2x").' })
  prefix: string;

  /** For the `owner` field's loader. */
  ownerId: string;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last used, to the minute; null: never.' })
  lastUsedAt: Date | null;
}

@ObjectType('CreatedApiToken', { description: 'A new API token, with its secret: shown this once, never again.' })
export class CreatedApiTokenModel {
  @Field({ description: 'The secret, "tl_" and 43 letters or digits; only its hash is stored.' })
  token: string;

  @Field(() => ApiTokenModel, { description: 'The token as listed from now on.' })
  apiToken: ApiTokenModel;
}
