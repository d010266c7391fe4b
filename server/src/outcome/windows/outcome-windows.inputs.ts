import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IntInRange, RequiredId } from '../../common/input-decorators';
import { WINDOW_LIMITS } from './link-windows';

const Length = (field: keyof typeof WINDOW_LIMITS) =>
  applyDecorators(IsOptional(), IntInRange(field, WINDOW_LIMITS[field].min, WINDOW_LIMITS[field].max));

@InputType({
  description:
    'The outcome windows of one initiative-metric link, for effects that lag: each length null (or omitted) goes back to the default.',
})
export class SetOutcomeWindowsInput {
  @Field(() => ID, { description: 'The initiative.' })
  @RequiredId('initiativeId')
  initiativeId: string;

  @Field(() => ID, { description: 'A metric the initiative should move.' })
  @RequiredId('metricId')
  metricId: string;

  @Field(() => Int, { description: 'The initiative’s version you loaded; a stale one is rejected with CONFLICT.' })
  version: number;

  @Field(() => Int, {
    nullable: true,
    description: `Days of the pre window before the work (${WINDOW_LIMITS.preDays.min}–${WINDOW_LIMITS.preDays.max}; default 56).`,
  })
  @Length('preDays')
  preDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Settle days after the work before the post window (${WINDOW_LIMITS.settleDays.min}–${WINDOW_LIMITS.settleDays.max}; default 14).`,
  })
  @Length('settleDays')
  settleDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days of the post window (${WINDOW_LIMITS.postDays.min}–${WINDOW_LIMITS.postDays.max}; default 56).`,
  })
  @Length('postDays')
  postDays?: number | null;
}
