import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const GoalForecastQuery = graphql(`
  query GoalForecast($id: ID!) {
    goal(id: $id) {
      id
      title
      targetDate
      forecast {
        atRisk
        slipDays
        causes {
          ...ForecastCause
        }
      }
    }
  }
`);

export function useGoalForecast(id: string) {
  return useQuery(GoalForecastQuery, { variables: { id } });
}
