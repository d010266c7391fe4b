import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RiskStatus } from '../common/graphql-enums';

@ObjectType('Risk', { description: 'Something that may go wrong, attached to an initiative or a goal.' })
export class RiskModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'What may happen, in a line.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More detail, Markdown.' })
  description: string | null;

  @Field(() => Int, { description: 'How likely, 1 (rare) to 5 (almost certain).' })
  likelihood: number;

  @Field(() => Int, { description: 'How bad if it happens, 1 (minor) to 5 (severe).' })
  impact: number;

  @Field(() => Int, { description: 'likelihood × impact, 1..25.' })
  severity: number;

  @Field(() => RiskStatus, { description: 'Where its handling is.' })
  status: RiskStatus;

  @Field(() => String, { nullable: true, description: 'Who watches it.' })
  owner: string | null;

  @Field(() => String, { nullable: true, description: 'The plan to reduce likelihood or impact.' })
  mitigation: string | null;

  @Field(() => Int, { description: 'Increases on every change; send it back with an update to detect concurrent edits.' })
  version: number;

  initiativeId: string | null;
  goalId: string | null;
}
