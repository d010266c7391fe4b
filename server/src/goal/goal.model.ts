import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars';

@ObjectType('Goal', { description: 'A business goal or outcome; goals form a tree (company goal → department goal).' })
export class GoalModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'The outcome, e.g. "Reduce monthly churn to 4.7%".' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Why it matters, Markdown.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Who is accountable for it.' })
  owner: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the time window.' })
  startDate: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it should be reached; not before startDate.' })
  targetDate: string | null;

  @Field(() => Int, { description: 'Increases on every change; send it back with an update to detect concurrent edits.' })
  version: number;

  parentId: string | null;
}
