import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IntInRange } from '../../common/input-decorators';

const MAX_RUNS = 200;
const DEFAULT_RUNS = 20;

/** `take` of a connection's runs(): a page of history, not all of it. An explicit null means the default. */
@ArgsType()
export class RunsArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_RUNS, description: `How many runs, 1-${MAX_RUNS}.` })
  @Transform(({ value }) => value ?? DEFAULT_RUNS)
  @IntInRange('take', 1, MAX_RUNS)
  take: number;
}
