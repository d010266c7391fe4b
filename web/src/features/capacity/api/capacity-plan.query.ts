import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CapacityPlanQuery = graphql(`
  query CapacityPlan($from: Date!, $to: Date!) {
    capacity(from: $from, to: $to) {
      periods {
        label
        start
        end
      }
      teams {
        team {
          id
          key
          name
        }
        cells {
          period
          capacityWeeks
          loadWeeks
          proposedWeeks
          overBy
        }
      }
    }
  }
`);

/** Every team against its capacity in the quarters covering [from, to]. */
export function useCapacityPlan(from: string, to: string) {
  return useQuery(CapacityPlanQuery, { variables: { from, to }, fetchPolicy: 'cache-and-network' });
}
