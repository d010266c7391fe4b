import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      key
      name
    }
  }
`);

export function useCreateTeam() {
  return useMutation(CreateTeamMutation, {
    // Every list of teams (this page, pickers, roadmap filters) reloads with the new one.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'teams' });
    },
  });
}
