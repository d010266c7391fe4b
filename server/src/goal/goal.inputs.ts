import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { ChangesOf, OptionalId, OptionalText, RequiredId, RequiredText } from '../common/input-decorators';
import { DateScalar } from '../common/scalars';

@InputType({ description: 'A new goal.' })
export class CreateGoalInput {
  @Field({ description: `The outcome, at most ${LIMITS.title} characters; cannot be cleared.` })
  @RequiredText('title', LIMITS.title)
  title: string;

  @Field(() => String, { nullable: true, description: 'Why it matters, Markdown.' })
  @OptionalText('description', LIMITS.description)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Who is accountable for it.' })
  @OptionalText('owner', LIMITS.owner)
  owner?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The goal this one contributes to, never itself nor one below it; null makes it a root goal.',
  })
  @OptionalId('parentId')
  parentId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the time window.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it should be reached; not before startDate.' })
  targetDate?: string | null;
}

@InputType({ description: 'Changes to a goal: an omitted field stays as it is; null clears one that can be cleared.' })
export class UpdateGoalInput extends ChangesOf(CreateGoalInput) {
  @Field(() => ID, { description: 'The goal to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => Int, { description: 'The version the change was made against; a stale one is a CONFLICT.' })
  version: number;
}
