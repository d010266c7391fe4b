import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { Matches } from 'class-validator';
import { RequiredText } from '../common/input-decorators';

@InputType({ description: 'A new team.' })
export class CreateTeamInput {
  @Field({ description: 'Short unique code: 2-10 of A-Z, 0-9.' })
  @Matches(LIMITS.teamKey.pattern, { message: 'key must be 2-10 characters of A-Z and 0-9, e.g. "PLAT"' })
  key: string;

  @Field({ description: 'Display name.' })
  @RequiredText('name', LIMITS.name)
  name: string;
}
