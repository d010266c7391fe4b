import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The saved baselines the roadmap can be compared with, newest first. */
export const BaselinesQuery = graphql(`
  query Baselines {
    baselines {
      id
      name
      createdAt
      initiativeCount
    }
  }
`);

export function useBaselines() {
  return useQuery(BaselinesQuery);
}
