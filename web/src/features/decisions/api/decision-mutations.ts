import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateDecisionMutation = graphql(`
  mutation CreateDecision($input: CreateDecisionInput!) {
    createDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

export const UpdateDecisionMutation = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

export const SupersedeDecisionMutation = graphql(`
  mutation SupersedeDecision($id: ID!, $byId: ID!) {
    supersedeDecision(id: $id, byId: $byId) {
      ...DecisionFields
    }
  }
`);

// Lists (the decisions page, the panels) show the change when they are next shown.
const refetchQueries = ['Decisions', 'InitiativeDecisions', 'GoalDecisions'];

export function useCreateDecision() {
  return useMutation(CreateDecisionMutation, { refetchQueries });
}

export function useUpdateDecision() {
  return useMutation(UpdateDecisionMutation, { refetchQueries });
}

export function useSupersedeDecision() {
  return useMutation(SupersedeDecisionMutation, { refetchQueries });
}
