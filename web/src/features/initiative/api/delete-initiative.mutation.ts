import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DeleteInitiativeMutation = graphql(`
  mutation DeleteInitiative($id: ID!) {
    deleteInitiative(id: $id)
  }
`);

export function useDeleteInitiative(id: string) {
  return useMutation(DeleteInitiativeMutation, {
    variables: { id },
    // Lists and links that held it (dependencies of others, team and goal lists) reload.
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'Initiative', id }) });
      for (const fieldName of ['roadmap', 'alignment', 'initiatives', 'teams', 'risks']) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });
}
