import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Every goal, to pick a parent from. */
export const GoalOptionsQuery = graphql(`
  query GoalOptions {
    goals {
      id
      title
      parent {
        id
      }
    }
  }
`);

export function useGoalOptions() {
  return useQuery(GoalOptionsQuery);
}
