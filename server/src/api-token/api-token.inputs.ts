import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { IsEnum, IsOptional } from 'class-validator';
import { Role } from '../common/graphql-enums';
import { OptionalId, RequiredText } from '../common/input-decorators';
import { DateTimeScalar } from '../common/scalars';

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What it is for, e.g. "ci-push"; shown in the audit trail as "token ci-push (owner)".' })
  @RequiredText('name', LIMITS.name)
  name: string;

  @Field(() => Role, { description: "Its role: at most the caller's, and at most its owner's." })
  @IsEnum(Role, { message: 'role must be VIEWER, EDITOR or ADMIN' })
  role: Role;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working, in the future; null or omitted: never.' })
  @IsOptional()
  expiresAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'ADMIN only: the service account (a user with no password) it is for; omitted: the caller.',
  })
  @OptionalId('ownerId')
  ownerId?: string | null;
}
