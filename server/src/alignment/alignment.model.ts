import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GoalModel } from '../goal/goal.model';
import { InitiativeModel } from '../initiative/initiative.model';
import { TeamModel } from '../team/team.model';

@ObjectType('GoalAlignment', { description: 'A goal and the initiatives in the window that serve it.' })
export class GoalAlignmentModel {
  @Field(() => GoalModel, { description: 'The goal.' })
  goal: GoalModel;

  @Field(() => Int, { description: 'How deep it sits in the goal tree: 0 for a goal with no parent, 1 for its children, …' })
  depth: number;

  @Field(() => [InitiativeModel], {
    description: 'The initiatives in the window (not cancelled) that serve it, ordered by start date, then key.',
  })
  initiatives: InitiativeModel[];

  @Field(() => Float, { description: 'The summed effortWeeks of those initiatives; unestimated ones add nothing.' })
  effortWeeks: number;
}

@ObjectType('TeamGoalEffort', {
  description:
    'One cell of the team × goal effort matrix. Effort is attributed to the lead team; an initiative serving several goals counts in full under each.',
})
export class TeamGoalEffortModel {
  @Field(() => TeamModel, { nullable: true, description: 'The lead team; null for initiatives without one.' })
  team: TeamModel | null;

  @Field(() => GoalModel, { nullable: true, description: 'The goal served; null for initiatives serving no goal.' })
  goal: GoalModel | null;

  @Field(() => Float, { description: 'Summed effortWeeks of those initiatives; unestimated ones add nothing.' })
  effortWeeks: number;

  @Field(() => Int, { description: 'How many initiatives, estimated or not.' })
  initiativeCount: number;
}

@ObjectType('TeamAlignment', { description: 'How much of one lead team’s work in the window serves some goal.' })
export class TeamAlignmentModel {
  @Field(() => TeamModel, { nullable: true, description: 'The lead team; null for initiatives without one.' })
  team: TeamModel | null;

  @Field(() => Int, { description: 'Initiatives it leads in the window (not cancelled).' })
  initiativeCount: number;

  @Field(() => Int, { description: 'Those of them that serve at least one goal.' })
  alignedCount: number;

  @Field(() => Float, { description: 'Summed effortWeeks of its initiatives; unestimated ones add nothing.' })
  effortWeeks: number;

  @Field(() => Float, { description: 'Summed effortWeeks of those that serve at least one goal.' })
  alignedEffortWeeks: number;

  @Field(() => Float, { description: 'Aligned share of its initiatives, 0..1, by the same rule as Alignment.alignedShare.' })
  alignedShare: number;
}

@ObjectType('Alignment', { description: 'Which initiatives in a window serve which goals, and how much of the work serves none.' })
export class AlignmentModel {
  @Field(() => [GoalAlignmentModel], {
    description:
      'Every goal, as a tree in depth-first order: goals with no parent by title, each followed by its children by title. ' +
      'Goals with no initiative in the window are included, with none.',
  })
  goals: GoalAlignmentModel[];

  @Field(() => [InitiativeModel], {
    description: 'Initiatives in the window (not cancelled) that serve no goal, ordered by start date, then key.',
  })
  unaligned: InitiativeModel[];

  @Field(() => Float, {
    description:
      'Aligned / all initiatives in the window (not cancelled), 0..1: weighted by effortWeeks when every one has an estimate ' +
      '(and they do not all estimate 0), else by count; 0 when there are none.',
  })
  alignedShare: number;

  @Field({ description: 'Whether alignedShare is weighted by effortWeeks (true) or counts initiatives (false).' })
  effortWeighted: boolean;

  @Field(() => [TeamGoalEffortModel], {
    description:
      'The team × goal effort matrix, non-empty cells only: teams by name (no team last), goals in the order of `goals` (no goal last).',
  })
  effortMatrix: TeamGoalEffortModel[];

  @Field(() => [TeamAlignmentModel], { description: 'Per lead team, how much of its work serves a goal: teams by name, no team last.' })
  teams: TeamAlignmentModel[];
}
