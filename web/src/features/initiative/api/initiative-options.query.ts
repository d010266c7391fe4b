import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** What the team, goal and metric pickers offer. */
export const InitiativeOptionsQuery = graphql(`
  query InitiativeOptions {
    teams {
      id
      key
      name
    }
    goals {
      id
      title
    }
    metrics {
      id
      name
      unit
      goal {
        id
        title
      }
    }
  }
`);

export function useInitiativeOptions() {
  return useQuery(InitiativeOptionsQuery);
}
