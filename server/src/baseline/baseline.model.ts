import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar } from '../common/scalars';

@ObjectType('Baseline', { description: "A saved copy of every initiative's dates, to see what has slipped since." })
export class BaselineModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'What it stands for, e.g. "FY2027-Q1 plan as agreed".' })
  name: string;

  @Field(() => DateTimeScalar, { description: 'When it was saved.' })
  createdAt: Date;

  @Field(() => Int, { description: 'How many initiatives it holds (those deleted since drop out).' })
  initiativeCount: number;

  createdById: string;
}

@ObjectType('BaselineDates', { description: "An initiative's dates in a baseline, and how far its end has slipped since." })
export class BaselineDatesModel {
  @Field(() => DateScalar, { nullable: true, description: 'Its start date when the baseline was saved.' })
  startDate: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Its end date when the baseline was saved.' })
  endDate: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Current end minus baseline end, in days (later is positive); null when either is missing.',
  })
  slipDays: number | null;
}
