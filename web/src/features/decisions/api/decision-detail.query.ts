import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DecisionDetailQuery = graphql(`
  query DecisionDetail($id: ID!) {
    decision(id: $id) {
      ...DecisionFields
    }
    decisions {
      id
      number
      title
    }
    goals {
      id
      title
    }
  }
`);

export function useDecisionDetail(id: string) {
  return useQuery(DecisionDetailQuery, { variables: { id } });
}
