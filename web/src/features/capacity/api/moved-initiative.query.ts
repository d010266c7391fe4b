import { graphql } from '../../../gql';

/** What the load of an initiative depends on, read fresh before a move is checked against capacity. */
export const MovedInitiativeQuery = graphql(`
  query MovedInitiative($id: ID!) {
    initiative(id: $id) {
      id
      key
      status
      startDate
      endDate
      effortWeeks
      leadTeam {
        id
      }
      allocations {
        share
        team {
          id
        }
      }
    }
  }
`);
