import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const JiraConnectionsQuery = graphql(`
  query JiraConnections {
    jiraConnections {
      ...JiraConnectionFields
    }
  }
`);

export function useJiraConnections() {
  return useQuery(JiraConnectionsQuery);
}
