import { graphql } from '../../../gql';

// The page shows the latest run as the connection's status and the rest as its history.
export const JiraConnectionFieldsFragment = graphql(`
  fragment JiraConnectionFields on JiraConnection {
    id
    name
    baseUrl
    email
    jql
    syncEveryMinutes
    lastSyncedAt
    hasApiToken
    fieldOverrides {
      targetStart
      targetEnd
      team
    }
    runs(take: 20) {
      ...SyncRunFields
    }
  }
`);
