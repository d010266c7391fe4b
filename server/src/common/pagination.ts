import { ArgsType, Field, Int } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

const DEFAULT_TAKE = 50;

/**
 * `skip` and `take` of a paged list, checked by the validation pipe like every other argument
 * (BAD_USER_INPUT naming `take` or `skip`). An explicit null means the default.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'How many matching items to pass over.' })
  @Transform(({ value }) => value ?? 0)
  @IsInt({ message: 'skip must be a whole number' })
  @Min(0, { message: 'skip must not be negative' })
  skip: number;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_TAKE, description: `Page size, 1..${LIMITS.pageSize}.` })
  @Transform(({ value }) => value ?? DEFAULT_TAKE)
  @IsInt({ message: 'take must be a whole number' })
  @Min(1, { message: `take must be from 1 to ${LIMITS.pageSize}` })
  @Max(LIMITS.pageSize, { message: `take must be from 1 to ${LIMITS.pageSize}` })
  take: number;
}
