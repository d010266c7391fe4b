import { DataSource } from 'typeorm';
import { groupedBy, sortedLists } from '../common/loaders';
import { compareBySeverity } from './risk-order';
import { RiskEntity } from './risk.entity';

/** The risk feature's DataLoaders for one request (composed in graphql-context.ts); most severe first. */
export function createRiskLoaders(dataSource: DataSource) {
  const risks = dataSource.getRepository(RiskEntity);
  return {
    risksOfInitiative: sortedLists(groupedBy(risks, 'initiativeId', { createdAt: 'ASC' }), compareBySeverity),
    risksOfGoal: sortedLists(groupedBy(risks, 'goalId', { createdAt: 'ASC' }), compareBySeverity),
  };
}
