import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars';
import { InitiativeModel } from '../initiative/initiative.model';

@ObjectType('Period', { description: 'A fiscal period (quarter, half or year); the fiscal-year start month is a server setting.' })
export class PeriodModel {
  @Field({ description: 'Its name, e.g. "FY2027-Q1"; fiscal years are named after the calendar year in which they end.' })
  label: string;

  @Field(() => DateScalar, { description: 'First day.' })
  start: string;

  @Field(() => DateScalar, { description: 'Last day, inclusive.' })
  end: string;
}

@ObjectType('RoadmapLane', { description: 'One row of a roadmap: the initiatives of one team, goal or status.' })
export class RoadmapLaneModel {
  @Field({ description: 'The team id, goal id or status name the lane stands for, or "none" for initiatives with no team / no goal.' })
  key: string;

  @Field({ description: 'What to show as the lane heading: team name, goal title, status in words, or e.g. "No team".' })
  title: string;

  @Field(() => [InitiativeModel], { description: 'Its initiatives, ordered by start date, then key.' })
  initiatives: InitiativeModel[];

  @Field(() => [Int], {
    description:
      'Its initiatives as positions in `Roadmap.bars` (0-based), in the order of `initiatives`: the compact shape, ' +
      'where an initiative is sent once however many lanes it is in.',
  })
  barIndexes: number[];
}

@ObjectType('RoadmapDependency', { description: 'A dependency between two initiatives that are both on the roadmap.' })
export class RoadmapDependencyModel {
  @Field(() => InitiativeModel, { description: 'The initiative that waits.' })
  dependent: InitiativeModel;

  @Field(() => InitiativeModel, { description: 'The initiative it waits for.' })
  blocker: InitiativeModel;

  @Field({
    description:
      'Whether the schedule clashes: the blocker ends after the dependent starts. ' +
      'An initiative with a single date counts as lasting that one day.',
  })
  conflict: boolean;
}

@ObjectType('Roadmap', { description: 'The initiatives that overlap a window of time, in lanes, with their dependencies.' })
export class RoadmapModel {
  @Field(() => DateScalar, { description: 'First day of the window.' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day of the window, inclusive.' })
  to: string;

  @Field(() => [PeriodModel], { description: 'The fiscal quarters that together cover [from, to], in order.' })
  periods: PeriodModel[];

  @Field(() => [RoadmapLaneModel], {
    description:
      'Initiatives whose [startDate, endDate] overlaps [from, to], grouped as asked. Undated initiatives are not on a roadmap; ' +
      'one with a single date counts as lasting that one day.',
  })
  lanes: RoadmapLaneModel[];

  @Field(() => [RoadmapDependencyModel], {
    description: 'The dependencies among the initiatives on this roadmap, by dependent, then blocker (each in the order of `bars`).',
  })
  dependencies: RoadmapDependencyModel[];

  // The compact shape: each initiative once (`bars`), lanes and dependencies as positions in it, each
  // lead team once (`leadTeams`, by `Initiative.leadTeamId`). Same content as `lanes` and
  // `dependencies`, in less than half the bytes and with a fraction of the objects to resolve.

  @Field(() => [InitiativeModel], {
    description:
      'Every initiative on this roadmap once, ordered by start date, then key; `RoadmapLane.barIndexes` and ' +
      '`dependencyIndexes` point into it. Ask `leadTeamId` of them and the teams once in `leadTeams`.',
  })
  bars: InitiativeModel[];

  @Field(() => [Int], {
    description:
      'The dependencies as positions in `bars`, two numbers per dependency (dependent, then blocker), in the order of ' +
      '`dependencies`; the conflict flags are in `dependencyConflicts`.',
  })
  dependencyIndexes: number[];

  @Field(() => [Boolean], { description: 'The conflict flag of each dependency, in the order of `dependencies`.' })
  dependencyConflicts: boolean[];
}
