import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const TeamListQuery = graphql(`
  query TeamList {
    teams {
      id
      key
      name
      initiatives {
        id
        status
        leadTeam {
          id
        }
      }
    }
  }
`);

export function useTeamList() {
  return useQuery(TeamListQuery);
}
