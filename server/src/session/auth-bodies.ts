import { applyDecorators } from '@nestjs/common';
import { LIMITS } from '@throughline/shared';
import { IsString, Length, MaxLength } from 'class-validator';

// The JSON bodies of the sign-in routes, validated by the global pipe (BAD_USER_INPUT naming the field).

const { min, max } = LIMITS.password;
const Email = () =>
  applyDecorators(
    IsString({ message: 'email must be text' }),
    MaxLength(LIMITS.email, { message: `email must be at most ${LIMITS.email} characters` }),
  );

export class SignInBody {
  @Email()
  email: string;

  // No minimum here: a short password is simply wrong (401), like any other.
  @IsString({ message: 'password must be text' })
  @MaxLength(max, { message: `password must be at most ${max} characters` })
  password: string;
}

export class FirstAdminBody {
  @Email()
  email: string;

  @IsString({ message: 'name must be text' })
  @MaxLength(LIMITS.name, { message: `name must be at most ${LIMITS.name} characters` })
  name: string;

  @IsString({ message: 'password must be text' })
  @Length(min, max, { message: `password must be ${min} to ${max} characters long` })
  password: string;
}
