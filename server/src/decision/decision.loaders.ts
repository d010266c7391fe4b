import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byId, groupedBy, linked, sortedLists } from '../common/loaders';
import { GoalEntity } from '../goal/goal.entity';
import { compareByStartThenKey } from '../initiative/initiative-order';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { DecisionEntity, DecisionGoalEntity, DecisionInitiativeEntity } from './decision.entity';

/** The other features' row loaders that a decision's links lead to, from the same request. */
export interface DecisionLinkedLoaders {
  initiative: DataLoader<string, InitiativeEntity | null>;
  goal: DataLoader<string, GoalEntity | null>;
}

const byNumber = (a: DecisionEntity, b: DecisionEntity) => a.number - b.number;

/**
 * The decision feature's DataLoaders for one request (composed in graphql-context.ts): a list of
 * initiatives' or goals' decisions costs one query for the links and one for the decisions.
 * Decisions come in number order.
 */
export function createDecisionLoaders(dataSource: DataSource, rows: DecisionLinkedLoaders) {
  const decisions = dataSource.getRepository(DecisionEntity);
  const initiativeLinks = dataSource.getRepository(DecisionInitiativeEntity);
  const goalLinks = dataSource.getRepository(DecisionGoalEntity);
  const decision = byId(decisions);
  return {
    decision,
    decisionsOfInitiative: sortedLists(linked(groupedBy(initiativeLinks, 'initiativeId'), 'decisionId', decision), byNumber),
    decisionsOfGoal: sortedLists(linked(groupedBy(goalLinks, 'goalId'), 'decisionId', decision), byNumber),
    initiativesOfDecision: sortedLists(
      linked(groupedBy(initiativeLinks, 'decisionId'), 'initiativeId', rows.initiative),
      compareByStartThenKey,
    ),
    goalsOfDecision: sortedLists(linked(groupedBy(goalLinks, 'decisionId'), 'goalId', rows.goal), (a, b) => a.title.localeCompare(b.title)),
    supersededDecisions: groupedBy(decisions, 'supersededById', { number: 'ASC' }),
  };
}
