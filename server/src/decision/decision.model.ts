import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars';
import { DecisionStatus } from './decision-status';

export { DecisionStatus };

@ObjectType('Decision', { description: 'An architecture decision record (ADR): what was decided, why, and what follows.' })
export class DecisionModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Int, { description: 'Its number: ADR-0001 is 1; unique.' })
  number: number;

  @Field({ description: 'The decision in a line.' })
  title: string;

  @Field(() => DecisionStatus, { description: 'Where the record is in its life.' })
  status: DecisionStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When it was decided.' })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided, as written (names, a team).' })
  deciders: string | null;

  @Field({ description: 'The forces at play and the problem, Markdown.' })
  context: string;

  @Field({ description: 'What was decided, Markdown.' })
  decision: string;

  @Field({ description: 'What follows from it, good and bad, Markdown.' })
  consequences: string;

  @Field(() => Int, { description: 'Increases on every change; send it back with an update to detect concurrent edits.' })
  version: number;

  supersededById: string | null;
}
