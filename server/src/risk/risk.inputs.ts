import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { IsOptional } from 'class-validator';
import { RiskStatus } from '../common/graphql-enums';
import {
  ChangesOf,
  IntInRange,
  NotNull,
  NotNullWhenGiven,
  OptionalId,
  OptionalText,
  RequiredId,
  RequiredText,
} from '../common/input-decorators';

/** A score from 1 to 5; cannot be cleared. */
const Score = (field: string) => applyDecorators(NotNull(field), IntInRange(field, 1, 5));

@InputType({ description: 'A new risk, attached to an initiative, a goal, or both.' })
export class CreateRiskInput {
  @Field({ description: `What may happen, at most ${LIMITS.title} characters; cannot be cleared.` })
  @RequiredText('title', LIMITS.title)
  title: string;

  @Field(() => String, { nullable: true, description: 'More detail, Markdown.' })
  @OptionalText('description', LIMITS.description)
  description?: string | null;

  @Field(() => Int, { description: 'How likely, 1 (rare) to 5 (almost certain); cannot be cleared.' })
  @Score('likelihood')
  likelihood: number;

  @Field(() => Int, { description: 'How bad if it happens, 1 (minor) to 5 (severe); cannot be cleared.' })
  @Score('impact')
  impact: number;

  @Field(() => RiskStatus, { nullable: true, description: 'Where its handling is; default OPEN.' })
  status?: RiskStatus | null;

  @Field(() => String, { nullable: true, description: 'Who watches it.' })
  @OptionalText('owner', LIMITS.owner)
  owner?: string | null;

  @Field(() => String, { nullable: true, description: 'The plan to reduce likelihood or impact.' })
  @OptionalText('mitigation', LIMITS.description)
  mitigation?: string | null;

  @Field(() => ID, { nullable: true, description: 'The initiative at risk; null: none.' })
  @OptionalId('initiativeId')
  initiativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The goal at risk; null: none.' })
  @OptionalId('goalId')
  goalId?: string | null;
}

@InputType({ description: 'Changes to a risk: an omitted field stays as it is; null clears one that can be cleared.' })
export class UpdateRiskInput extends ChangesOf(OmitType(CreateRiskInput, ['status'] as const)) {
  @Field(() => ID, { description: 'The risk to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => Int, { description: 'The version the change was made against; a stale one is a CONFLICT.' })
  version: number;

  @Field(() => RiskStatus, { nullable: true, description: 'Where its handling is; cannot be cleared.' })
  @NotNullWhenGiven('status')
  status?: RiskStatus;
}

@InputType({ description: 'Which risks to list; every given criterion must hold.' })
export class RiskFilter {
  @Field(() => ID, { nullable: true, description: 'Only risks to this initiative.' })
  @OptionalId('initiativeId')
  initiativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only risks to this goal.' })
  @OptionalId('goalId')
  goalId?: string | null;

  @Field(() => [RiskStatus], { nullable: true, description: 'Only risks in one of these statuses.' })
  statuses?: RiskStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Only risks at least this severe, 1..25.' })
  @IsOptional()
  @IntInRange('minSeverity', 1, 25)
  minSeverity?: number | null;
}
