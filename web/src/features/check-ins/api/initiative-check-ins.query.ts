import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const InitiativeCheckInsQuery = graphql(`
  query InitiativeCheckIns($id: ID!) {
    initiative(id: $id) {
      id
      status
      stale
      endDate
      forecast {
        startDate
        endDate
        slipDays
        causes {
          ...ForecastCause
        }
      }
      inheritedRisks {
        id
        title
        severity
        status
        initiative {
          id
          key
          title
        }
      }
      checkIns {
        id
        health
        body
        expectedEndDate
        createdAt
        author {
          name
        }
      }
    }
  }
`);

export function useInitiativeCheckIns(id: string) {
  return useQuery(InitiativeCheckInsQuery, { variables: { id } });
}
