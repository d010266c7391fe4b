import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateJiraConnectionMutation = graphql(`
  mutation UpdateJiraConnection($input: UpdateJiraConnectionInput!) {
    updateJiraConnection(input: $input) {
      ...JiraConnectionFields
    }
  }
`);

// The answer refreshes the cached connection; the list is reloaded because it is ordered by name.
export function useUpdateJiraConnection() {
  return useMutation(UpdateJiraConnectionMutation, { refetchQueries: ['JiraConnections'] });
}
