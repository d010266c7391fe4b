import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateInitiativeMutation = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      ...InitiativeFields
    }
  }
`);

export function useCreateInitiative() {
  return useMutation(CreateInitiativeMutation, {
    // The roadmap, alignment and every initiative list on screen reload with the new one.
    update: (cache) => {
      for (const fieldName of ['roadmap', 'alignment', 'initiatives', 'teams']) cache.evict({ id: 'ROOT_QUERY', fieldName });
    },
  });
}
