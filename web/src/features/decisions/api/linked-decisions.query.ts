import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const InitiativeDecisionsQuery = graphql(`
  query InitiativeDecisions($id: ID!) {
    initiative(id: $id) {
      id
      decisions {
        ...DecisionSummary
      }
    }
  }
`);

export const GoalDecisionsQuery = graphql(`
  query GoalDecisions($id: ID!) {
    goal(id: $id) {
      id
      decisions {
        ...DecisionSummary
      }
    }
  }
`);

/** The decisions linked to an initiative or a goal. */
export function useLinkedDecisions(link: { initiativeId?: string; goalId?: string }) {
  const ofInitiative = useQuery(InitiativeDecisionsQuery, { variables: { id: link.initiativeId ?? '' }, skip: !link.initiativeId });
  const ofGoal = useQuery(GoalDecisionsQuery, { variables: { id: link.goalId ?? '' }, skip: !link.goalId });
  const result = link.initiativeId ? ofInitiative : ofGoal;
  const decisions = (link.initiativeId ? ofInitiative.data?.initiative?.decisions : ofGoal.data?.goal?.decisions) ?? [];
  return { decisions, loading: result.loading, error: result.error };
}
