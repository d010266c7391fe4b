import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { ArrayMaxSize, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Health, InitiativeStatus } from '../common/graphql-enums';
import { ChangesOf, NotNullWhenGiven, OptionalId, OptionalText, RequiredId, RequiredText } from '../common/input-decorators';
import { DateScalar } from '../common/scalars';

/** The most ids one link list may carry; far above real use, it bounds the work of one request. */
export const MAX_LINKS = 200;
const MAX_EFFORT_WEEKS = 100_000;

const EffortWeeks = () =>
  applyDecorators(
    IsOptional(),
    Min(0, { message: 'effortWeeks must not be negative' }),
    Max(MAX_EFFORT_WEEKS, { message: `effortWeeks must be at most ${MAX_EFFORT_WEEKS}` }),
  );

const OptionalIds = (field: string) =>
  applyDecorators(
    IsOptional(),
    ArrayMaxSize(MAX_LINKS, { message: `${field} must have at most ${MAX_LINKS} ids` }),
    IsUUID('all', { each: true, message: `${field} must contain only valid ids` }),
  );

@InputType({ description: 'Narrows a list of initiatives; every given criterion must hold. Omitted or empty lists do not narrow.' })
export class InitiativeFilter {
  @Field(() => [ID], { nullable: true, description: 'Initiatives that any of these teams leads or contributes to.' })
  teamIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Initiatives that serve any of these goals.' })
  goalIds?: string[] | null;

  @Field(() => [InitiativeStatus], { nullable: true, description: 'Initiatives in any of these statuses.' })
  statuses?: InitiativeStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive text found in the key or the title.' })
  search?: string | null;
}

@InputType({ description: 'A new initiative.' })
export class CreateInitiativeInput {
  @Field({ description: 'What the work is, in a line; cannot be cleared.' })
  @RequiredText('title', LIMITS.title)
  title: string;

  @Field(() => String, { nullable: true, description: 'Longer description, Markdown.' })
  @OptionalText('description', LIMITS.description)
  description?: string | null;

  @Field(() => InitiativeStatus, { nullable: true, description: 'Where the work is in its life; default PROPOSED.' })
  status?: InitiativeStatus | null;

  @Field(() => Health, { nullable: true, description: 'Whether it is on course; default ON_TRACK.' })
  health?: Health | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the work.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the work, inclusive; not before startDate.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Who is accountable for it.' })
  @OptionalText('owner', LIMITS.owner)
  owner?: string | null;

  @Field(() => Float, { nullable: true, description: 'Estimated engineer-weeks, 0 or more.' })
  @EffortWeeks()
  effortWeeks?: number | null;

  @Field(() => ID, { nullable: true, description: 'The team that leads the work; it is always one of `teams`. Null: no lead.' })
  @OptionalId('leadTeamId')
  leadTeamId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Contributing teams; the lead team is always among them. A given list replaces the current one; null or [] leaves only the lead.',
  })
  @OptionalIds('teamIds')
  teamIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Goals the work serves; a given list replaces the current one, null or [] clears it.' })
  @OptionalIds('goalIds')
  goalIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Metrics the work is meant to move; a given list replaces the current one, null or [] clears it.',
  })
  @OptionalIds('metricIds')
  metricIds?: string[] | null;
}

@InputType({ description: 'Changes to an initiative: an omitted field stays as it is; an explicit null clears one that can be cleared.' })
export class UpdateInitiativeInput extends ChangesOf(OmitType(CreateInitiativeInput, ['status', 'health'] as const)) {
  @Field(() => ID, { description: 'The initiative to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => Int, { description: 'The version you loaded; a stale one is rejected with CONFLICT.' })
  version: number;

  @Field(() => InitiativeStatus, { nullable: true, description: 'Where the work is in its life; cannot be cleared.' })
  @NotNullWhenGiven('status')
  status?: InitiativeStatus;

  @Field(() => Health, { nullable: true, description: 'Whether it is on course; cannot be cleared.' })
  @NotNullWhenGiven('health')
  health?: Health;
}
