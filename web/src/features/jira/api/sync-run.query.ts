import { graphql } from '../../../gql';

export const SyncRunQuery = graphql(`
  query SyncRun($id: ID!) {
    syncRun(id: $id) {
      ...SyncRunFields
    }
  }
`);
