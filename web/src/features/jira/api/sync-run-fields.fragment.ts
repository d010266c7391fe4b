import { graphql } from '../../../gql';

export const SyncRunFieldsFragment = graphql(`
  fragment SyncRunFields on SyncRun {
    id
    status
    full
    source
    createdAt
    startedAt
    finishedAt
    expectedIssues
    issuesSeen
    created
    updated
    unchanged
    removed
    error
    warnings
  }
`);
