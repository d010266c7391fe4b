import { DataSource } from 'typeorm';
import { byId, groupedBy } from '../common/loaders';
import { GoalEntity } from './goal.entity';

/** The goal feature's DataLoaders for one request (composed in graphql-context.ts). */
export function createGoalLoaders(dataSource: DataSource) {
  const goals = dataSource.getRepository(GoalEntity);
  return {
    goal: byId(goals),
    childGoals: groupedBy(goals, 'parentId', { title: 'ASC' }),
  };
}
