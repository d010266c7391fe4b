import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SyncJiraConnectionMutation = graphql(`
  mutation SyncJiraConnection($id: ID!, $full: Boolean!) {
    syncJiraConnection(id: $id, full: $full) {
      ...SyncRunFields
    }
  }
`);

// The queued run joins the connection's history at once; polling takes it from there.
export function useSyncJiraConnection() {
  return useMutation(SyncJiraConnectionMutation, { refetchQueries: ['JiraConnections'] });
}
