import DataLoader from 'dataloader';
import { DataSource, ObjectLiteral } from 'typeorm';
import { byId, groupedBy, linked, sortedLists } from '../common/loaders';
import { GoalEntity } from '../goal/goal.entity';
import { MetricEntity } from '../metric/metric.entity';
import { TeamEntity } from '../team/team.entity';
import { compareByStartThenKey } from './initiative-order';
import { DependencyEntity, InitiativeGoalEntity, InitiativeMetricEntity, InitiativeTeamEntity } from './initiative-links.entity';
import { InitiativeEntity } from './initiative.entity';

/** The other features' row loaders that the initiative's links lead to, from the same request. */
export interface LinkedRowLoaders {
  team: DataLoader<string, TeamEntity | null>;
  goal: DataLoader<string, GoalEntity | null>;
  metric: DataLoader<string, MetricEntity | null>;
}

/**
 * The initiative feature's DataLoaders for one request (composed in graphql-context.ts). Lists of
 * initiatives come ordered by start date (undated last), then key.
 */
export function createInitiativeLoaders(dataSource: DataSource, rows: LinkedRowLoaders) {
  const repo = <T extends ObjectLiteral>(entity: new () => T) => dataSource.getRepository(entity);
  const initiative = byId(repo(InitiativeEntity));
  const initiatives = <L extends ObjectLiteral>(links: DataLoader<string, L[]>, target: keyof L & string) =>
    sortedLists(linked<L, InitiativeEntity>(links, target, initiative), compareByStartThenKey);
  return {
    initiative,
    teamsOfInitiative: linked(groupedBy(repo(InitiativeTeamEntity), 'initiativeId'), 'teamId', rows.team),
    goalsOfInitiative: linked(groupedBy(repo(InitiativeGoalEntity), 'initiativeId'), 'goalId', rows.goal),
    metricsOfInitiative: linked(groupedBy(repo(InitiativeMetricEntity), 'initiativeId'), 'metricId', rows.metric),
    initiativesOfTeam: initiatives(groupedBy(repo(InitiativeTeamEntity), 'teamId'), 'initiativeId'),
    initiativesOfGoal: initiatives(groupedBy(repo(InitiativeGoalEntity), 'goalId'), 'initiativeId'),
    initiativesOfMetric: initiatives(groupedBy(repo(InitiativeMetricEntity), 'metricId'), 'initiativeId'),
    blockersOf: initiatives(groupedBy(repo(DependencyEntity), 'dependentId'), 'blockerId'),
    dependentsOf: initiatives(groupedBy(repo(DependencyEntity), 'blockerId'), 'dependentId'),
  };
}
