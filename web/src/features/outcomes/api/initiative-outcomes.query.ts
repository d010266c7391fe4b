import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const InitiativeOutcomesQuery = graphql(`
  query InitiativeOutcomes($id: ID!) {
    initiative(id: $id) {
      id
      version
      status
      startDate
      endDate
      outcomes {
        ...OutcomeCard
      }
    }
  }
`);

/** Asks again on every visit and edit (`version`): verdicts move with the work's dates and status and with new measurements. */
export function useInitiativeOutcomes(id: string) {
  return useQuery(InitiativeOutcomesQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
