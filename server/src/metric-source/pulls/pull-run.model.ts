import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';
import { PullRunStatus } from '../metric-source.enums';

@ObjectType('PullRun', { description: "One pull of a bound metric's query from its source." })
export class PullRunModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => PullRunStatus, { description: 'QUEUED, RUNNING, SUCCEEDED or FAILED.' })
  status: PullRunStatus;

  @Field(() => DateTimeScalar, { description: 'When it was asked for.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a process started it.' })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ended, either way.' })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Measurements written (one per day; a day pulled again is replaced, not added).' })
  points: number;

  @Field(() => String, { nullable: true, description: 'For FAILED: what went wrong, in words a user can act on.' })
  error: string | null;
}
