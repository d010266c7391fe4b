import { Field, ID, InputType, PickType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { IsBoolean, IsEnum } from 'class-validator';
import { Role } from '../common/graphql-enums';
import { ChangesOf, NotNullWhenGiven, RequiredId, RequiredText } from '../common/input-decorators';

@InputType({ description: 'A new account. It has no password until someone opens its set-password link.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in address; stored lower-cased, unique.' })
  @RequiredText('email', LIMITS.email)
  email: string;

  @Field({ description: 'Display name, e.g. "Priya Raman".' })
  @RequiredText('name', LIMITS.name)
  name: string;

  @Field(() => Role, { description: 'What they may do. The last active ADMIN cannot be demoted.' })
  @IsEnum(Role, { message: 'role must be VIEWER, EDITOR or ADMIN' })
  role: Role;
}

@InputType({ description: 'Changes to an account: an omitted field stays as it is.' })
export class UpdateUserInput extends ChangesOf(PickType(CreateUserInput, ['name', 'role'] as const)) {
  @Field(() => ID, { description: 'The account to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false: they cannot sign in, and their sessions and tokens stop working at once. The last active ADMIN cannot be deactivated.',
  })
  @NotNullWhenGiven('active')
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
