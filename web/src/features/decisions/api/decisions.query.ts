import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { DecisionStatus } from '../../../gql/graphql';

export const DecisionsQuery = graphql(`
  query Decisions($status: DecisionStatus, $search: String) {
    decisions(status: $status, search: $search) {
      ...DecisionSummary
    }
  }
`);

export function useDecisions(status: DecisionStatus | null, search: string) {
  return useQuery(DecisionsQuery, { variables: { status, search: search.trim() || null }, fetchPolicy: 'cache-and-network' });
}
