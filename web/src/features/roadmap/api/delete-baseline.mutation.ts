import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DeleteBaselineMutation = graphql(`
  mutation DeleteBaseline($id: ID!) {
    deleteBaseline(id: $id)
  }
`);

export function useDeleteBaseline(id: string) {
  return useMutation(DeleteBaselineMutation, {
    variables: { id },
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'baselines' });
      cache.evict({ id: cache.identify({ __typename: 'Baseline', id }) });
    },
  });
}
