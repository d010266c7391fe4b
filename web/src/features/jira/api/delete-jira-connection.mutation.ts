import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DeleteJiraConnectionMutation = graphql(`
  mutation DeleteJiraConnection($id: ID!) {
    deleteJiraConnection(id: $id)
  }
`);

export function useDeleteJiraConnection(id: string) {
  return useMutation(DeleteJiraConnectionMutation, {
    variables: { id },
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'JiraConnection', id }) });
      cache.gc();
    },
  });
}
