import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const InitiativeSearchQuery = graphql(`
  query InitiativeSearch($search: String, $take: Int) {
    initiatives(filter: { search: $search }, take: $take) {
      items {
        id
        key
        title
      }
      totalCount
    }
  }
`);

/** Initiatives whose key or title contains `search`; at most 20, the rest found by typing more. */
export function useInitiativeSearch(search: string, skip = false) {
  return useQuery(InitiativeSearchQuery, {
    variables: { search: search.trim() || null, take: 20 },
    skip,
    fetchPolicy: 'cache-and-network',
  });
}
