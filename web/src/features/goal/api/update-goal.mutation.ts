import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      title
      description
      owner
      startDate
      targetDate
      version
      parent {
        id
        title
      }
    }
  }
`);

export function useUpdateGoal() {
  return useMutation(UpdateGoalMutation, {
    // A new parent reshapes the tree.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'alignment' });
    },
  });
}
