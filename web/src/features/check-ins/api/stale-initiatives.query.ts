import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const StaleInitiativesQuery = graphql(`
  query StaleInitiatives {
    staleInitiatives {
      id
      key
      title
      owner
      health
      startDate
      endDate
      latestCheckInAt
      leadTeam {
        id
        name
      }
    }
  }
`);

export function useStaleInitiatives() {
  return useQuery(StaleInitiativesQuery, { fetchPolicy: 'cache-and-network' });
}
