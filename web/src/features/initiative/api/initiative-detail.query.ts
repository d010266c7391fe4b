import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const InitiativeDetailQuery = graphql(`
  query InitiativeDetail($id: ID!) {
    initiative(id: $id) {
      ...InitiativeFields
      dependsOn {
        ...DependencyItem
      }
      dependents {
        ...DependencyItem
      }
      risks {
        ...RiskFields
      }
      allocations {
        share
        team {
          id
          name
        }
      }
    }
  }
`);

export function useInitiativeDetail(id: string) {
  return useQuery(InitiativeDetailQuery, { variables: { id } });
}
