import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateInitiativeDetailsMutation = graphql(`
  mutation UpdateInitiativeDetails($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      ...InitiativeFields
    }
  }
`);

export function useUpdateInitiativeDetails() {
  return useMutation(UpdateInitiativeDetailsMutation, {
    // Dates, teams and goals decide roadmap lanes and alignment; those views reload when next shown.
    // A team that left takes its share with it (the server rescales the rest): the effort split reloads.
    update: (cache, { data }) => {
      for (const fieldName of ['roadmap', 'alignment', 'initiatives']) cache.evict({ id: 'ROOT_QUERY', fieldName });
      if (data) cache.evict({ id: cache.identify(data.updateInitiative), fieldName: 'allocations' });
    },
  });
}
