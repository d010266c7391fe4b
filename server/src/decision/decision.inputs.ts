import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { ChangesOf, NotNullWhenGiven, OptionalText, RequiredId, RequiredText } from '../common/input-decorators';
import { DateScalar } from '../common/scalars';
import { DecisionStatus } from './decision-status';

/** At most this many initiatives or goals on one decision. */
export const MAX_DECISION_LINKS = 100;

const Links = (field: string) => (target: object, key: string) => {
  IsOptional()(target, key);
  ArrayMaxSize(MAX_DECISION_LINKS, { message: `${field} may name at most ${MAX_DECISION_LINKS}` })(target, key);
  IsUUID('all', { each: true, message: `${field} must hold valid ids` })(target, key);
};

/** Markdown text; blank is stored as empty. */
const Markdown = (field: string) => OptionalText(field, LIMITS.description);

@InputType({ description: 'A new decision record; it takes the next free number.' })
export class CreateDecisionInput {
  @Field({ description: `The decision in a line, at most ${LIMITS.title} characters; cannot be cleared.` })
  @RequiredText('title', LIMITS.title)
  title: string;

  @Field(() => DecisionStatus, { nullable: true, description: 'Default PROPOSED. SUPERSEDED is set by supersedeDecision.' })
  status?: DecisionStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was decided.' })
  decidedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided.' })
  @OptionalText('deciders', LIMITS.owner)
  deciders?: string | null;

  @Field(() => String, { nullable: true, description: 'The forces at play, Markdown.' })
  @Markdown('context')
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'What was decided, Markdown.' })
  @Markdown('decision')
  decision?: string | null;

  @Field(() => String, { nullable: true, description: 'What follows, Markdown.' })
  @Markdown('consequences')
  consequences?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The initiatives it bears on.' })
  @Links('initiativeIds')
  initiativeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The goals it bears on.' })
  @Links('goalIds')
  goalIds?: string[] | null;
}

@InputType({ description: 'Changes to a decision: an omitted field stays as it is; a list given replaces the links.' })
export class UpdateDecisionInput extends ChangesOf(OmitType(CreateDecisionInput, ['status'] as const)) {
  @Field(() => ID, { description: 'The decision to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => Int, { description: 'The version the change was made against; a stale one is a CONFLICT.' })
  version: number;

  @Field(() => DecisionStatus, { nullable: true, description: 'Where the record is; cannot be cleared.' })
  @NotNullWhenGiven('status')
  status?: DecisionStatus;
}
