import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars';
import { InitiativeModel } from '../initiative/initiative.model';

@ObjectType('Forecast', {
  description:
    "When an initiative is forecast to run, its own expected end (latest check-in's expectedEndDate, else endDate) carried " +
    "through its blockers' forecasts with the roadmap's conflict rule.",
})
export class ForecastModel {
  @Field(() => DateScalar, { nullable: true, description: 'Forecast first day; null for undated work.' })
  startDate: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Forecast last day; null for undated work.' })
  endDate: string | null;

  @Field(() => Int, { description: 'Forecast end minus endDate, in days (0 without an endDate).' })
  slipDays: number;

  /** The ids of the chain that pushes it (OrgForecast.causesOf); the `causes` field loads them when asked. */
  causeIds: string[];
}

@ObjectType('GoalForecast', { description: 'Whether the work serving a goal is forecast to end after its target date.' })
export class GoalForecastModel {
  @Field({ description: 'Some work serving it (cancelled work aside) is forecast to end after its targetDate.' })
  atRisk: boolean;

  @Field(() => Int, { description: 'Latest forecast end of its work minus targetDate, when positive, else 0.' })
  slipDays: number;

  @Field(() => [InitiativeModel], {
    description: 'The chain from the first slip up to and including its latest-ending work; empty when not at risk.',
  })
  causes: InitiativeModel[];
}
