import { Field, Float, ObjectType } from '@nestjs/graphql';
import { InitiativeModel } from '../initiative/initiative.model';
import { PeriodModel } from '../roadmap/roadmap.model';
import { TeamModel } from '../team/team.model';

@ObjectType('Allocation', { description: "One team's share of an initiative's effort; the shares of one initiative sum to 1." })
export class AllocationModel {
  @Field(() => TeamModel, { description: 'The team, one of the initiative’s own.' })
  team: TeamModel;

  @Field(() => Float, { description: 'Its share of the effort, 0..1.' })
  share: number;
}

@ObjectType('CapacityContribution', { description: 'What one initiative adds to one team in one quarter.' })
export class CapacityContributionModel {
  @Field(() => InitiativeModel, { description: 'The initiative.' })
  initiative: InitiativeModel;

  @Field(() => Float, { description: 'Engineer-weeks it adds to the cell (rounded to hundredths).' })
  weeks: number;

  @Field({ description: 'Whether it is PROPOSED work (counted in proposedWeeks), not committed load.' })
  proposed: boolean;
}

@ObjectType('CapacityCell', { description: 'One team in one fiscal quarter: its capacity against the load of its work.' })
export class CapacityCellModel {
  @Field({ description: 'The quarter, e.g. "FY2027-Q1".' })
  period: string;

  @Field(() => Float, { nullable: true, description: 'Engineer-weeks available; null when not set.' })
  capacityWeeks: number | null;

  @Field(() => Float, {
    description:
      'Committed load: PLANNED and IN_PROGRESS work, its effort split by allocation share and spread evenly over its days ' +
      '(end - start + 1); the part in this quarter (rounded to hundredths).',
  })
  loadWeeks: number;

  @Field(() => Float, { description: 'The same for PROPOSED work, counted apart.' })
  proposedWeeks: number;

  @Field(() => Float, { nullable: true, description: 'loadWeeks - capacityWeeks when positive, else null.' })
  overBy: number | null;

  @Field(() => [InitiativeModel], { description: 'What makes up the load (committed and proposed), most weeks first, then by key.' })
  initiatives: InitiativeModel[];

  @Field(() => [CapacityContributionModel], { description: 'The same initiatives with the weeks each adds, in the same order.' })
  contributions: CapacityContributionModel[];
}

@ObjectType('TeamCapacity', { description: 'One team across the quarters of a capacity plan.' })
export class TeamCapacityModel {
  @Field(() => TeamModel, { description: 'The team.' })
  team: TeamModel;

  @Field(() => [CapacityCellModel], { description: 'One cell per quarter of the plan, in order.' })
  cells: CapacityCellModel[];
}

@ObjectType('CapacityPlan', { description: 'Every team against its capacity, quarter by quarter.' })
export class CapacityPlanModel {
  @Field(() => [PeriodModel], { description: 'The fiscal quarters that cover [from, to], in order.' })
  periods: PeriodModel[];

  @Field(() => [TeamCapacityModel], { description: 'Every team, by key.' })
  teams: TeamCapacityModel[];
}
