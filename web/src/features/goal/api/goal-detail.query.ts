import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const GoalDetailQuery = graphql(`
  query GoalDetail($id: ID!) {
    goal(id: $id) {
      id
      title
      description
      owner
      startDate
      targetDate
      progress
      version
      parent {
        id
        title
      }
      children {
        id
        title
        progress
        targetDate
      }
      metrics {
        ...MetricSummary
        measurements {
          id
          value
          recordedAt
        }
        initiatives {
          id
          key
          title
          startDate
          endDate
          outcomes {
            verdict
            metric {
              id
            }
          }
        }
      }
      initiatives {
        id
        key
        title
        status
        health
        startDate
        endDate
        leadTeam {
          id
          key
          name
        }
      }
    }
    risks(filter: { goalId: $id }) {
      ...RiskFields
    }
  }
`);

export function useGoalDetail(id: string) {
  return useQuery(GoalDetailQuery, { variables: { id } });
}
