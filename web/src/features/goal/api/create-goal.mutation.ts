import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      title
      parent {
        id
      }
    }
  }
`);

export function useCreateGoal() {
  return useMutation(CreateGoalMutation, {
    // Goal lists, the alignment tree and the parent's children all gain the new goal.
    update: (cache, { data }) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'goals' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'alignment' });
      const parent = data?.createGoal.parent;
      if (parent) cache.evict({ id: cache.identify({ __typename: 'Goal', id: parent.id }), fieldName: 'children' });
    },
  });
}
