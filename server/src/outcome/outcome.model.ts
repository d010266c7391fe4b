import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars';

/** The contract's OutcomeVerdict: the verdict module's, plus NOT_DONE for work not done yet. */
export enum OutcomeVerdictValue {
  NOT_DONE = 'NOT_DONE',
  VERIFYING = 'VERIFYING',
  IMPROVED = 'IMPROVED',
  NO_CLEAR_EFFECT = 'NO_CLEAR_EFFECT',
  WORSENED = 'WORSENED',
  NOT_ENOUGH_DATA = 'NOT_ENOUGH_DATA',
}

registerEnumType(OutcomeVerdictValue, {
  name: 'OutcomeVerdict',
  description:
    'Whether work moved its metric: NOT_DONE (the work is not done), VERIFYING (the post window has not ended), IMPROVED / WORSENED (moved beyond its noise and prior trend, in the good / bad direction), NO_CLEAR_EFFECT, NOT_ENOUGH_DATA (fewer than 6 measurements in a window).',
});

@ObjectType('OutcomePoint', { description: 'One day of a metric on an outcome’s chart (observed: the day’s mean).' })
export class OutcomePointModel {
  @Field(() => DateScalar, { description: 'The UTC day.' })
  date: string;

  @Field(() => Float, { description: 'In the metric’s unit.' })
  value: number;
}

@ObjectType('Outcome', {
  description: 'One (initiative, metric it should move) pair, judged after the work is done (docs/outcome-method.md).',
})
export class OutcomeModel {
  initiativeId: string;
  metricId: string;
  overlappingIds: string[];

  @Field(() => OutcomeVerdictValue, { description: 'The verdict.' })
  verdict: OutcomeVerdictValue;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the pre window (UTC, inclusive); null without work dates.' })
  preFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the pre window.' })
  preTo: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the post window (after the settle time).' })
  postFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the post window.' })
  postTo: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Estimated change in the metric’s unit beyond its prior trend: the post window’s mean of observed minus counterfactual.',
  })
  effect: number | null;

  @Field(() => Float, { nullable: true, description: 'Low end of the effect’s 95% interval.' })
  effectLow: number | null;

  @Field(() => Float, { nullable: true, description: 'High end of the effect’s 95% interval.' })
  effectHigh: number | null;

  @Field(() => Float, { nullable: true, description: 'effect / (target - baseline): how much of the way to target it closed.' })
  shareOfGap: number | null;

  @Field({ description: 'One sentence a product manager can read.' })
  explanation: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day of the stretch the trend is learnt from (up to 26 weeks before the work, where there is data).',
  })
  trendFrom: string | null;

  @Field(() => Int, { nullable: true, description: 'Measurements in the pre window; null when not judged.' })
  prePoints: number | null;

  @Field(() => Int, { nullable: true, description: 'Measurements in the post window so far; null when not judged.' })
  postPoints: number | null;

  @Field(() => Int, { description: 'Days of the pre window in force (the link’s own or the default 56).' })
  preDays: number;

  @Field(() => Int, { description: 'Settle days between the end of the work and the post window (the link’s own or the default 14).' })
  settleDays: number;

  @Field(() => Int, { description: 'Days of the post window in force (the link’s own or the default 56).' })
  postDays: number;

  @Field({ description: 'Whether this initiative-metric link sets its own windows (setOutcomeWindows).' })
  customWindows: boolean;

  @Field(() => [OutcomePointModel], {
    description: 'The metric’s daily means from trendFrom to postTo, the days with measurements (empty until the work is done).',
  })
  observed: OutcomePointModel[];

  @Field(() => [OutcomePointModel], {
    description: 'The model’s expectation without the work, one point a day from preFrom to postTo (empty when no trend could be learnt).',
  })
  counterfactual: OutcomePointModel[];
}
