import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateBaselineMutation = graphql(`
  mutation CreateBaseline($name: String!) {
    createBaseline(name: $name) {
      id
      name
      createdAt
      initiativeCount
    }
  }
`);

export function useCreateBaseline() {
  return useMutation(CreateBaselineMutation, {
    // The picker's list reloads with the new one.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'baselines' });
    },
  });
}
