import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateJiraConnectionMutation = graphql(`
  mutation CreateJiraConnection($input: CreateJiraConnectionInput!) {
    createJiraConnection(input: $input) {
      ...JiraConnectionFields
    }
  }
`);

export function useCreateJiraConnection() {
  return useMutation(CreateJiraConnectionMutation, { refetchQueries: ['JiraConnections'] });
}
